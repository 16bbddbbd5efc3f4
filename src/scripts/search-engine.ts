import {
	highlightTerms,
	matchSignatures,
	mergeResults,
	pickSubResult,
	signatureShardFiles,
	type PreparedQuery,
	type ScoredResult,
	type SignatureHit,
	type SignatureManifest,
	type SignatureShard,
} from '../lib/search';
import {
	loadPagefind,
	type PagefindFilters,
	type PagefindResult,
	type PagefindResultData,
	type PagefindSearchResponse,
} from './pagefind-client';
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
	hits: SearchHit[];
	/** True when nothing matched every word and the hits are the closest matches instead. */
	approximate: boolean;
	/** Pagefind's response to the strict pass, for filter counts. */
	response: PagefindSearchResponse;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const EMPTY: PagefindSearchResponse = {
	results: [],
	unfilteredResultCount: 0,
	filters: {},
	totalFilters: {},
};

const json = <T>(path: string): Promise<T> =>
	fetch(`${BASE}${path}`).then((r) =>
		r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(path)),
	);

let manifest: Promise<SignatureManifest | null> | undefined;
const shards = new Map<string, Promise<SignatureShard>>();

/** Error signatures the text contains; fetches only the shards its words point to. */
async function signatureHits(prepared: PreparedQuery): Promise<SignatureHit[]> {
	manifest ??= json<SignatureManifest>('search/signatures/manifest.json').catch(() => null);
	const known = await manifest;
	if (!known) return [];
	const names = signatureShardFiles(prepared, known);
	const loaded = await Promise.all(
		names.map((name) => {
			let shard = shards.get(name);
			if (!shard) {
				shard = json<SignatureShard>(`search/signatures/${name}`).catch(() => []);
				shards.set(name, shard);
			}
			return shard;
		}),
	);
	return matchSignatures(prepared, loaded, known);
}

/** Starts loading Pagefind and its index so the first search does not wait for them. */
export function warmUp(): Promise<unknown> {
	return loadPagefind();
}

const scored = (results: readonly PagefindResult[]): ScoredResult[] =>
	results.map((r) => ({ id: r.id, url: r.id, score: r.score }));

/**
 * Runs every pass for one prepared query: error signatures, the strict all-words search, and,
 * when that finds nothing, one search per meaningful word. Only the best `limit` pages are
 * fetched in full, so a pasted log costs a handful of requests however long it is.
 */
export async function search(
	prepared: PreparedQuery,
	options: { filters?: PagefindFilters; limit?: number } = {},
): Promise<SearchOutcome> {
	const __t0 = performance.now(); const __w = ((window as any).__se ??= []); const __r: any = {}; __w.push(__r);
	const limit = options.limit ?? 20;
	const filtered = options.filters !== undefined && Object.keys(options.filters).length > 0;
	const pagefind = await loadPagefind();
	const run = async (q: string) =>
		(await pagefind.search(q, filtered ? { filters: options.filters! } : {})) ?? EMPTY;
	const [signatures, strict] = await Promise.all([
		signatureHits(prepared),
		prepared.strict ? run(prepared.strict) : EMPTY,
	]);
	__r.sigStrict = performance.now() - __t0;
	const termResponses = strict.results.length
		? []
		: await Promise.all(
				prepared.meaningful.map(async (term) => ({ term, response: await run(term) })),
			);
	const perTerm = termResponses.map(({ term, response }) => ({
		term,
		results: scored(response.results),
	}));

	__r.perTerm = performance.now() - __t0; __r.n = prepared.meaningful.length; __r.strictN = strict.results.length;
	// Rank Pagefind's pages among themselves first, then fetch only the best of them in full.
	const pages = new Map<string, PagefindResult>();
	for (const r of [...strict.results, ...termResponses.flatMap((t) => t.response.results)])
		pages.set(r.id, r);
	const best = mergeResults({ strict: scored(strict.results), perTerm }).results.slice(0, limit);
	const data = new Map<string, PagefindResultData>();
	await Promise.all(best.map(async ({ id }) => data.set(id, await pages.get(id)!.data())));
	__r.data = performance.now() - __t0; __r.best = best.length;
	const urlOf = new Map([...data].map(([id, d]) => [id, d.url]));
	const byUrl = (list: readonly ScoredResult[]) =>
		list.flatMap((r) =>
			urlOf.has(r.id) ? [{ ...r, id: urlOf.get(r.id)!, url: urlOf.get(r.id)! }] : [],
		);
	const dataByUrl = new Map([...data.values()].map((d) => [d.url, d]));
	// Under filters, a signature counts only for a page the filters let through.
	const usable = filtered ? signatures.filter((s) => dataByUrl.has(s.url)) : signatures;
	const merged = mergeResults({
		signatures: usable,
		strict: byUrl(scored(strict.results)),
		perTerm: perTerm.map((t) => ({ term: t.term, results: byUrl(t.results) })),
	});

	const highlight = highlightTerms(prepared);
	const hits: SearchHit[] = [];
	for (const result of merged.results.slice(0, limit)) {
		const page = dataByUrl.get(result.url);
		const signature = usable.find((s) => s.url === result.url);
		if (!page && !signature?.title) continue;
		const link = page
			? pickSubResult(page, prepared, { signature: signature ? (signature.anchor ?? true) : null })
			: { url: `${result.url}${signature!.anchor ? `#${signature!.anchor}` : ''}`, title: null };
		const sub = page?.sub_results.find((s) => s.url === link.url);
		const hit: SearchHit = {
			url: withHighlight(link.url, highlight),
			title: page?.meta['title'] ?? signature!.title!,
			excerpt: sub?.excerpt ?? page?.excerpt ?? '',
			badges: (page?.meta['badges'] ?? '').split(' · ').filter(Boolean),
		};
		if (link.title && link.url.includes('#')) hit.section = link.title;
		hits.push(hit);
	}
	__r.total = performance.now() - __t0;
	return { hits, approximate: merged.approximate && hits.length > 0, response: strict };
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
	return { hits, approximate: false, response };
}

/** Only the counts of a search, without fetching any result: for the filter UI. */
export async function countSearch(
	prepared: PreparedQuery | null,
	filters: PagefindFilters,
): Promise<PagefindSearchResponse> {
	const pagefind = await loadPagefind();
	return (await pagefind.search(prepared?.strict || null, { filters })) ?? EMPTY;
}
