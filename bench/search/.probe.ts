import { loadPagefindInNode } from './quick';
const api = await loadPagefindInNode('/work/main/dist-search');
const sig = async (q: string) => { const r = await api.search(q); return r.results.map((x: any) => `${x.id}:${x.score.toFixed(3)}`).join(' '); };
for (const t of ['forbidden', 'namespac', 'namespace', 'refused', 'kubeletnya', 'berisiko', 'upstream', 'node_name', 'sertifikat', 'sertifika', 'diagnose', 'isolation']) {
  const [a, b, e] = await Promise.all([sig(t), sig(`${t}~`), sig(`"${t}"`)]);
  console.log(t.padEnd(12), 'same=', a === b, 'exact=', e.length > 0, 'n=', a.split(' ').filter(Boolean).length);
}
