import { highlightTerms } from '../lib/search/highlight-terms';
import { pickSubResult } from '../lib/search/pick-sub-result';
import type { PreparedQuery } from '../lib/search/prepare-query';
import { runSearch, type PipelineHit } from '../lib/search/run-search';
import {
	loadPagefind,
	type PagefindFilters,
	type PagefindResultData,
	type PagefindSearchResponse,
} from './pagefind-client';
import * as files from './search-files';
import { HIGHLIGHT_PARAM } from './search-highlight-param';

/** One result as the search UIs render it. */
export interface SearchHit {
	url: string;
	title: string;
	/** The section the link lands on, when it is not the top of the page. */
	section?: string;
	excerpt: string;
	badges: string[];
}

export interface SearchOutcome {
	/** The results to draw at once: those the ranking read. */
	hits: SearchHit[];
	/** The rest of the list, after `hits` (see `runSearch`); empty when there is none. */
	more: () => Promise<SearchHit[]>;
	/** How many results `hits` and `more()` hold together, for the count the reader hears. */
	total: number;
	/** True when nothing matched every word and the hits are the closest matches instead. */
	approximate: boolean;
	/** Pagefind's response to the all-words search, for filter counts. */
	response: PagefindSearchResponse;
	/** The query as searched (unindexed words left out), for filter counts; null when browsing. */
	searched: PreparedQuery | null;
	/** Pagefind searches this query ran (see search-state.ts). */
	searches: number;
	/** Where the time went, in ms (see search-state.ts); none when browsing. */
	phases?: Readonly<Record<string, number>>;
}

const EMPTY: PagefindSearchResponse = {
	results: [],
	unfilteredResultCount: 0,
	filters: {},
	totalFilters: {},
};

const deps = (
	search: (q: string) => Promise<PagefindSearchResponse>,
	preload: (q: string) => Promise<void>,
) => ({
	search,
	preload,
	manifest: files.signatureManifest,
	shard: files.signatureShard,
	vocabulary: files.vocabularyManifest,
	vocabularyShard: files.vocabularyShard,
	empty: EMPTY,
});

/**
 * Starts loading Pagefind, its index and the search files' manifests, so the first search does
 * not wait for them. A failure is the search's to report, when it awaits the same load.
 */
export function warmUp(): void {
	loadPagefind().catch(() => undefined);
	void files.signatureManifest();
	void files.vocabularyManifest();
}

/**
 * Runs the pipeline for one prepared query (see `runSearch`): error signatures and the words'
 * vocabulary shards, then one Pagefind search with the filters (two when no page has every
 * word). Only the best pages are fetched in full, so a pasted log costs a handful of requests
 * however long it is.
 */
export async function search(
	prepared: PreparedQuery,
	options: { filters?: PagefindFilters; limit?: number } = {},
): Promise<SearchOutcome> {
	const limit = options.limit ?? 20;
	const filtered = options.filters !== undefined && Object.keys(options.filters).length > 0;
	const filters = filtered ? { filters: options.filters! } : {};
	// Not awaited here: the error signatures and the vocabulary load while Pagefind starts.
	const pagefind = loadPagefind();
	// A failure reaches the reader through the search that awaits it; a query that runs none
	// (every word unknown) must not leave it unhandled.
	pagefind.catch(() => undefined);
	const outcome = await runSearch<PagefindResultData, PagefindSearchResponse>(
		deps(
			async (q) => (await (await pagefind).search(q, filters)) ?? EMPTY,
			async (q) => (await pagefind).preload(q, filters),
		),
		prepared,
		{ limit, filtered },
	);

	const linked = performance.now();
	const highlight = highlightTerms(outcome.prepared);
	const toHits = (results: readonly PipelineHit<PagefindResultData>[]) =>
		results.flatMap((result) => hitOf(result, outcome.prepared, highlight) ?? []);
	const hits = toHits(outcome.results);
	return {
		hits,
		more: async () => toHits(await outcome.more()),
		total: outcome.total - (outcome.results.length - hits.length),
		approximate: outcome.approximate && hits.length > 0,
		response: outcome.strict,
		searched: outcome.prepared,
		searches: outcome.searches,
		phases: { ...outcome.phases, link: performance.now() - linked },
	};
}

/** One result as drawn, linked to its best section; null for a signature with no title. */
function hitOf(
	{ url, data: page, signature }: PipelineHit<PagefindResultData>,
	prepared: PreparedQuery,
	highlight: readonly string[],
): SearchHit | null {
	if (!page && !signature?.title) return null;
	const link = page
		? pickSubResult(page, prepared, { signature: signature ? (signature.anchor ?? true) : null })
		: { url: `${url}${signature!.anchor ? `#${signature!.anchor}` : ''}`, title: null };
	const sub = page?.sub_results.find((s) => s.url === link.url);
	const hit: SearchHit = {
		url: withHighlight(link.url, highlight),
		title: page?.meta['title'] ?? signature!.title!,
		excerpt: sub?.excerpt ?? page?.excerpt ?? '',
		badges: (page?.meta['badges'] ?? '').split(' · ').filter(Boolean),
	};
	if (link.title && link.url.includes('#')) hit.section = link.title;
	return hit;
}

/** Adds the words to highlight as query parameters, before the section anchor. */
function withHighlight(url: string, terms: readonly string[]): string {
	if (terms.length === 0) return url;
	const [path, hash] = url.split('#');
	const params = new URLSearchParams(terms.map((t) => [HIGHLIGHT_PARAM, t]));
	return `${path}${path!.includes('?') ? '&' : '?'}${params}${hash ? `#${hash}` : ''}`;
}

/** Every entry the filters let through, for browsing with no words. */
export async function browse(filters: PagefindFilters, limit = 200): Promise<SearchOutcome> {
	const pagefind = await loadPagefind();
	const response = (await pagefind.search(null, { filters })) ?? EMPTY;
	const pages = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
	const hits = pages
		.map((page) => ({
			url: page.url,
			title: page.meta['title'] ?? page.url,
			excerpt: page.excerpt,
			badges: (page.meta['badges'] ?? '').split(' · ').filter(Boolean),
		}))
		.sort((a, b) => a.title.localeCompare(b.title, 'id'));
	return {
		hits,
		more: async () => [],
		total: hits.length,
		approximate: false,
		response,
		searched: null,
		searches: 1,
	};
}

/**
 * Only the counts of a search, without fetching any result: for the filter UI. Give it the
 * query as searched (`SearchOutcome.searched`), so the counts are of the words searched.
 */
export async function countSearch(
	searched: PreparedQuery | null,
	filters: PagefindFilters,
): Promise<PagefindSearchResponse> {
	const pagefind = await loadPagefind();
	return (await pagefind.search(searched?.strict || null, { filters })) ?? EMPTY;
}
