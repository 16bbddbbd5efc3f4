import * as pagefind from 'pagefind';
const t0 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
const r = await index.addDirectory({ path: '/tmp/d10k', glob: 'faq/*/index.html' });
const t1 = performance.now();
await index.writeFiles({ outputPath: '/tmp/pfo-api' });
const t2 = performance.now();
console.log(r.page_count, 'add', ((t1 - t0) / 1000).toFixed(1), 'write', ((t2 - t1) / 1000).toFixed(1));
await pagefind.close();
