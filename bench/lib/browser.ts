/**
 * What a reader's browser does with a build: the first load of an entry page, and searches
 * through the site's real search page (`/cari/`), in headless Chromium.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Query } from './corpus';
import type { StaticServer, Transfer } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STEP_TIMEOUT_MS = 30_000;
const SEARCHING = 'Mencari…';

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		// The machine has no network: keep Chromium from phoning home, which would add requests.
		args: [
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
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
export async function measureFirstLoad(
	browser: Browser,
	server: StaticServer,
	path: string,
): Promise<FirstLoad> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		server.reset();
		const response = await page.goto(server.origin + path, {
			waitUntil: 'networkidle',
			timeout: STEP_TIMEOUT_MS,
		});
		if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
		return summarize(server.transfers);
	} finally {
		await context.close();
	}
}

/**
 * Watches the search page's status line from the first script on: the page sets it to
 * "Mencari…" when a search starts and to the outcome once the results are in the list. The
 * timestamps are the page's own clock, so Playwright's round trips do not count.
 */
function installSearchProbe(searching: string): void {
	const probe = { submittedAt: 0, startedAt: 0, doneAt: 0 };
	(window as unknown as { __bench: typeof probe }).__bench = probe;
	document.addEventListener('submit', () => (probe.submittedAt = performance.now()), true);
	new MutationObserver(() => {
		const text = document.querySelector('[data-search-status]')?.textContent ?? '';
		if (text === searching) {
			if (!probe.startedAt) probe.startedAt = performance.now();
		} else if ((probe.startedAt || probe.submittedAt) && !probe.doneAt) {
			// A warm search can finish within one microtask run, so "Mencari…" is never seen
			// then: a submitted search is done at the first other status text after the submit.
			probe.doneAt = performance.now();
		}
	}).observe(document, { subtree: true, childList: true, characterData: true });
}

interface Probe {
	submittedAt: number;
	startedAt: number;
	doneAt: number;
}

async function waitForResults(page: Page): Promise<Probe> {
	await page.waitForFunction(
		() => (window as unknown as { __bench: Probe }).__bench.doneAt > 0,
		undefined,
		{
			timeout: STEP_TIMEOUT_MS,
		},
	);
	return page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
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
	/** From the start of the search (status "Mencari…") to results on screen. */
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

/** Each query in its own fresh context: Pagefind loads its code, wasm and index from nothing. */
export async function measureColdSearch(
	browser: Browser,
	server: StaticServer,
	query: Query,
): Promise<ColdRun> {
	const context = await browser.newContext();
	try {
		await context.addInitScript(installSearchProbe, SEARCHING);
		const page = await context.newPage();
		server.reset();
		await page.goto(`${server.origin}/cari/?q=${encodeURIComponent(query.q)}`, {
			timeout: STEP_TIMEOUT_MS,
		});
		const probe = await waitForResults(page);
		const run = queryRun(
			query,
			probe.doneAt - probe.startedAt,
			server.transfers,
			await resultSlugs(page),
		);
		return { ...run, navigationToResultsMs: probe.doneAt };
	} finally {
		await context.close();
	}
}

/**
 * One page, many searches, as a reader refining a query: each is typed into the search box and
 * submitted (submitting skips the 200 ms typing debounce, which would only add a constant).
 */
export async function measureWarmSearches(
	browser: Browser,
	server: StaticServer,
	queries: readonly Query[],
): Promise<QueryRun[]> {
	const context = await browser.newContext();
	try {
		await context.addInitScript(installSearchProbe, SEARCHING);
		const page = await context.newPage();
		// The first query warms Pagefind up (code, wasm, metadata); it is the cold case, not counted.
		await page.goto(`${server.origin}/cari/?q=${encodeURIComponent(queries[0]!.q)}`, {
			timeout: STEP_TIMEOUT_MS,
		});
		await waitForResults(page);
		const runs: QueryRun[] = [];
		for (const query of queries.slice(1)) {
			server.reset();
			// Typing and Enter in one task: a separate Enter could land after the 200 ms typing
			// debounce had already started a search of its own.
			await page.evaluate((q) => {
				const probe = (window as unknown as { __bench: Probe }).__bench;
				probe.submittedAt = probe.startedAt = probe.doneAt = 0;
				const box = document.querySelector<HTMLInputElement>('faq-search-page input[name="q"]')!;
				box.value = q;
				box.dispatchEvent(new Event('input', { bubbles: true }));
				box.form!.requestSubmit();
			}, query.q);
			const probe = await waitForResults(page);
			runs.push(
				queryRun(
					query,
					probe.doneAt - probe.submittedAt,
					server.transfers,
					await resultSlugs(page),
				),
			);
		}
		return runs;
	} finally {
		await context.close();
	}
}
