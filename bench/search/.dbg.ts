import { loadPagefindInNode } from './quick';
import { prepareQuery } from '../../src/lib/search';
const dist = '/work/main/dist-search';
const api = await loadPagefindInNode(dist);
for (const q of process.argv.slice(2)) {
  const p = prepareQuery(q);
  console.log('Q', JSON.stringify(q).slice(0, 80), 'strict', p.strict);
  for (const t of p.meaningful) {
    const r = await api.search(t);
    const rows = await Promise.all(r.results.map(async (x) => `${(await x.data()).url.split('/')[2]}:${x.score.toFixed(2)}`));
    console.log('  ', t.padEnd(14), rows.join(' '));
  }
}
