import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createEntryRenderer } from './out/pipeline.js';
import { renderToFile } from './out/entry-body.js';
const dir = '/work/main/content/bench/';
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).slice(0, Number(process.argv[2] ?? 1000));
const slugs = readdirSync(dir).map((f) => f.replace(/\.mdx$/, ''));
const render = await createEntryRenderer({ site: 'https://x.example', base: '/', slugs }, { type: 'shiki', excludeLangs: ['math'] });
const t0 = performance.now();
let i = 0;
for (const f of files) {
  const source = readFileSync(dir + f, 'utf8');
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  await renderToFile(render, { file: dir + f, content, frontmatter, out: `/tmp/prof/out/${f}.json` });
  if (++i === 100) console.log('first 100', (performance.now() - t0).toFixed(0));
}
const t = performance.now() - t0;
console.log(`${files.length} entries ${t.toFixed(0)} ms, ${(t / files.length).toFixed(2)} ms/entry`);
