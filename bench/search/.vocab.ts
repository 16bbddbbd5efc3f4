import { readFileSync, readdirSync } from 'node:fs';
import { defaultVariants, deaffix } from '../../src/lib/search/variants';
const dir = '/work/main/content/faq';
const words = new Set<string>();
for (const f of readdirSync(dir)) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const [, fm, body] = text.split(/^---$/m);
  const vals = fm!.split('\n').filter((l) => !/^(ref|category|runtime|clusterType|kubernetes|os|aliases|related|updated):/.test(l)).map((l) => l.replace(/^\s*-?\s*[a-zA-Z]+:\s*/, '').replace(/^\s*-\s*/, '')).join(' ');
  // drop code fences' contents? keep: commands are searched too
  for (const w of `${vals} ${body}`.toLowerCase().match(/\p{L}+/gu) ?? []) if (w.length >= 5) words.add(w);
}
const v = defaultVariants;
const missing = [...words].filter((w) => !v.known.has(w)).sort();
console.log(missing.length);
console.log(JSON.stringify(missing));
