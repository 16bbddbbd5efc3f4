/**
 * `npm run bench:search`: our search against Pagefind's own JS API, side by side, in one browser
 * run on the same build, at three sizes: the real site (the committed query sets), and 1,000 and
 * 10,000 synthetic entries (the generator's queries). See bench/search/README.md.
 *
 *   npm run bench:search -- [--sizes real,1000,10000] [--no-build] [--cold N] [--settle MS]
 *     [--tag NAME] [--check]
 *
 * Every size is built once per run (unless --no-build) into dist-search/ (real) or
 * dist-search-<n>/, served by bench/lib/server.ts (gzip like a static host), and measured in
 * headless Chromium:
 * - cold: a fresh browser context per sample, navigation to results drawn: ours opens
 *   `/cari/?q=…`; Pagefind's own opens `/cari/` (the same page, which searches nothing without
 *   words) and runs the documented API once the document is parsed;
 * - warm: one page, every query pasted into the search page's box (ours: keystroke → results,
 *   and `data-search-ms`, the search work alone) and run through Pagefind's own API (keystroke →
 *   results is its search work), each paste `--settle` ms (default 300) after the previous
 *   query's results were complete, for every UI alike: a reader reads results before pasting the
 *   next error, and a paste straight after results would measure the end of the previous query's
 *   work (the browser's and Pagefind's) inside the next one;
 * - the header box, pasted the same way: its own ranks and times, for comparison;
 * - bytes: every response body the server sent from the navigation or the paste to the results.
 * Ours is read from the attributes the search UIs set (src/scripts/search-state.ts), never from
 * their wording.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { MAX_QUERY_LENGTH } from '../../src/lib/facet-filters';
import {
	drawnCount,
	waitForComplete,
	inContext,
	launchBrowser,
	pagefindOwn,
	pagefindOwnCold,
	pasteInto,
	resultHrefs,
	waitForDrawn,
	watchSearchUis,
} from '../lib/browser';
import { measureBuild } from '../lib/build';
import {
	assertCorpusBuilt,
	corpusEnv,
	corpusGenerator,
	generateCorpus,
	removeCorpus,
} from '../lib/corpus';
import { guardContentDir } from '../lib/guard';
import { CONTENT_BENCH, REPO } from '../lib/paths';
import { startServer, type StaticServer, type Transfer } from '../lib/server';
import { spread, type Spread } from '../lib/stats';
import { asPasted } from './queries';

const RESULTS = join(REPO, 'bench/search/results');
const REAL_SETS = ['bench/search/queries.json', 'bench/search/queries-holdout.json'];
const PAGE = 'faq-search-page';
const PAGE_INPUT = 'faq-search-page input[name="q"]';
const HEADER = 'faq-search';
const HEADER_INPUT = 'faq-search input[type="search"]';
/** Pagefind's own draws as many results as ours drew for the query, and at least this many. */
const MIN_SHOWN = 5;

/** One query, whichever set it comes from. */
export interface BenchQuery {
	id: string;
	/** The real sets' `kind`, the generator's `type`. */
	kind: string;
	q: string;
	/** Slug of the entry that answers it. */
	expected: string;
	/** Which query set (the real site has two). */
	set: string;
}

export interface Sample {
	id: string;
	set: string;
	/** 1-based rank of the expected entry among the results drawn; null when absent. */
	rank: number | null;
	/** Results drawn when the time was taken (ours: `data-search-shown`). */
	shown: number;
	/** Cold: navigation → results. Warm: keystroke → results. */
	ms: number;
	/** The search work alone (ours: `data-search-ms`; Pagefind's own: its call). */
	workMs: number;
	/** Ours, search page, warm: the search work until the rest of the list is in too. */
	allMs?: number;
	/** Ours, warm: the search work per step (`data-search-phases`). */
	phases?: Record<string, number>;
	/** Pagefind searches the query ran (Pagefind's own: 1). */
	searches: number;
	/** Every response body sent for the query; and the part under /pagefind/ and /search/. */
	bytes: number;
	searchBytes: number;
}

export interface EngineRun {
	cold: Sample[];
	warm: Sample[];
}

export interface SizeRun {
	size: string;
	entries: number;
	dist: string;
	buildS: number | null;
	ours: EngineRun;
	own: EngineRun;
	header: EngineRun;
}

// ------------------------------------------------------------------ options

function options() {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string', default: 'real,1000,10000' },
			'no-build': { type: 'boolean', default: false },
			cold: { type: 'string', default: '40' },
			tag: { type: 'string' },
			check: { type: 'boolean', default: false },
			http1: { type: 'boolean', default: false },
			settle: { type: 'string', default: '300' },
		},
	});
	const sizes = values.sizes.split(',').map((s) => s.trim());
	for (const size of sizes)
		if (size !== 'real' && !/^\d+$/.test(size))
			throw new Error(`--sizes: "${size}" is neither "real" nor a number of entries`);
	const cold = Number(values.cold);
	if (!Number.isInteger(cold) || cold < 1) throw new Error('--cold: a whole number ≥ 1');
	const settle = Number(values.settle);
	if (!Number.isInteger(settle) || settle < 0)
		throw new Error('--settle: a whole number of ms ≥ 0');
	return { ...values, sizes, cold, settle };
}

const log = (message: string) =>
	console.log(`[bench:search ${new Date().toISOString().slice(11, 19)}] ${message}`);

const distFor = (size: string) => (size === 'real' ? 'dist-search' : `dist-search-${size}`);

// ------------------------------------------------------------------ queries and builds

function realQueries(): BenchQuery[] {
	return REAL_SETS.flatMap((file) => {
		const set = file.replace(/^.*\//, '').replace(/\.json$/, '');
		const { queries } = JSON.parse(readFileSync(join(REPO, file), 'utf8')) as {
			queries: { id: string; kind: string; q: string; expected: string }[];
		};
		return queries.map((q) => ({ ...q, set }));
	});
}

/** Builds one size (unless `build` is false) and returns its queries. */
async function prepareSize(
	size: string,
	build: boolean,
): Promise<{ queries: BenchQuery[]; entries: number; buildS: number | null }> {
	const dist = distFor(size);
	const real = readdirSync(join(REPO, 'content/faq')).filter((f) => f.endsWith('.mdx')).length;
	if (size === 'real') {
		let buildS: number | null = null;
		if (build) {
			log(`building the real site into ${dist}/`);
			buildS = await buildInto(dist, {});
		}
		return { queries: realQueries(), entries: real, buildS };
	}
	const n = Number(size);
	let buildS: number | null = null;
	let corpus;
	if (build) {
		guardContentDir(CONTENT_BENCH);
		try {
			log(`generating ${n} entries into content/bench/`);
			corpus = generateCorpus(n, CONTENT_BENCH);
			log(`building ${n + real} entries into ${dist}/`);
			buildS = await buildInto(dist, corpusEnv(REPO, CONTENT_BENCH));
		} finally {
			removeCorpus(CONTENT_BENCH);
		}
	} else {
		corpus = generateCorpus(n);
	}
	assertCorpusBuilt(join(REPO, dist), corpus);
	const slug = (file: string) => file.replace(/\.mdx$/, '');
	return {
		queries: corpus.queries.map((q) => ({
			id: q.id,
			kind: q.type,
			q: q.q,
			expected: slug(q.expected),
			set: 'generator',
		})),
		entries: n + real,
		buildS,
	};
}

async function buildInto(dist: string, env: Record<string, string>): Promise<number> {
	rmSync(join(REPO, dist), { recursive: true, force: true });
	const logFile = join(tmpdir(), `bench-search-${dist}.log`);
	const result = await measureBuild({
		repoRoot: REPO,
		outDir: dist,
		logFile,
		env,
		timeoutMs: 30 * 60_000,
	});
	if (!result.ok) throw new Error(`the build into ${dist}/ failed; see ${logFile}`);
	log(`built in ${result.wallS.toFixed(0)} s`);
	return result.wallS;
}

// ------------------------------------------------------------------ measuring

const slugOf = (href: string) => /\/faq\/([^/?#]+)\//.exec(href)?.[1] ?? '';
const rankOf = (hrefs: readonly string[], slug: string) => {
	const i = hrefs.findIndex((href) => slugOf(href) === slug);
	return i < 0 ? null : i + 1;
};
const isSearchData = (t: Transfer) => /\/(pagefind|search)\//.test(t.path);
const bytesOf = (transfers: readonly Transfer[]) => ({
	bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
	searchBytes: transfers.filter(isSearchData).reduce((sum, t) => sum + t.bytes, 0),
});

/** Spreads `n` samples evenly over the queries, so every kind gets some. */
function coldSample(queries: readonly BenchQuery[], n: number): BenchQuery[] {
	if (n >= queries.length) return [...queries];
	return Array.from({ length: n }, (_, i) => queries[Math.floor((i * queries.length) / n)]!);
}

/** One query's sample: where the expected entry ranked among `urls`, and what was sent for it. */
function sampleOf(
	query: BenchQuery,
	urls: readonly string[],
	timing: Pick<Sample, 'ms' | 'workMs' | 'searches' | 'allMs' | 'phases'> & { shown?: number },
	server: Pick<StaticServer, 'transfers'>,
): Sample {
	return {
		id: query.id,
		set: query.set,
		rank: rankOf(urls, query.expected),
		shown: urls.length,
		...timing,
		...bytesOf(server.transfers),
	};
}

/** Measures every query in turn, after a first query that warms the page up and is not kept. */
async function eachWarm(
	queries: readonly BenchQuery[],
	measure: (query: BenchQuery) => Promise<Sample>,
): Promise<Sample[]> {
	const samples: Sample[] = [];
	for (const query of [queries[0]!, ...queries]) samples.push(await measure(query));
	return samples.slice(1);
}

const oursCold = (browser: Browser, server: StaticServer, query: BenchQuery) =>
	inContext(browser, async (context) => {
		await watchSearchUis(context);
		const page = await context.newPage();
		server.reset();
		await page.goto(`${server.origin}/cari/?q=${encodeURIComponent(asPasted(query.q))}`);
		const drawn = await waitForDrawn(page, PAGE, 0);
		const timing = {
			ms: drawn.at,
			workMs: drawn.workMs,
			searches: drawn.searches,
			shown: drawn.shown,
		};
		return sampleOf(query, await resultHrefs(page, PAGE), timing, server);
	});

const ownCold = (browser: Browser, server: StaticServer, query: BenchQuery, shown: number) =>
	inContext(browser, async (context) => {
		server.reset();
		// What our search page searched for the same link: the URL keeps a short query.
		const q = asPasted(query.q).trim().slice(0, MAX_QUERY_LENGTH).trim();
		const { answer } = await pagefindOwnCold(context, `${server.origin}/cari/`, {
			q,
			shown: Math.max(MIN_SHOWN, shown),
			base: '/',
		});
		const timing = { ms: answer.at, workMs: answer.ms, searches: 1 };
		return sampleOf(query, answer.urls, timing, server);
	});

/** Pastes every query into one UI (`root`) of one page, after a first query that warms it up. */
const oursWarm = (
	browser: Browser,
	server: StaticServer,
	queries: readonly BenchQuery[],
	root: string,
	input: string,
	path: string,
	settleMs: number,
) =>
	inContext(browser, async (context) => {
		await watchSearchUis(context);
		const page = await context.newPage();
		await page.goto(`${server.origin}${path}`);
		await page.waitForLoadState('networkidle');
		return eachWarm(queries, async (query) => {
			await page.waitForTimeout(settleMs);
			const before = await drawnCount(page, root);
			server.reset();
			const pastedAt = await pasteInto(page, input, query.q);
			const drawn = await waitForDrawn(page, root, before);
			// The bytes up to the first draw; ranks in the whole list, which the next paste waits for.
			const transfers = [...server.transfers];
			const timing = {
				ms: drawn.at - pastedAt,
				workMs: drawn.workMs,
				searches: drawn.searches,
				shown: drawn.shown,
				phases: drawn.phases,
				...(root === PAGE ? { allMs: await waitForComplete(page, root, drawn.queryId) } : {}),
			};
			return sampleOf(query, await resultHrefs(page, root), timing, { transfers });
		});
	});

const ownWarm = (
	browser: Browser,
	server: StaticServer,
	queries: readonly BenchQuery[],
	shownFor: (id: string) => number,
	settleMs: number,
) =>
	inContext(browser, async (context) => {
		const page = await context.newPage();
		await page.goto(`${server.origin}/cari/`);
		await page.waitForLoadState('networkidle');
		return eachWarm(queries, async (query) => {
			await page.waitForTimeout(settleMs);
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
			);
			server.reset();
			const answer = await page.evaluate(pagefindOwn, {
				q: asPasted(query.q),
				shown: Math.max(MIN_SHOWN, shownFor(query.id)),
				base: '/',
			});
			return sampleOf(
				query,
				answer.urls,
				{ ms: answer.ms, workMs: answer.ms, searches: 1 },
				server,
			);
		});
	});

async function measureSize(
	browser: Browser,
	size: string,
	queries: readonly BenchQuery[],
	{ coldN, http2, settleMs }: { coldN: number; http2: boolean; settleMs: number },
): Promise<Pick<SizeRun, 'ours' | 'own' | 'header'>> {
	const server = await startServer(join(REPO, distFor(size)), { http2 });
	try {
		log(`${size}: warm, search page (${queries.length} queries)`);
		const oursWarmRuns = await oursWarm(
			browser,
			server,
			queries,
			PAGE,
			PAGE_INPUT,
			'/cari/',
			settleMs,
		);
		const shown = new Map(oursWarmRuns.map((s) => [`${s.set}/${s.id}`, s.shown]));
		log(`${size}: warm, Pagefind's own`);
		const ownWarmRuns = await ownWarm(
			browser,
			server,
			queries,
			(id) => shown.get(`${queries.find((q) => q.id === id)!.set}/${id}`) ?? 0,
			settleMs,
		);
		log(`${size}: warm, header box`);
		const headerRuns = await oursWarm(
			browser,
			server,
			queries,
			HEADER,
			HEADER_INPUT,
			'/',
			settleMs,
		);
		// Cold samples from the first set only (the real site's main set), ours and Pagefind's own
		// in turn, so a change in the machine's load touches both alike.
		const first = queries.filter((q) => q.set === queries[0]!.set);
		const sample = coldSample(first, coldN);
		log(`${size}: cold, ${sample.length} samples each`);
		const oursColdRuns: Sample[] = [];
		const ownColdRuns: Sample[] = [];
		for (const query of sample) {
			const ours = await oursCold(browser, server, query);
			oursColdRuns.push(ours);
			ownColdRuns.push(await ownCold(browser, server, query, ours.shown));
		}
		return {
			ours: { cold: oursColdRuns, warm: oursWarmRuns },
			own: { cold: ownColdRuns, warm: ownWarmRuns },
			header: { cold: [], warm: headerRuns },
		};
	} finally {
		await server.close();
	}
}

// ------------------------------------------------------------------ figures and targets

export interface EngineFigures {
	cold: Spread;
	warm: Spread;
	work: Spread;
	/** Ours, search page: the search work until its whole list is drawn. */
	workAll: Spread;
	/** Ours: the search work per step, warm. */
	phases: Record<string, Spread>;
	coldBytes: Spread;
	coldSearchBytes: Spread;
	warmBytes: Spread;
	searches: Spread;
	/** Per query set: share of queries with the expected entry first / in the first five. */
	quality: Record<string, { n: number; top1: number; top5: number }>;
}

export function engineFigures(run: EngineRun): EngineFigures {
	const quality: EngineFigures['quality'] = {};
	for (const set of new Set(run.warm.map((s) => s.set))) {
		const mine = run.warm.filter((s) => s.set === set);
		quality[set] = {
			n: mine.length,
			top1: mine.filter((s) => s.rank === 1).length / mine.length,
			top5: mine.filter((s) => s.rank !== null && s.rank <= 5).length / mine.length,
		};
	}
	return {
		cold: spread(run.cold.map((s) => s.ms)),
		warm: spread(run.warm.map((s) => s.ms)),
		work: spread(run.warm.map((s) => s.workMs)),
		workAll: spread(run.warm.flatMap((s) => (s.allMs === undefined ? [] : [s.allMs]))),
		phases: Object.fromEntries(
			[...new Set(run.warm.flatMap((s) => Object.keys(s.phases ?? {})))].map((step) => [
				step,
				spread(run.warm.flatMap((s) => (s.phases?.[step] === undefined ? [] : [s.phases[step]]))),
			]),
		),
		coldBytes: spread(run.cold.map((s) => s.bytes)),
		coldSearchBytes: spread(run.cold.map((s) => s.searchBytes)),
		warmBytes: spread(run.warm.map((s) => s.bytes)),
		searches: spread(run.warm.map((s) => s.searches)),
		quality,
	};
}

export interface Target {
	size: string;
	name: string;
	ok: boolean;
	value: string;
}

const ms = (x: number | null) => (x === null ? '–' : `${x.toFixed(x < 100 ? 1 : 0)} ms`);
const kb = (x: number | null) => (x === null ? '–' : `${(x / 1024).toFixed(1)} KB`);
const pct = (x: number | undefined) => (x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const times = (a: number | null, b: number | null) =>
	a === null || b === null || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
const le = (a: number | null, b: number | null) => a !== null && b !== null && a <= b;

/** The targets of issue 12, for one measured size. */
export function targets(
	size: string,
	ours: EngineFigures,
	own: EngineFigures,
	header: EngineFigures,
): Target[] {
	const list: Target[] = [];
	const add = (name: string, ok: boolean, value: string) => list.push({ size, name, ok, value });
	const synthetic = size !== 'real';
	if (size === '10000') {
		add('warm search work, median ≤ 40 ms', le(ours.work.median, 40), ms(ours.work.median));
		add(
			"warm search work, median ≤ 1.5× Pagefind's own",
			le(ours.work.median, own.work.median === null ? null : 1.5 * own.work.median),
			`${ms(ours.work.median)} vs ${ms(own.work.median)} (${times(ours.work.median, own.work.median)})`,
		);
		add(
			"warm search work, p90 ≤ 2× Pagefind's own",
			le(ours.work.p90, own.work.p90 === null ? null : 2 * own.work.p90),
			`${ms(ours.work.p90)} vs ${ms(own.work.p90)} (${times(ours.work.p90, own.work.p90)})`,
		);
	}
	if (synthetic) {
		add(
			"cold, navigation → results, median ≤ 1.25× Pagefind's own",
			le(ours.cold.median, own.cold.median === null ? null : 1.25 * own.cold.median),
			`${ms(ours.cold.median)} vs ${ms(own.cold.median)} (${times(ours.cold.median, own.cold.median)})`,
		);
	}
	add(
		"heaviest cold query, bytes ≤ Pagefind's own + 15 %",
		le(ours.coldBytes.max, own.coldBytes.max === null ? null : 1.15 * own.coldBytes.max),
		`${kb(ours.coldBytes.max)} vs ${kb(own.coldBytes.max)} (${times(ours.coldBytes.max, own.coldBytes.max)})`,
	);
	add(
		'Pagefind searches per query ≤ 2, the most any query ran',
		le(ours.searches.max, 2) && le(header.searches.max, 2),
		`search page ${ours.searches.max ?? '–'}, header box ${header.searches.max ?? '–'}`,
	);
	if (synthetic) {
		const a = ours.quality['generator']?.top1;
		const b = own.quality['generator']?.top1;
		add(
			"top-1 ≥ Pagefind's own (generator's queries)",
			a !== undefined && b !== undefined && a >= b,
			`${pct(a)} vs ${pct(b)}`,
		);
	} else {
		for (const [set, q] of Object.entries(ours.quality)) {
			const h = header.quality[set];
			add(
				`top-1 = 100 % on ${set}, search page and header box`,
				q.top1 === 1 && h?.top1 === 1,
				`search page ${pct(q.top1)}, header box ${pct(h?.top1)}`,
			);
		}
	}
	return list;
}

// ------------------------------------------------------------------ report

const count = (x: number | null) => (x === null ? '–' : String(Math.round(x)));
const shownSpread = (run: EngineRun) => spread(run.warm.map((s) => s.shown));
const spreadCell = (s: Spread, unit: (x: number | null) => string) =>
	`${unit(s.median)} / ${unit(s.p90)} / ${unit(s.max)}`;

function sizeSection(
	run: SizeRun,
	ours: EngineFigures,
	own: EngineFigures,
	header: EngineFigures,
): string[] {
	const name =
		run.size === 'real'
			? `The real site (${run.entries} entries)`
			: `${run.entries.toLocaleString('en')} entries (${run.size} synthetic + the real ones)`;
	const lines = [`## ${name}`, ''];
	lines.push(
		`${run.ours.warm.length} warm queries, ${run.ours.cold.length} cold samples each; build ${run.buildS === null ? 'reused (--no-build)' : `${run.buildS.toFixed(0)} s`}.`,
		'',
	);
	lines.push("| median / p90 / slowest | ours: search page | Pagefind's own | ours: header box |");
	lines.push('| --- | ---: | ---: | ---: |');
	lines.push(
		`| cold: navigation → results | ${spreadCell(ours.cold, ms)} | ${spreadCell(own.cold, ms)} | |`,
	);
	lines.push(
		`| warm: keystroke → results | ${spreadCell(ours.warm, ms)} | ${spreadCell(own.warm, ms)} | ${spreadCell(header.warm, ms)} |`,
	);
	lines.push(
		`| warm: search work alone | ${spreadCell(ours.work, ms)} | ${spreadCell(own.work, ms)} | ${spreadCell(header.work, ms)} |`,
	);
	lines.push(
		`| warm: search work, the whole list | ${spreadCell(ours.workAll, ms)} | | |`,
		`| results drawn first (ours) or in all (Pagefind's own), warm | ${spreadCell(shownSpread(run.ours), count)} | ${spreadCell(shownSpread(run.own), count)} | ${spreadCell(shownSpread(run.header), count)} |`,
	);
	lines.push(
		`| bytes per cold query, all | ${spreadCell(ours.coldBytes, kb)} | ${spreadCell(own.coldBytes, kb)} | |`,
	);
	lines.push(
		`| bytes per cold query, /pagefind/ and /search/ | ${spreadCell(ours.coldSearchBytes, kb)} | ${spreadCell(own.coldSearchBytes, kb)} | |`,
	);
	lines.push(
		`| bytes per warm query | ${spreadCell(ours.warmBytes, kb)} | ${spreadCell(own.warmBytes, kb)} | ${spreadCell(header.warmBytes, kb)} |`,
	);
	lines.push(
		`| Pagefind searches per query | ${ours.searches.median} / ${ours.searches.p90} / ${ours.searches.max} | 1 | ${header.searches.median} / ${header.searches.p90} / ${header.searches.max} |`,
	);
	for (const [set, q] of Object.entries(ours.quality)) {
		const o = own.quality[set];
		const h = header.quality[set];
		lines.push(
			`| top-1 / top-5, ${set} (${q.n}) | ${pct(q.top1)} / ${pct(q.top5)} | ${pct(o?.top1)} / ${pct(o?.top5)} | ${pct(h?.top1)} / ${pct(h?.top5)} |`,
		);
	}
	const steps = Object.keys(ours.phases);
	if (steps.length) {
		lines.push(
			'',
			'Where our warm search work went, per step (`data-search-phases`; see src/lib/search/run-search.ts):',
			'',
			'| median / p90 / slowest | ours: search page | ours: header box |',
			'| --- | ---: | ---: |',
			...steps.map(
				(step) =>
					`| ${step} | ${spreadCell(ours.phases[step]!, ms)} | ${header.phases[step] ? spreadCell(header.phases[step], ms) : ''} |`,
			),
		);
	}
	const heaviest = [...run.ours.cold].sort((a, b) => b.bytes - a.bytes)[0];
	if (heaviest)
		lines.push('', `Heaviest cold query (ours): \`${heaviest.id}\`, ${kb(heaviest.bytes)}.`);
	const misses = run.ours.warm.filter((s) => s.rank !== 1);
	if (misses.length) {
		lines.push(
			'',
			`Not first on the search page (${misses.length}): ${misses.map((s) => `\`${s.id}\` (${s.rank ?? '–'})`).join(', ')}.`,
		);
	}
	const headerMisses = run.header.warm.filter((s) => s.rank !== 1);
	if (headerMisses.length) {
		lines.push(
			'',
			`Not first in the header box (${headerMisses.length}): ${headerMisses.map((s) => `\`${s.id}\` (${s.rank ?? '–'})`).join(', ')}.`,
		);
	}
	lines.push('');
	return lines;
}

function renderMarkdown(
	meta: Record<string, string>,
	runs: readonly SizeRun[],
	all: readonly Target[],
): string {
	const lines = [`# Search benchmark ${meta['date']}${meta['tag'] ? ` (${meta['tag']})` : ''}`, ''];
	lines.push(
		`\`npm run bench:search\` at ${meta['commit']}, synthetic entries from \`${meta['corpus']}\`. ${meta['machine']}. Ours: the site's search page \`/cari/\` and header box; Pagefind's own: its JS API (\`init()\`, \`search(q)\`, \`data()\` of as many results as ours drew, at least ${MIN_SHOWN}) in the same page, same build. Each warm paste ${meta['settle']} ms after the previous query's results were complete. See bench/search/README.md for what each figure measures.`,
		'',
	);
	lines.push('## Targets (issue 12)', '');
	for (const t of all) lines.push(`- ${t.ok ? '✅' : '❌'} ${t.size}: ${t.name}: ${t.value}`);
	lines.push('');
	for (const run of runs) {
		lines.push(
			...sizeSection(
				run,
				engineFigures(run.ours),
				engineFigures(run.own),
				engineFigures(run.header),
			),
		);
	}
	return lines.join('\n');
}

// ------------------------------------------------------------------ main

async function main() {
	const opts = options();
	// The commit measured: taken before the builds, in case the checkout moves during the run.
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO })
		.toString()
		.trim();
	const built: { size: string; queries: BenchQuery[]; entries: number; buildS: number | null }[] =
		[];
	// Every build first, then every measurement: a build running beside the browser would slow it.
	for (const size of opts.sizes) {
		const dist = distFor(size);
		if (opts['no-build'] && !existsSync(join(REPO, dist, 'pagefind/pagefind.js')))
			throw new Error(`${dist}/ has no Pagefind bundle: build it first or drop --no-build`);
		built.push({ size, ...(await prepareSize(size, !opts['no-build'])) });
	}
	const browser = await launchBrowser();
	const runs: SizeRun[] = [];
	const load = loadavg()
		.map((x) => x.toFixed(1))
		.join(' ');
	try {
		for (const { size, queries, entries, buildS } of built) {
			runs.push({
				size,
				entries,
				dist: distFor(size),
				buildS,
				...(await measureSize(browser, size, queries, {
					coldN: opts.cold,
					http2: !opts.http1,
					settleMs: opts.settle,
				})),
			});
		}
	} finally {
		await browser.close();
	}
	const all = runs.flatMap((run) =>
		targets(run.size, engineFigures(run.ours), engineFigures(run.own), engineFigures(run.header)),
	);
	const date = new Date().toISOString().slice(0, 10);
	const meta = {
		date,
		tag: opts.tag ?? '',
		commit,
		corpus: corpusGenerator(),
		settle: String(opts.settle),
		machine: `Headless Chromium ${browser.version()}, Node ${process.version}, ${cpus().length} cores, load average ${load} before measuring`,
	};
	const markdown = renderMarkdown(meta, runs, all);
	console.log(`\n${markdown}`);
	mkdirSync(RESULTS, { recursive: true });
	const name = `${date}${opts.tag ? `-${opts.tag}` : ''}`;
	writeFileSync(join(RESULTS, `${name}.md`), markdown);
	writeFileSync(
		join(RESULTS, `${name}.json`),
		`${JSON.stringify(
			{
				...meta,
				sizes: runs.map((run) => ({
					...run,
					figures: {
						ours: engineFigures(run.ours),
						own: engineFigures(run.own),
						header: engineFigures(run.header),
					},
				})),
				targets: all,
			},
			null,
			'\t',
		)}\n`,
	);
	log(`wrote bench/search/results/${name}.md and .json`);
	const missed = all.filter((t) => !t.ok);
	log(`${all.length - missed.length} of ${all.length} targets met`);
	if (opts.check && missed.length) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
}
