import { readFileSync, readdirSync } from 'node:fs';
import { compileVariants, deaffix } from '../../src/lib/search/variants';
import data from '../../src/config/search-variants.json';
const dir = '/work/main/content/faq';
const all = new Map<string, number>();
for (const f of readdirSync(dir)) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const [, fm, body] = text.split(/^---$/m);
  const vals = fm!.split('\n').map((l) => l.replace(/^\s*-?\s*[a-zA-Z]+:\s*/, '').replace(/^\s*-\s*/, '')).join(' ');
  for (const w of `${vals} ${body}`.toLowerCase().match(/\p{L}+/gu) ?? []) all.set(w, (all.get(w) ?? 0) + 1);
}
// candidate roots: every content word; which affixed content words reduce to another content word?
const roots = new Set([...all.keys()].filter((w) => w.length >= 3));
const v = compileVariants({ ...data, affixes: { ...data.affixes, roots: [...roots], keep: data.affixes.keep } } as any);
console.error(roots.size, v.roots.size, deaffix("menambahkan", v), deaffix("berisiko", v));
const v0 = compileVariants(data as any);
const pairs: string[] = [];
for (const w of all.keys()) {
  (v.roots as Set<string>).delete(w);
  const b = deaffix(w, v);
  (v.roots as Set<string>).add(w);
  const b0 = deaffix(w, v0);
  if (b !== w && b !== b0) pairs.push(`${w}→${b}${b0 !== w ? `(was ${b0})` : ''}`);
}
console.log(pairs.sort().join('  '));
