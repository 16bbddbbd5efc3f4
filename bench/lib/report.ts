/** The results of one `npm run bench`, as data (the JSON twin) and as a dated Markdown report. */
import type { ColdRun, FirstLoad, QueryRun } from './browser';
import type { BuildResult } from './build';
import type { DistSize } from './dist';
import type { LighthouseResult } from './lighthouse';
import { PEER_NAME, TARGETS, peerFor } from './peer';
import { medianNavigationMs, qualityByType, summarizeRuns, median } from './stats';

export interface Machine {
	nproc: number;
	memoryGiB: number;
	cpu: string;
	node: string;
	chromium: string;
	astro: string;
	pagefind: string;
}

export interface SiteRun {
	/** Synthetic entries added to the real ones; 0 for the real site alone. */
	synthetic: number;
	/** Every entry the build had: real plus synthetic. */
	entries: number;
	/** 1-minute load average before and after the build: other work on the machine skews times. */
	loadBefore: number;
	loadAfter: number;
	build: BuildResult;
	dist?: DistSize;
	/** The entry page measured: the corpus's typical entry, or a median-sized real one. */
	entryPath?: string;
	firstLoad?: FirstLoad;
	/** The home page: the largest page that grows with the corpus (up to 20 entries per category). */
	homeLoad?: FirstLoad;
	cold?: ColdRun[];
	warm?: QueryRun[];
	error?: string;
}

export type { LighthouseResult };

export interface BenchResults {
	date: string;
	machine: Machine;
	sizes: number[];
	/** Where the synthetic entries came from: `bench/corpus`, or an outside generator. */
	generator: string;
	runs: SiteRun[];
	lighthouse: LighthouseResult;
}

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

const fixed = (n: number | null | undefined, digits = 1) =>
	n == null || Number.isNaN(n) ? '—' : n.toFixed(digits);
const kib = (bytes: number | null | undefined) => fixed(bytes == null ? null : bytes / KiB);
const pct = (share: number) => `${Math.round(share * 100)} %`;
/** ours ÷ theirs; below 1 is better for every figure we compare. */
const ratio = (ours: number | null | undefined, theirs: number | null | undefined) =>
	ours == null || theirs == null || Number.isNaN(ours) ? '—' : `${(ours / theirs).toFixed(2)}×`;

function label(run: SiteRun): string {
	return run.synthetic === 0
		? `real site (${run.entries})`
		: `${run.synthetic.toLocaleString('en')} synthetic`;
}

/** The figures of one run that the summary table and the console both show. */
function headline(run: SiteRun) {
	const cold = run.cold ? summarizeRuns(run.cold) : undefined;
	const warm = run.warm ? summarizeRuns(run.warm) : undefined;
	return {
		buildS: run.build.wallS,
		cpuS: run.build.userS + run.build.sysS,
		peakGiB: run.build.peakTreeRssBytes / GiB,
		peakProcessGiB: run.build.peakProcessRssBytes / GiB,
		firstLoadKiB: run.firstLoad ? run.firstLoad.bytes / KiB : null,
		firstLoadRequests: run.firstLoad?.requests ?? null,
		firstLoadJsKiB: run.firstLoad ? (run.firstLoad.bytesByKind['js'] ?? 0) / KiB : null,
		coldMs: cold?.medianMs ?? null,
		coldNavMs: run.cold ? medianNavigationMs(run.cold) : null,
		coldKiB: cold?.medianBytes == null ? null : cold.medianBytes / KiB,
		coldMaxKiB: cold?.maxBytes == null ? null : cold.maxBytes / KiB,
		warmMs: warm?.medianMs ?? null,
		warmKiB: warm?.medianBytes == null ? null : warm.medianBytes / KiB,
	};
}

function table(header: string[], rows: string[][]): string {
	return [
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.join(' | ')} |`),
	].join('\n');
}

function summaryTable(runs: SiteRun[]): string {
	const header = [
		'',
		...runs.flatMap((run) => [
			label(run),
			`${PEER_NAME} (${peerFor(run.synthetic)?.entries ?? '—'})`,
			'ratio',
		]),
	];
	const line = (
		name: string,
		ours: (h: ReturnType<typeof headline>) => number | null,
		theirs: (p: NonNullable<ReturnType<typeof peerFor>>) => number | null,
		digits = 1,
	) => [
		name,
		...runs.flatMap((run) => {
			const h = headline(run);
			const p = peerFor(run.synthetic);
			const t = p ? theirs(p) : null;
			return [fixed(ours(h), digits), fixed(t, digits), ratio(ours(h), t)];
		}),
	];
	const none = () => null;
	return table(header, [
		line(
			'build wall (s)',
			(h) => h.buildS,
			(p) => p.buildS,
		),
		line('build CPU, user+sys of the tree (s)', (h) => h.cpuS, none),
		line(
			'peak RSS, sum over the process tree (GiB)',
			(h) => h.peakGiB,
			(p) => p.peakGiB,
			2,
		),
		line('peak RSS, largest single process (GiB)', (h) => h.peakProcessGiB, none, 2),
		line(
			'entry page first load (KiB gzip)',
			(h) => h.firstLoadKiB,
			(p) => p.firstLoadKiB,
		),
		line(
			'… requests',
			(h) => h.firstLoadRequests,
			(p) => p.firstLoadRequests,
			0,
		),
		line(
			'… of it JavaScript (KiB gzip)',
			(h) => h.firstLoadJsKiB,
			(p) => p.firstLoadJsKiB,
		),
		line(
			'search cold, median: start → results (ms)',
			(h) => h.coldMs,
			(p) => p.coldMs,
			0,
		),
		line('search cold, median: navigation → results (ms)', (h) => h.coldNavMs, none, 0),
		line(
			'search cold, median bytes (KiB)',
			(h) => h.coldKiB,
			(p) => p.coldKiB,
		),
		line('search cold, largest bytes (KiB)', (h) => h.coldMaxKiB, none),
		line(
			'search warm, median (ms)',
			(h) => h.warmMs,
			(p) => p.warmMs,
			0,
		),
		line('search warm, median bytes (KiB)', (h) => h.warmKiB, none),
	]);
}

function targetsSection(runs: SiteRun[]): string {
	const rows: string[][] = [];
	const check = (what: string, run: SiteRun, value: number | null, limit: number, unit: string) =>
		rows.push([
			what,
			label(run),
			`${fixed(value, unit ? 1 : 0)} ${unit}`.trim(),
			`≤ ${limit} ${unit}`.trim(),
			value == null ? '—' : value <= limit ? 'met' : '**missed**',
		]);
	for (const run of runs) {
		const h = headline(run);
		check('entry page first load', run, h.firstLoadKiB, TARGETS.firstLoadKiB, 'KiB');
		check('… requests', run, h.firstLoadRequests, TARGETS.firstLoadRequests, '');
		check('… JavaScript', run, h.firstLoadJsKiB, TARGETS.firstLoadJsKiB, 'KiB');
		if (run.synthetic === 10000) {
			check('build + index', run, h.buildS, TARGETS.buildS, 's');
			check('peak RSS (tree)', run, h.peakGiB, TARGETS.peakGiB, 'GiB');
		}
		if (run.cold)
			check('bytes of the heaviest cold query', run, h.coldMaxKiB, TARGETS.coldKiB, 'KiB');
	}
	return table(['target', 'run', 'measured', 'target', ''], rows);
}

function phasesSection(runs: SiteRun[]): string {
	const names = [...new Set(runs.flatMap((r) => Object.keys(r.build.phases)))];
	return table(
		['phase (s)', ...runs.map(label)],
		names.map((n) => [n, ...runs.map((r) => fixed(r.build.phases[n]))]),
	);
}

function sizeSection(runs: SiteRun[]): string {
	return table(
		['', ...runs.map(label)],
		[
			['HTML pages', ...runs.map((r) => String(r.dist?.htmlPages ?? '—'))],
			['dist (MiB)', ...runs.map((r) => fixed(r.dist && r.dist.total.bytes / MiB))],
			['dist files', ...runs.map((r) => String(r.dist?.total.files ?? '—'))],
			['dist/pagefind (MiB)', ...runs.map((r) => fixed(r.dist && r.dist.pagefind.bytes / MiB))],
			['dist/pagefind files', ...runs.map((r) => String(r.dist?.pagefind.files ?? '—'))],
		],
	);
}

function firstLoadSection(runs: SiteRun[]): string {
	const withLoad = runs.filter((r) => r.firstLoad);
	const kinds = [...new Set(withLoad.flatMap((r) => Object.keys(r.firstLoad!.bytesByKind)))].sort();
	return [
		table(
			['KiB gzip (requests)', ...withLoad.map(label)],
			kinds.map((k) => [
				k,
				...withLoad.map(
					(r) =>
						`${kib(r.firstLoad!.bytesByKind[k] ?? 0)} (${r.firstLoad!.requestsByKind[k] ?? 0})`,
				),
			]),
		),
		'',
		`The home page (up to 20 entries per category): ${withLoad
			.map(
				(r) =>
					`${label(r)} ${kib(r.homeLoad?.bytes)} KiB (HTML ${kib(r.homeLoad?.bytesByKind['html'])} KiB)`,
			)
			.join('; ')}.`,
		'',
		...withLoad.map(
			(r) =>
				`- ${label(r)}: \`${r.entryPath}\` fetched ${r.firstLoad!.paths.map((p) => `\`${p}\``).join(', ')}`,
		),
	].join('\n');
}

function searchSection(runs: SiteRun[]): string {
	const withSearch = runs.filter((r) => r.cold && r.warm);
	const parts = [
		...new Set(
			withSearch.flatMap((r) => r.cold!.flatMap((c) => Object.keys(c.pagefindBytesByPart))),
		),
	].sort();
	const partRows = parts.map((part) => [
		`cold, median KiB of ${part}`,
		...withSearch.map((r) => kib(median(r.cold!.map((c) => c.pagefindBytesByPart[part] ?? 0)))),
	]);
	const quality = withSearch.map((r) => [r, qualityByType(r.cold!)] as const);
	const types = [...new Set(quality.flatMap(([, q]) => Object.keys(q)))];
	return [
		table(
			['', ...withSearch.map(label)],
			[
				[
					'queries (cold: one fresh context each)',
					...withSearch.map((r) => String(r.cold!.length)),
				],
				[
					'cold, median KiB of every request (page included)',
					...withSearch.map((r) => kib(summarizeRuns(r.cold!).medianAllBytes)),
				],
				[
					'warm, median KiB of every request',
					...withSearch.map((r) => kib(summarizeRuns(r.warm!).medianAllBytes)),
				],
				[
					'cold, median requests under /pagefind/',
					...withSearch.map((r) => fixed(summarizeRuns(r.cold!).medianRequests, 0)),
				],
				['cold, slowest (ms)', ...withSearch.map((r) => fixed(summarizeRuns(r.cold!).maxMs, 0))],
				['warm, slowest (ms)', ...withSearch.map((r) => fixed(summarizeRuns(r.warm!).maxMs, 0))],
				[
					'warm, largest bytes (KiB)',
					...withSearch.map((r) => kib(summarizeRuns(r.warm!).maxBytes)),
				],
				...partRows,
				// Results files older than a figure have no value for it: leave its row out.
			].filter(([, ...values]) => values.some((v) => v !== '—')),
		),
		'',
		'Rank of the entry each query was made from (cold runs; 50 results at most):',
		'',
		table(
			[
				'query type',
				...quality.flatMap(([r]) => [`${label(r)}: top-1`, 'top-3', 'first result relevant']),
			],
			types.map((t) => [
				`${t} (${quality[0]?.[1][t]?.queries ?? 0})`,
				...quality.flatMap(([, q]) =>
					q[t] ? [pct(q[t].top1), pct(q[t].top3), pct(q[t].relevantTop1)] : ['—', '—', '—'],
				),
			]),
		),
	].join('\n');
}

export function lighthouseSection(result: LighthouseResult): string {
	if (result.skipped) return `Skipped: ${result.skipped}`;
	const pages = result.pages ?? [];
	const withMetrics = pages.some((p) => p.metrics);
	const metric = (v: number | null | undefined, digits: number) => fixed(v ?? null, digits);
	return [
		`Lighthouse ${result.version}, mobile (its default: a mid-range phone, simulated throttling) and desktop presets, median of ${result.runsPerPage} runs per page, on the real site's build served gzipped.`,
		'',
		table(
			[
				'page',
				'preset',
				'performance',
				'accessibility',
				'best practices',
				'SEO',
				...(withMetrics ? ['LCP (ms)', 'CLS', 'TBT (ms)', 'audits that cost points'] : []),
			],
			pages.map((p) => [
				`\`${p.path}\``,
				p.preset ?? 'mobile',
				...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) =>
					fixed(p.scores[c] == null ? null : p.scores[c]! * 100, 0),
				),
				...(withMetrics
					? [
							metric(p.metrics?.lcp, 0),
							metric(p.metrics?.cls, 3),
							metric(p.metrics?.tbt, 0),
							p.failing?.length ? p.failing.map((id) => `\`${id}\``).join(', ') : 'none',
						]
					: []),
			]),
		),
	].join('\n');
}

export function renderMarkdown(results: BenchResults, notes: string | undefined): string {
	const { machine, runs } = results;
	const failed = runs.filter((r) => r.error);
	return `# Benchmark ${results.date}

\`npm run bench -- --sizes ${results.sizes.join(',')}\`. Every build starts from clean (\`astro build --force\`,
empty output folder). Synthetic entries come from \`${results.generator}\` and sit next to the
real ones. ${PEER_NAME} figures are issue #7's, on the outside generator's corpus of the same
sizes; **ratio = ours ÷ theirs, below 1 is better**.

## Machine

${table(
	['CPUs (nproc)', 'memory', 'CPU', 'Node', 'Chromium', 'Astro', 'Pagefind'],
	[
		[
			String(machine.nproc),
			`${fixed(machine.memoryGiB)} GiB`,
			machine.cpu,
			machine.node,
			machine.chromium,
			machine.astro,
			machine.pagefind,
		],
	],
)}

1-minute load average before → after each build (other work on the machine slows the build):
${runs.map((r) => `${label(r)} ${fixed(r.loadBefore, 2)} → ${fixed(r.loadAfter, 2)}`).join('; ')}.
${failed.length ? `\n**Failed:** ${failed.map((r) => `${label(r)}: ${r.error}`).join('; ')}\n` : ''}
## Summary

${summaryTable(runs)}

## Targets

${targetsSection(runs)}

## Where the build time goes

Phases end when Astro or our integrations print their summary line (timestamped by the bench):

${phasesSection(runs)}

## Output size

${sizeSection(runs)}

## First load of an entry page

Fresh browser context, every request until network idle, body bytes as sent gzipped:

${firstLoadSection(runs)}

## Search

Through the real search page: cold loads \`/cari/?q=…\` in a fresh context and times from the
search starting (status "Mencari…") to the results being on screen; warm types each following
query into the same page and submits. Bytes are those fetched under \`/pagefind/\` unless a row
says otherwise.

${searchSection(runs)}

## Lighthouse

${lighthouseSection(results.lighthouse)}

## What we changed and what it bought

${notes?.trim() || 'Nothing recorded for this run: these figures are a baseline. Pass `--notes FILE` to put the changes and their effect here.'}

## How it was measured

- Build: \`node node_modules/astro/bin/astro.mjs build --force\` with \`OUT_DIR=dist-bench-<N>\`, in
  its own process group. Wall time from spawn to exit. CPU time is the shell's \`times\` for
  everything it waited for (the whole tree, Pagefind's binary included). Peak memory samples
  \`/proc/*/stat\` every 100 ms and sums RSS over the group (shared pages count once per process,
  so this is an upper bound); the largest single process, what GNU time reports, is beside it.
- Pages are served by \`bench/lib/server.ts\`, which gzips text types as a static host does and
  counts every body it sends; Pagefind's files are gzipped by Pagefind and sent as they are.
- Browser: Playwright with Debian's Chromium, headless.
- Synthetic entries declare every \`[$NAME]\` of their code blocks in the fence meta
  (\`placeholders="…"\`), because our build refuses unlabelled placeholders.
`;
}

/** One line per run for the terminal. */
export function renderConsole(results: BenchResults): string {
	return results.runs
		.map((run) => {
			const h = headline(run);
			if (run.error) return `${label(run)}: FAILED (${run.error}); log: ${run.build.logFile}`;
			return (
				`${label(run)}: build ${fixed(h.buildS)} s (CPU ${fixed(h.cpuS)} s), peak ${fixed(h.peakGiB, 2)} GiB; ` +
				`first load ${fixed(h.firstLoadKiB)} KiB in ${h.firstLoadRequests} requests (JS ${fixed(h.firstLoadJsKiB)} KiB)` +
				(run.cold
					? `; search cold ${fixed(h.coldMs, 0)} ms / ${fixed(h.coldKiB)} KiB, warm ${fixed(h.warmMs, 0)} ms`
					: '')
			);
		})
		.join('\n');
}
