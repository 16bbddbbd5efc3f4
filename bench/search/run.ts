/**
 * `npm run bench:search`: search quality, latency and bytes on the real build.
 *
 * Builds the site (unless `--no-build`), serves it with e2e/static-server.mjs, and runs every
 * query of bench/search/queries.json twice in headless Chromium:
 * - ours: through the search page (`/cari/`), the real UI code path, reading the ranked
 *   `[data-search-result] a` hrefs;
 * - plain Pagefind, the baseline: `pagefind.search(q)` on the same build's bundle, results
 *   mapped to URLs with `data()`.
 * Then prints and writes bench/search/results/<date>[-<tag>].md and .json.
 *
 *   npm run bench:search -- [--no-build] [--dist dist-search] [--base /] [--tag NAME] [--cold 12]
 *     [--queries bench/search/queries.json] [--only REGEX] [--check]
 *
 * Cold: a fresh browser context per sample, the first query of the page, so it includes loading
 * Pagefind's code, WebAssembly and index. Warm: one page, later queries (median). Bytes: the sum
 * of response bodies under /pagefind/ and /search/ while a query runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../lib/browser';
import { type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(REPO, 'bench/search/results');
const STEP_TIMEOUT_MS = 30_000;

export const KINDS = ['error', 'keyword', 'inflected', 'command', 'english', 'typo'] as const;
export type Kind = (typeof KINDS)[number];

export interface Query {
	id: string;
	kind: Kind;
	q: string;
	expected: string;
}

interface Run {
	id: string;
	kind: Kind;
	/** 1-based rank of the expected entry, null when absent. */
	rank: number | null;
	/** The first result URLs (up to 5), as rendered. */
	top: string[];
	ms: number;
	bytes: number;
}

interface ColdRun {
	id: string;
	/** From the search's start to results on screen (ours) or to the result data (Pagefind). */
	ms: number;
	bytes: number;
	rank: number | null;
}

interface EngineResult {
	/** Through the search page (/cari/): ranks, latency, bytes. */
	runs: Run[];
	cold: ColdRun[];
	/** Through the header box: ranks only (ours). */
	header?: Run[];
}

// ------------------------------------------------------------------ setup

function options() {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			dist: { type: 'string', default: 'dist-search' },
			base: { type: 'string', default: '/' },
			tag: { type: 'string' },
			cold: { type: 'string', default: '12' },
			check: { type: 'boolean', default: false },
			only: { type: 'string' },
			queries: { type: 'string', default: 'bench/search/queries.json' },
		},
	});
	return values;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(command, args, { cwd: REPO, env, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited ${code}`)),
		);
	});
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => done(port));
		});
	});
}

async function serve(dist: string, base: string): Promise<{ origin: string; child: ChildProcess }> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[join(REPO, 'e2e/static-server.mjs'), '--dir', dist, '--port', String(port), '--base', base],
		{ cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
	);
	await new Promise<void>((done, fail) => {
		const timer = setTimeout(() => fail(new Error('static server did not start')), 10_000);
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('serving')) {
				clearTimeout(timer);
				done();
			}
		});
		child.on('exit', (code) => fail(new Error(`static server exited ${code}`)));
	});
	// `origin` is the site's root: the host and the base path, without its last slash.
	return { origin: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, child };
}

/** Counts response bodies under /pagefind/ and /search/ since the last `take()`. */
function byteCounter(page: Page) {
	let pending: Promise<number>[] = [];
	const onFinished = (request: Request) => {
		const path = new URL(request.url()).pathname;
		if (!/\/(pagefind|search)\//.test(path)) return;
		pending.push(
			request.sizes().then(
				(s) => s.responseBodySize,
				() => 0,
			),
		);
	};
	page.on('requestfinished', onFinished);
	return {
		async take(): Promise<number> {
			const sizes = await Promise.all(pending);
			pending = [];
			return sizes.reduce((sum, n) => sum + n, 0);
		},
	};
}

/**
 * The query as a search box holds it once pasted: an <input> has no line breaks, and pasting
 * into one turns them into spaces (Chromium, like other browsers).
 */
export const asPasted = (q: string) => q.replace(/\r\n|\r|\n/g, ' ');

const slugOf = (href: string) => /\/faq\/([^/?#]+)\//.exec(href)?.[1] ?? '';
const rankOf = (hrefs: readonly string[], slug: string) => {
	const index = hrefs.findIndex((href) => slugOf(href) === slug);
	return index < 0 ? null : index + 1;
};

// ------------------------------------------------------------------ ours: the search page

/**
 * Runs in the page before its scripts: records when the status line says a search started and
 * when it changed after, on the page's own clock.
 */
function installProbe(): void {
	const probe = { startedAt: 0, doneAt: 0, submittedAt: 0, status: '' };
	(window as unknown as { __probe: typeof probe }).__probe = probe;
	// The whole document from its start: the page sets "Mencari…" while its scripts first run.
	new MutationObserver(() => {
		const text = document.querySelector('[data-search-status]')?.textContent ?? '';
		if (text === 'Mencari…') {
			if (!probe.startedAt) probe.startedAt = performance.now();
		} else if ((probe.startedAt || probe.submittedAt) && !probe.doneAt && text !== probe.status) {
			probe.doneAt = performance.now();
			probe.status = text;
		}
	}).observe(document, { childList: true, characterData: true, subtree: true });
}

interface Probe {
	startedAt: number;
	doneAt: number;
	submittedAt: number;
	status: string;
}

const readHrefs = (page: Page) =>
	page.$$eval('[data-search-result] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));

async function oursCold(browser: Browser, origin: string, query: Query): Promise<ColdRun> {
	const context = await browser.newContext();
	try {
		await context.addInitScript(installProbe);
		const page = await context.newPage();
		const bytes = byteCounter(page);
		await page.goto(`${origin}/cari/?q=${encodeURIComponent(asPasted(query.q))}`);
		await page.waitForFunction(
			() => (window as unknown as { __probe: Probe }).__probe.doneAt > 0,
			undefined,
			{
				timeout: STEP_TIMEOUT_MS,
			},
		);
		const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
		await page.waitForLoadState('networkidle');
		return {
			id: query.id,
			ms: probe.doneAt - probe.startedAt,
			bytes: await bytes.take(),
			rank: rankOf(await readHrefs(page), query.expected),
		};
	} finally {
		await context.close();
	}
}

/**
 * Runs the queries one after another through `ask` on a page that already searched once, so
 * every measured query finds Pagefind loaded, and records rank, time and bytes of each.
 */
async function measureWarm(
	page: Page,
	bytes: ReturnType<typeof byteCounter>,
	ask: (q: string) => Promise<{ ms: number; hrefs: string[] }>,
	queries: readonly Query[],
): Promise<Run[]> {
	await ask('kluster');
	await bytes.take();
	const runs: Run[] = [];
	for (const query of queries) {
		const { ms, hrefs } = await ask(query.q);
		runs.push({
			id: query.id,
			kind: query.kind,
			rank: rankOf(hrefs, query.expected),
			top: hrefs.slice(0, 5),
			ms,
			bytes: await bytes.take(),
		});
	}
	await page.close();
	return runs;
}

async function oursWarm(context: BrowserContext, origin: string, queries: readonly Query[]) {
	const page = await context.newPage();
	await page.addInitScript(installProbe);
	const bytes = byteCounter(page);
	await page.goto(`${origin}/cari/`);
	await page.waitForLoadState('networkidle');
	const ask = async (q: string) => {
		// Type the query, then submit: the form searches at once instead of after the debounce.
		await page.evaluate(async (text) => {
			// Let the previous results lay out and paint first, as they would while a reader reads.
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const probe = (window as unknown as { __probe: Probe }).__probe;
			probe.startedAt = 0;
			probe.doneAt = 0;
			const input = document.querySelector<HTMLInputElement>('faq-search-page input[name="q"]')!;
			// Paste over the previous query: the browser's own editing turns line breaks into
			// spaces and fires the input event, as a reader's Ctrl+V does.
			input.focus();
			input.select();
			document.execCommand('insertText', false, text);
			probe.submittedAt = performance.now();
			input.form!.requestSubmit();
		}, q);
		await page.waitForFunction(
			() => (window as unknown as { __probe: Probe }).__probe.doneAt > 0,
			undefined,
			{
				timeout: STEP_TIMEOUT_MS,
			},
		);
		const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
		return { ms: probe.doneAt - probe.submittedAt, hrefs: await readHrefs(page) };
	};
	return measureWarm(page, bytes, ask, queries);
}

// ------------------------------------------------------------------ ours: the header box

/**
 * The header box on the home page, as a reader uses it: paste into the box, wait for the list
 * under it. The box searches the whole paste (the search page cuts its query to 200
 * characters). Each query starts from an empty box, so its results always change the list.
 */
async function headerWarm(context: BrowserContext, origin: string, queries: readonly Query[]) {
	const page = await context.newPage();
	await page.goto(`${origin}/`);
	await page.waitForLoadState('networkidle');
	const bytes = byteCounter(page);
	const box = page.getByRole('banner').getByRole('searchbox');
	const ask = async (q: string) => {
		await box.fill('');
		const ms = await page.evaluate(async (text) => {
			const DEBOUNCE_MS = 150;
			const input = document.querySelector<HTMLInputElement>('faq-search input[type="search"]')!;
			const list = document.querySelector('faq-search .search-panel__list')!;
			const status = document.querySelector('faq-search .search-panel__status')!;
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const changed = new Promise<void>((done) => {
				const observer = new MutationObserver(() => {
					if (list.childElementCount > 0 || /Tidak ada|gagal/.test(status.textContent ?? '')) {
						observer.disconnect();
						done();
					}
				});
				observer.observe(list, { childList: true });
				observer.observe(status, { childList: true, characterData: true, subtree: true });
			});
			input.focus();
			// The paste fires the input event; the box searches once it has been quiet for its
			// debounce (150 ms), which is left out of the time.
			const start = performance.now();
			document.execCommand('insertText', false, text);
			await changed;
			return performance.now() - start - DEBOUNCE_MS;
		}, q);
		const hrefs = await page.$$eval('faq-search [data-search-result] a', (links) =>
			links.map((a) => a.getAttribute('href') ?? ''),
		);
		return { ms, hrefs };
	};
	return measureWarm(page, bytes, ask, queries);
}

// ------------------------------------------------------------------ baseline: plain Pagefind

interface PlainAnswer {
	ms: number;
	urls: string[];
}

/** Runs in the page: plain Pagefind, as its documentation shows it. */
async function plainSearch(q: string): Promise<PlainAnswer> {
	const w = window as unknown as {
		__pf?: Promise<{
			search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
		}>;
	};
	const start = performance.now();
	w.__pf ??= (async () => {
		const root = (document.querySelector('link[rel="icon"]') as HTMLLinkElement | null)?.href;
		const base = new URL('.', root ?? location.href).pathname;
		const pagefind = await import(
			/* @vite-ignore */ `${location.origin}${base}pagefind/pagefind.js`
		);
		await pagefind.options({ baseUrl: base });
		await pagefind.init();
		return pagefind;
	})();
	const pagefind = await w.__pf;
	const response = await pagefind.search(q);
	const urls = await Promise.all(response.results.map(async (r) => (await r.data()).url));
	return { ms: performance.now() - start, urls };
}

async function plainCold(browser: Browser, origin: string, query: Query): Promise<ColdRun> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		await page.waitForLoadState('networkidle');
		const bytes = byteCounter(page);
		const answer = await page.evaluate(plainSearch, query.q);
		return {
			id: query.id,
			ms: answer.ms,
			bytes: await bytes.take(),
			rank: rankOf(answer.urls, query.expected),
		};
	} finally {
		await context.close();
	}
}

async function plainWarm(context: BrowserContext, origin: string, queries: readonly Query[]) {
	const page = await context.newPage();
	await page.goto(`${origin}/`);
	await page.waitForLoadState('networkidle');
	const bytes = byteCounter(page);
	await page.evaluate(plainSearch, 'kluster');
	await bytes.take();
	const runs: Run[] = [];
	for (const query of queries) {
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
		);
		const answer = await page.evaluate(plainSearch, query.q);
		runs.push({
			id: query.id,
			kind: query.kind,
			rank: rankOf(answer.urls, query.expected),
			top: answer.urls.slice(0, 5),
			ms: answer.ms,
			bytes: await bytes.take(),
		});
	}
	await page.close();
	return runs;
}

// ------------------------------------------------------------------ figures

export interface KindFigures {
	kind: Kind | 'all';
	n: number;
	top1: number;
	top3: number;
}

export function figures(runs: readonly Run[]): KindFigures[] {
	const rows: KindFigures[] = [];
	for (const kind of [...KINDS, 'all'] as const) {
		const mine = runs.filter((r) => kind === 'all' || r.kind === kind);
		if (mine.length === 0) continue;
		rows.push({
			kind,
			n: mine.length,
			top1: mine.filter((r) => r.rank === 1).length / mine.length,
			top3: mine.filter((r) => r.rank !== null && r.rank <= 3).length / mine.length,
		});
	}
	return rows;
}

const median = (values: readonly number[]) => {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const quantile = (values: readonly number[], q: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

interface Summary {
	/** The header box's ranks when measured (ours), else the runs'. */
	quality: KindFigures[];
	/** The search page's ranks. */
	page: KindFigures[];
	warmMedianMs: number;
	warmP95Ms: number;
	/** Header box: paste to results, less its debounce (ours only). */
	headerMedianMs: number;
	headerP95Ms: number;
	coldMedianMs: number;
	coldMaxMs: number;
	coldMedianBytes: number;
	coldMaxBytes: number;
	warmMeanBytes: number;
}

function summarize(result: EngineResult): Summary {
	return {
		quality: figures(result.header ?? result.runs),
		page: figures(result.runs),
		warmMedianMs: median(result.runs.map((r) => r.ms)),
		warmP95Ms: quantile(
			result.runs.map((r) => r.ms),
			0.95,
		),
		headerMedianMs: median((result.header ?? []).map((r) => r.ms)),
		headerP95Ms: quantile(
			(result.header ?? []).map((r) => r.ms),
			0.95,
		),
		coldMedianMs: median(result.cold.map((r) => r.ms)),
		coldMaxMs: Math.max(...result.cold.map((r) => r.ms)),
		coldMedianBytes: median(result.cold.map((r) => r.bytes)),
		coldMaxBytes: Math.max(...result.cold.map((r) => r.bytes)),
		warmMeanBytes:
			result.runs.reduce((sum, r) => sum + r.bytes, 0) / Math.max(1, result.runs.length),
	};
}

interface Target {
	name: string;
	ok: boolean;
	value: string;
}

function targets(ours: Summary, plain: Summary): Target[] {
	const all = ours.quality.find((k) => k.kind === 'all')!;
	const errors = ours.quality.find((k) => k.kind === 'error');
	const worse = ours.quality.filter((k) => {
		const base = plain.quality.find((p) => p.kind === k.kind);
		return base && (k.top1 < base.top1 || k.top3 < base.top3);
	});
	return [
		{ name: 'top-1 ≥ 90% overall', ok: all.top1 >= 0.9, value: pct(all.top1) },
		{
			name: 'top-1 = 100% for pasted errors',
			ok: !errors || errors.top1 === 1,
			value: errors ? pct(errors.top1) : 'n/a',
		},
		{ name: 'top-3 ≥ 98% overall', ok: all.top3 >= 0.98, value: pct(all.top3) },
		{
			name: 'no kind worse than plain Pagefind',
			ok: worse.length === 0,
			value: worse.length ? worse.map((k) => k.kind).join(', ') : 'none worse',
		},
		{
			name: 'warm median < 30 ms (header box)',
			ok: ours.headerMedianMs < 30,
			value: `${ms(ours.headerMedianMs)} (search page: ${ms(ours.warmMedianMs)})`,
		},
		{
			name: 'cold first query < 250 KB',
			ok: ours.coldMaxBytes < 250 * 1024,
			value: kb(ours.coldMaxBytes),
		},
	];
}

function renderMarkdown(
	meta: Record<string, string>,
	ours: EngineResult,
	plain: EngineResult,
	queries: readonly Query[],
): string {
	const a = summarize(ours);
	const b = summarize(plain);
	const lines: string[] = [];
	lines.push(`# Search benchmark ${meta['date']}${meta['tag'] ? ` (${meta['tag']})` : ''}`, '');
	lines.push(
		`${queries.length} queries from \`${meta['queries']}\` over the 14 entries; ours = the \`/cari/\` page (the real UI code path), plain = \`pagefind.search(q)\` on the same build. ${meta['machine']}.`,
		'',
	);
	lines.push('## Quality', '');
	lines.push(
		'| kind | n | header box top-1 | header box top-3 | search page top-1 | search page top-3 | plain Pagefind top-1 | plain Pagefind top-3 |',
	);
	lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of a.quality) {
		const page = a.page.find((k) => k.kind === row.kind)!;
		const base = b.quality.find((k) => k.kind === row.kind)!;
		const name = row.kind === 'all' ? '**all**' : row.kind;
		lines.push(
			`| ${name} | ${row.n} | ${pct(row.top1)} | ${pct(row.top3)} | ${pct(page.top1)} | ${pct(page.top3)} | ${pct(base.top1)} | ${pct(base.top3)} |`,
		);
	}
	lines.push(
		'',
		"Header box: pasted into the box in the page header, which searches the whole paste. Search page: pasted into `/cari/` and submitted; the page cuts its query to 200 characters (`MAX_QUERY_LENGTH` in src/lib/facet-filters.ts), so a long paste whose error comes late loses it. Both are the site's own UI code; the targets below are read from the header box.",
	);
	lines.push('', '## Latency and bytes', '');
	lines.push('| | ours | plain Pagefind |');
	lines.push('| --- | ---: | ---: |');
	lines.push(`| warm median, header box | ${ms(a.headerMedianMs)} | ${ms(b.warmMedianMs)} |`);
	lines.push(`| warm p95, header box | ${ms(a.headerP95Ms)} | ${ms(b.warmP95Ms)} |`);
	lines.push(`| warm median, search page | ${ms(a.warmMedianMs)} | ${ms(b.warmMedianMs)} |`);
	lines.push(`| warm p95, search page | ${ms(a.warmP95Ms)} | ${ms(b.warmP95Ms)} |`);
	lines.push(
		`| cold first query, median (${ours.cold.length} samples) | ${ms(a.coldMedianMs)} | ${ms(b.coldMedianMs)} |`,
	);
	lines.push(`| cold first query, max | ${ms(a.coldMaxMs)} | ${ms(b.coldMaxMs)} |`);
	lines.push(
		`| cold first query bytes, median | ${kb(a.coldMedianBytes)} | ${kb(b.coldMedianBytes)} |`,
	);
	lines.push(`| cold first query bytes, max | ${kb(a.coldMaxBytes)} | ${kb(b.coldMaxBytes)} |`);
	lines.push(`| warm bytes per query, mean | ${kb(a.warmMeanBytes)} | ${kb(b.warmMeanBytes)} |`);
	lines.push(
		'',
		"Cold: a fresh browser context, the page's first query, from the search's start (ours: status \"Mencari…\"; plain: before `import()`) to the results; it includes loading Pagefind's code, WebAssembly and index. Warm: one page, each query from the paste to the results on screen; in the header box less the 150 ms it waits for typing to stop, in the search page from the submit (which also runs the page's history and filter-count code). Plain Pagefind: \`search()\` and \`data()\` of every result. Bytes: response bodies under `/pagefind/` and `/search/` (uncompressed static server; Pagefind's own files are gzipped).",
		'',
	);
	lines.push('## Targets', '');
	for (const t of targets(a, b)) lines.push(`- ${t.ok ? '✅' : '❌'} ${t.name}: ${t.value}`);
	const byId = new Map(queries.map((q) => [q.id, q]));
	const missTable = (title: string, runs: readonly Run[]) => {
		lines.push('', `## ${title}`, '');
		const misses = runs.filter((r) => r.rank !== 1);
		if (misses.length === 0) {
			lines.push('None.');
			return;
		}
		lines.push('| id | query | expected | rank | top 3 | plain rank |');
		lines.push('| --- | --- | --- | ---: | --- | ---: |');
		for (const r of misses) {
			const q = byId.get(r.id)!;
			const text = q.q.length > 70 ? `${q.q.slice(0, 67)}…` : q.q;
			const base = plain.runs.find((p) => p.id === r.id);
			lines.push(
				`| ${r.id} | \`${text.replace(/\n/g, '⏎').replace(/\|/g, '\\|').replace(/`/g, "'")}\` | ${q.expected} | ${r.rank ?? '–'} | ${r.top
					.slice(0, 3)
					.map(slugOf)
					.join(', ')} | ${base?.rank ?? '–'} |`,
			);
		}
	};
	if (ours.header) missTable('Not ranked first by the header box', ours.header);
	missTable('Not ranked first by the search page', ours.runs);
	lines.push('');
	return lines.join('\n');
}

// ------------------------------------------------------------------ main

async function main() {
	const opts = options();
	const dist = resolve(REPO, opts.dist);
	let queries = (
		JSON.parse(readFileSync(resolve(REPO, opts.queries), 'utf8')) as { queries: Query[] }
	).queries;
	if (opts.only) {
		const only = new RegExp(opts.only);
		queries = queries.filter((q) => only.test(q.id) || only.test(q.kind));
	}
	if (!opts['no-build']) {
		console.log(`Building the site into ${opts.dist}/ …`);
		await run('npm', ['run', 'build'], {
			...process.env,
			OUT_DIR: opts.dist,
			...(opts.base !== '/' ? { BASE_PATH: opts.base } : {}),
		});
	}
	if (!existsSync(join(dist, 'pagefind/pagefind.js'))) {
		throw new Error(`${opts.dist}/ has no Pagefind bundle: build it first or drop --no-build`);
	}
	const base = opts.base.endsWith('/') ? opts.base : `${opts.base}/`;
	const { origin, child } = await serve(dist, base);
	const browser = await launchBrowser();
	try {
		const coldSample = queries
			.filter((_, i) => i % Math.max(1, Math.floor(queries.length / Number(opts.cold))) === 0)
			.slice(0, Number(opts.cold));
		console.log(
			`Running ${queries.length} queries (ours, then plain Pagefind); ${coldSample.length} cold samples each …`,
		);
		const ours: EngineResult = { runs: [], cold: [] };
		const plain: EngineResult = { runs: [], cold: [] };
		for (const query of coldSample) {
			ours.cold.push(await oursCold(browser, origin, query));
			plain.cold.push(await plainCold(browser, origin, query));
		}
		const context = await browser.newContext();
		ours.header = await headerWarm(context, origin, queries);
		ours.runs = await oursWarm(context, origin, queries);
		plain.runs = await plainWarm(context, origin, queries);
		await context.close();

		const date = new Date().toISOString().slice(0, 10);
		const meta = {
			date,
			tag: opts.tag ?? '',
			queries: opts.queries,
			machine: `Headless Chromium ${browser.version()}, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
				.map((x) => x.toFixed(1))
				.join(' ')} at the start`,
		};
		const markdown = renderMarkdown(meta, ours, plain, queries);
		console.log(`\n${markdown}`);
		mkdirSync(RESULTS, { recursive: true });
		const name = `${date}${opts.tag ? `-${opts.tag}` : ''}`;
		writeFileSync(join(RESULTS, `${name}.md`), markdown);
		writeFileSync(
			join(RESULTS, `${name}.json`),
			`${JSON.stringify(
				{
					...meta,
					queries: queries.length,
					ours: { summary: summarize(ours), ...ours },
					plain: { summary: summarize(plain), ...plain },
					targets: targets(summarize(ours), summarize(plain)),
				},
				null,
				'\t',
			)}\n`,
		);
		console.log(`Wrote bench/search/results/${name}.md and .json`);
		if (opts.check && targets(summarize(ours), summarize(plain)).some((t) => !t.ok))
			process.exitCode = 1;
	} finally {
		await browser.close();
		child.kill();
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
}
