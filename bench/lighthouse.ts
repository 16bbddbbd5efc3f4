/**
 * `npm run bench:lighthouse`: Lighthouse alone, in a minute or two instead of the whole
 * benchmark. Scores an existing build (`npm run build` first) on the pages and presets the
 * benchmark scores, prints them, writes them to bench/results/lighthouse.md and .json (the latest
 * run; earlier ones are in git), and exits 1 when any category is under 100. `--page` scores
 * only the given pages (it may be repeated) and writes nothing, for rerunning one page.
 *
 *   npm run bench:lighthouse -- [--dir dist] [--runs 1] [--page /cari/?q=x509]
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, lighthousePages, lighthouseResult, loadLighthouse } from './lib/lighthouse';
import { lighthouseSection } from './lib/report';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		runs: { type: 'string', default: '1' },
		page: { type: 'string', multiple: true },
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
const loadBefore = loadavg()[0]!;
const result = await lighthouseResult(
	tools,
	resolve(values.dir),
	values.page ?? lighthousePages(medianRealEntry()),
	runs,
	(m) => console.log(m),
);
const loadAfter = loadavg()[0]!;
const rows = result.pages ?? [];
console.log(`\npage\tpreset\t${CATEGORIES.join('\t')}\tLCP ms\tCLS\tTBT ms\tfailing`);
for (const { path, preset, scores, metrics, failing } of rows) {
	console.log(
		[
			path,
			preset,
			...CATEGORIES.map((c) => (scores[c] == null ? '—' : Math.round(scores[c]! * 100))),
			Math.round(metrics?.lcp ?? NaN),
			metrics?.cls?.toFixed(3),
			Math.round(metrics?.tbt ?? NaN),
			failing?.join(',') || '—',
		].join('\t'),
	);
}
const load = `1-minute load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} (other work on the machine lowers the performance score).`;
console.log(load);
if (!values.page) {
	const date = new Date().toISOString().slice(0, 10);
	const base = join(REPO, 'bench/results/lighthouse');
	writeFileSync(
		`${base}.json`,
		`${JSON.stringify({ date, loadBefore, loadAfter, ...result }, null, '\t')}\n`,
	);
	writeFileSync(
		`${base}.md`,
		`# Lighthouse ${date}\n\n\`npm run bench:lighthouse -- --runs ${runs}\` on \`${values.dir}\`. ${load}\n\n${lighthouseSection(result)}\n`,
	);
	console.log(`wrote ${base}.md and .json`);
}
if (rows.some((r) => CATEGORIES.some((c) => r.scores[c] !== 1))) process.exitCode = 1;
