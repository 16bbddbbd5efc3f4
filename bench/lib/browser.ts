/**
 * What a reader's browser does with a build: the first load of an entry page, and searches
 * through the site's real search page (`/cari/`), in headless Chromium.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Query } from './corpus';
import type { StaticServer, Transfer } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT_MS = 30_000;

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		// The machine has no network: keep Chromium from phoning home, which would add requests.
		args: [
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			// The benchmark's HTTP/2 server has a self-signed certificate for 127.0.0.1.
			'--ignore-certificate-errors',
		],
	});
}

export interface FirstLoad {
	requests: number;
	bytes: number;
	/** Bytes per kind: html, js, css, image, font, other. */
	bytesByKind: Record<string, number>;
	requestsByKind: Record<string, number>;
	paths: string[];
}

function kindOf(path: string): string {
	const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
	if (!ext || ext === 'html' || path.endsWith('/')) return 'html';
	if (ext === 'js' || ext === 'mjs') return 'js';
	if (ext === 'css') return 'css';
	if (['svg', 'png', 'ico', 'webp', 'avif', 'jpg'].includes(ext)) return 'image';
	if (['woff2', 'woff', 'ttf'].includes(ext)) return 'font';
	return 'other';
}

function summarize(transfers: readonly Transfer[]): FirstLoad {
	const bytesByKind: Record<string, number> = {};
	const requestsByKind: Record<string, number> = {};
	for (const t of transfers) {
		const kind = kindOf(t.path);
		bytesByKind[kind] = (bytesByKind[kind] ?? 0) + t.bytes;
		requestsByKind[kind] = (requestsByKind[kind] ?? 0) + 1;
	}
	return {
		requests: transfers.length,
		bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
		bytesByKind,
		requestsByKind,
		paths: transfers.map((t) => t.path),
	};
}

/** Loads `path` in a fresh context (empty cache) and counts every request until network idle. */
export function measureFirstLoad(
	browser: Browser,
	server: StaticServer,
	path: string,
): Promise<FirstLoad> {
	return inContext(browser, async (context) => {
		const page = await context.newPage();
		server.reset();
		const response = await page.goto(server.origin + path, {
			waitUntil: 'networkidle',
			timeout: STEP_TIMEOUT_MS,
		});
		if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
		return summarize(server.transfers);
	});
}

async function resultSlugs(page: Page): Promise<string[]> {
	const hrefs = await page.$$eval('[data-search-result] a', (links) =>
		links.map((a) => a.getAttribute('href') ?? ''),
	);
	return hrefs.map((href) => /\/faq\/([^/#]+)\//.exec(href)?.[1] ?? '');
}

export interface QueryRun {
	id: string;
	type: Query['type'];
	/**
	 * Cold: the search work the page reports (`data-search-ms`: from its settled query to the
	 * results drawn). Warm: from the submit to the results drawn.
	 */
	ms: number;
	/** Bytes fetched under /pagefind/ for this query. */
	pagefindBytes: number;
	/**
	 * Every byte fetched for this query: cold, the search page itself too; both, any search data
	 * the site loads outside /pagefind/ (such as /search/signatures/).
	 */
	allBytes: number;
	pagefindRequests: number;
	/** Pagefind bytes by part: code (.js), wasm, meta, index, filter, fragment. */
	pagefindBytesByPart: Record<string, number>;
	/** 1-based rank of the generator's expected entry; null when not in the list. */
	expectedRank: number | null;
	/** 1-based rank of the first entry the generator lists as relevant. */
	relevantRank: number | null;
}

export interface ColdRun extends QueryRun {
	/** From navigation start to results on screen: what a reader following a link waits. */
	navigationToResultsMs: number;
}

function rankOf(slugs: readonly string[], accept: (slug: string) => boolean): number | null {
	const i = slugs.findIndex(accept);
	return i < 0 ? null : i + 1;
}

/** Which part of Pagefind's bundle a file under /pagefind/ is. */
function pagefindPart(path: string): string {
	if (path.includes('/pagefind/index/')) return 'index';
	if (path.includes('/pagefind/filter/')) return 'filter';
	if (path.includes('/pagefind/fragment/')) return 'fragment';
	if (path.endsWith('.pf_meta')) return 'meta';
	if (path.includes('/wasm.')) return 'wasm';
	return 'code';
}

function queryRun(
	query: Query,
	ms: number,
	transfers: readonly Transfer[],
	slugs: string[],
): QueryRun {
	const pagefind = transfers.filter((t) => t.path.includes('/pagefind/'));
	const mdxSlug = (file: string) => file.replace(/\.mdx$/, '');
	const relevant = new Set(query.relevant.map(mdxSlug));
	return {
		id: query.id,
		type: query.type,
		ms,
		pagefindBytes: pagefind.reduce((sum, t) => sum + t.bytes, 0),
		allBytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
		pagefindRequests: pagefind.length,
		pagefindBytesByPart: pagefind.reduce<Record<string, number>>((parts, t) => {
			const part = pagefindPart(t.path);
			parts[part] = (parts[part] ?? 0) + t.bytes;
			return parts;
		}, {}),
		expectedRank: rankOf(slugs, (s) => s === mdxSlug(query.expected)),
		relevantRank: rankOf(slugs, (s) => relevant.has(s)),
	};
}

/** Runs `measure` in a fresh browser context (no cache, no storage), closed after it. */
export async function inContext<T>(
	browser: Browser,
	measure: (context: BrowserContext) => Promise<T>,
): Promise<T> {
	const context = await browser.newContext();
	try {
		return await measure(context);
	} finally {
		await context.close();
	}
}

/** Each query in its own fresh context: Pagefind loads its code, wasm and index from nothing. */
export function measureColdSearch(
	browser: Browser,
	server: StaticServer,
	query: Query,
): Promise<ColdRun> {
	return inContext(browser, async (context) => {
		await watchSearchUis(context);
		const page = await context.newPage();
		server.reset();
		await page.goto(`${server.origin}/cari/?q=${encodeURIComponent(query.q)}`, {
			timeout: STEP_TIMEOUT_MS,
		});
		const drawn = await waitForDrawn(page, 'faq-search-page', 0);
		const run = queryRun(query, drawn.workMs, server.transfers, await resultSlugs(page));
		return { ...run, navigationToResultsMs: drawn.at };
	});
}

/**
 * One page, many searches, as a reader refining a query: each is typed into the search box and
 * submitted (submitting skips the typing debounce, which would only add a constant).
 */
export function measureWarmSearches(
	browser: Browser,
	server: StaticServer,
	queries: readonly Query[],
): Promise<QueryRun[]> {
	return inContext(browser, async (context) => {
		await watchSearchUis(context);
		const page = await context.newPage();
		// The first query warms Pagefind up (code, wasm, metadata); it is the cold case, not counted.
		await page.goto(`${server.origin}/cari/?q=${encodeURIComponent(queries[0]!.q)}`, {
			timeout: STEP_TIMEOUT_MS,
		});
		await waitForDrawn(page, 'faq-search-page', 0);
		const runs: QueryRun[] = [];
		for (const query of queries.slice(1)) {
			const before = await drawnCount(page, 'faq-search-page');
			server.reset();
			// Typing and Enter in one task: a separate Enter could land after the typing debounce
			// had already started a search of its own.
			const submittedAt = await page.evaluate((q) => {
				const box = document.querySelector<HTMLInputElement>('faq-search-page input[name="q"]')!;
				box.value = q;
				box.dispatchEvent(new Event('input', { bubbles: true }));
				const at = performance.now();
				box.form!.requestSubmit();
				return at;
			}, query.q);
			const drawn = await waitForDrawn(page, 'faq-search-page', before);
			runs.push(queryRun(query, drawn.at - submittedAt, server.transfers, await resultSlugs(page)));
		}
		return runs;
	});
}

// ------------------------------------------------------------------ the search UI contract

/**
 * One result set a search UI drew, read from the attributes it sets on its root element (see
 * src/scripts/search-state.ts): the benchmark waits on these states, never on wording.
 */
export interface Drawn {
	/** The UI's root element: `faq-search-page` or `faq-search`. */
	root: string;
	queryId: number;
	/** When the results were in the DOM, on the page's clock (0 = navigation start). */
	at: number;
	/** `data-search-ms`: the search work, from the settled query to the results drawn. */
	workMs: number;
	/** `data-search-shown`: the results drawn then (a list drawn in two steps has more later). */
	shown: number;
	/** `data-search-phases`: ms per step of the search work (`load`, `search`, … `other`). */
	phases: Record<string, number>;
	/** `data-pagefind-searches`. */
	searches: number;
}

/** The rest of a list drawn in two steps landed (`data-search-all-ms`). */
interface Completed {
	root: string;
	queryId: number;
	allMs: number;
}

interface DrawnProbe {
	drawn: Drawn[];
	completed: Completed[];
	errors: string[];
}

/** Runs before the page's scripts: records every result set drawn and every error state. */
function installDrawnProbe(): void {
	const probe: DrawnProbe = { drawn: [], completed: [], errors: [] };
	(window as unknown as { __drawn: DrawnProbe }).__drawn = probe;
	new MutationObserver((records) => {
		const at = performance.now();
		for (const record of records) {
			const el = record.target as HTMLElement;
			if (record.attributeName === 'data-search-query-id') {
				probe.drawn.push({
					root: el.localName,
					queryId: Number(el.dataset['searchQueryId']),
					at,
					workMs: Number(el.dataset['searchMs']),
					shown: Number(el.dataset['searchShown']),
					phases: Object.fromEntries(
						(el.dataset['searchPhases'] ?? '')
							.split(' ')
							.filter(Boolean)
							.map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]),
					),
					searches: Number(el.dataset['pagefindSearches']),
				});
			} else if (record.attributeName === 'data-search-all-ms') {
				if (el.dataset['searchAllMs'] === undefined) continue;
				probe.completed.push({
					root: el.localName,
					queryId: Number(el.dataset['searchQueryId']),
					allMs: Number(el.dataset['searchAllMs']),
				});
			} else if (el.dataset['searchState'] === 'error') {
				probe.errors.push(el.localName);
			}
		}
	}).observe(document, {
		subtree: true,
		attributes: true,
		attributeFilter: ['data-search-query-id', 'data-search-all-ms', 'data-search-state'],
	});
}

/** Adds the probe to every page of the context; call before opening pages. */
export const watchSearchUis = (context: BrowserContext) => context.addInitScript(installDrawnProbe);

/** Waits until `root` has drawn more than `count` result sets, and returns the last one. */
export async function waitForDrawn(page: Page, root: string, count: number): Promise<Drawn> {
	await page.waitForFunction(
		({ root, count }) => {
			const probe = (window as unknown as { __drawn: DrawnProbe }).__drawn;
			if (probe.errors.includes(root)) return true;
			return probe.drawn.filter((d) => d.root === root).length > count;
		},
		{ root, count },
		{ timeout: STEP_TIMEOUT_MS },
	);
	const probe = await page.evaluate(() => (window as unknown as { __drawn: DrawnProbe }).__drawn);
	const mine = probe.drawn.filter((d) => d.root === root);
	if (mine.length <= count) throw new Error(`${root} reported data-search-state="error"`);
	return mine.at(-1)!;
}

/**
 * Waits until the rest of drawn result set `queryId` of `root` is in too (the search page draws
 * a long list in two steps), and returns `data-search-all-ms`.
 */
export async function waitForComplete(page: Page, root: string, queryId: number): Promise<number> {
	const handle = await page.waitForFunction(
		({ root, queryId }) =>
			(window as unknown as { __drawn: DrawnProbe }).__drawn.completed.find(
				(c) => c.root === root && c.queryId === queryId,
			)?.allMs,
		{ root, queryId },
		{ timeout: STEP_TIMEOUT_MS },
	);
	return (await handle.jsonValue()) as number;
}

export const drawnCount = (page: Page, root: string) =>
	page.evaluate(
		(root) =>
			(window as unknown as { __drawn: DrawnProbe }).__drawn.drawn.filter((d) => d.root === root)
				.length,
		root,
	);

/** The result links a search UI shows, in order. */
export const resultHrefs = (page: Page, root: string) =>
	page.$$eval(`${root} [data-search-result] a`, (links) =>
		links.map((a) => a.getAttribute('href') ?? ''),
	);

/**
 * Pastes `text` over what the box holds, as a reader's Ctrl+V does: the browser's own editing
 * turns line breaks into spaces and fires one input event. Returns the page-clock time of the
 * paste. The previous results get two frames to lay out and paint first, as while reading them.
 */
export function pasteInto(page: Page, input: string, text: string): Promise<number> {
	return page.evaluate(
		async ({ input, text }) => {
			await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
			const box = document.querySelector<HTMLInputElement>(input)!;
			box.focus();
			box.select();
			const at = performance.now();
			document.execCommand('insertText', false, text);
			return at;
		},
		{ input, text },
	);
}

// ------------------------------------------------------------------ Pagefind's own JS API

export interface OwnAnswer {
	/** Page-clock time the results were in the DOM. */
	at: number;
	/** From the call to the results drawn. */
	ms: number;
	urls: string[];
}

/**
 * Pagefind's own JS API as its documentation shows it, in the page: load the bundle, `init()`,
 * `search(q)`, `data()` of the first `shown` results, and draw them as a plain list (title link
 * and excerpt) in <main>. No debounce, no query analysis. Must stay self-contained: it runs in
 * the page, and as an init script.
 */
export async function pagefindOwn(arg: {
	q: string;
	shown: number;
	base: string;
}): Promise<OwnAnswer> {
	type Pagefind = {
		options(o: object): Promise<void>;
		init(): Promise<void>;
		search(q: string): Promise<{
			results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[];
		}>;
	};
	const w = window as unknown as { __pagefindOwn?: Promise<Pagefind> };
	const start = performance.now();
	w.__pagefindOwn ??= (async () => {
		const pagefind = (await import(
			/* @vite-ignore */ `${location.origin}${arg.base}pagefind/pagefind.js`
		)) as Pagefind;
		await pagefind.options({ baseUrl: arg.base });
		await pagefind.init();
		return pagefind;
	})();
	const pagefind = await w.__pagefindOwn;
	const response = await pagefind.search(arg.q);
	const pages = await Promise.all(response.results.slice(0, arg.shown).map((r) => r.data()));
	let list = document.getElementById('pagefind-own');
	if (!list) {
		list = document.createElement('ol');
		list.id = 'pagefind-own';
		document.querySelector('main')!.append(list);
	}
	list.replaceChildren(
		...pages.map((page) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = page.url;
			link.textContent = page.meta.title ?? page.url;
			const excerpt = document.createElement('p');
			excerpt.innerHTML = page.excerpt;
			item.append(link, excerpt);
			return item;
		}),
	);
	const at = performance.now();
	return { at, ms: at - start, urls: pages.map((p) => p.url) };
}

/**
 * Navigates to `url` in `context` and runs {@link pagefindOwn} as soon as the document is parsed,
 * as a module script in the page would: the cold case, from navigation to results drawn.
 */
export async function pagefindOwnCold(
	context: BrowserContext,
	url: string,
	arg: { q: string; shown: number; base: string },
): Promise<{ page: Page; answer: OwnAnswer }> {
	await context.addInitScript({
		content: `document.addEventListener('DOMContentLoaded', () => { window.__ownCold = (${pagefindOwn.toString()})(${JSON.stringify(arg)}); });`,
	});
	const page = await context.newPage();
	await page.goto(url, { timeout: STEP_TIMEOUT_MS });
	await page.waitForFunction(
		() => (window as unknown as { __ownCold?: unknown }).__ownCold,
		undefined,
		{
			timeout: STEP_TIMEOUT_MS,
		},
	);
	const answer = await page.evaluate(
		() => (window as unknown as { __ownCold: Promise<OwnAnswer> }).__ownCold,
	);
	return { page, answer };
}
