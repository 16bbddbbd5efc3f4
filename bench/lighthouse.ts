/**
 * `npm run bench:lighthouse`: Lighthouse alone, in a minute or two instead of the whole
 * benchmark. Scores an existing build (`npm run build` first) on the pages and presets the
 * benchmark scores, prints them, and exits 1 when any category is under 100.
 *
 *   npm run bench:lighthouse -- [--dir dist] [--runs 1]
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, lighthousePages, lighthouseResult, loadLighthouse } from './lib/lighthouse';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		runs: { type: 'string', default: '1' },
	},
});
const REPO = resolve(import.meta.dirname, '..');
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
	throw new Error(`--runs wants a whole number ≥ 1, got "${values.runs}"`);

/** The same entry the benchmark scores: the real entry of median size. */
function medianRealEntry(): string {
	const dir = join(REPO, 'content/faq');
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => ({ slug: f.slice(0, -'.mdx'.length), size: statSync(join(dir, f)).size }))
		.sort((a, b) => a.size - b.size);
	return files[Math.floor(files.length / 2)]!.slug;
}

const tools = await loadLighthouse(REPO);
if (!tools) {
	console.error('bench:lighthouse: the `lighthouse` package is not installed');
	process.exit(2);
}
const result = await lighthouseResult(
	tools,
	resolve(values.dir),
	lighthousePages(medianRealEntry()),
	runs,
	(m) => console.log(m),
);
const rows = result.pages ?? [];
console.log(`\npage\tpreset\t${CATEGORIES.join('\t')}`);
for (const { path, preset, scores } of rows) {
	console.log(
		`${path}\t${preset}\t${CATEGORIES.map((c) => (scores[c] == null ? '—' : Math.round(scores[c]! * 100))).join('\t')}`,
	);
}
if (rows.some((r) => CATEGORIES.some((c) => r.scores[c] !== 1))) process.exitCode = 1;
