import {
	loadPagefind,
	type PagefindFilters,
	type PagefindResultData,
	type PagefindSearchResponse,
} from './pagefind-client';

/** One result as the search UIs render it. */
export interface SearchHit {
	url: string;
	title: string;
	/** The section the link lands on, when it is not the top of the page. */
	section?: string;
	excerpt: string;
	ref?: string;
	badges: string[];
}

export interface SearchOutcome {
	hits: SearchHit[];
	/** True when nothing matched every word and the hits are the closest matches instead. */
	approximate: boolean;
	/** Pagefind's own response, for filter counts. */
	response: PagefindSearchResponse;
}

const EMPTY: PagefindSearchResponse = {
	results: [],
	unfilteredResultCount: 0,
	filters: {},
	totalFilters: {},
};

const marks = (s: string) => s.split('<mark>').length - 1;

function toHit(data: PagefindResultData): SearchHit {
	// Deep-link to the section whose excerpt holds the most hits; the page top wins ties.
	let best: PagefindResultData['sub_results'][number] | undefined;
	for (const sub of data.sub_results) {
		if (!best || marks(sub.excerpt) > marks(best.excerpt)) best = sub;
	}
	const onSection = best && best.url !== data.url && best.url.includes('#');
	const hit: SearchHit = {
		url: onSection ? best!.url : data.url,
		title: data.meta['title'] ?? data.url,
		excerpt: onSection ? best!.excerpt : data.excerpt,
		badges: (data.meta['badges'] ?? '').split(' · ').filter(Boolean),
	};
	if (onSection) hit.section = best!.title;
	if (data.meta['ref']) hit.ref = data.meta['ref'];
	return hit;
}

/** Starts loading Pagefind and its index so the first search does not wait for them. */
export function warmUp(): Promise<unknown> {
	return loadPagefind();
}

/** Runs one search; `limit` caps how many result fragments are fetched. */
export async function runSearch(
	query: string,
	options: { filters?: PagefindFilters; limit?: number } = {},
): Promise<SearchOutcome> {
	const pagefind = await loadPagefind();
	const response = await pagefind.search(
		query.trim() || null,
		options.filters ? { filters: options.filters } : {},
	);
	if (!response) return { hits: [], approximate: false, response: EMPTY };
	const hits = await Promise.all(
		response.results.slice(0, options.limit ?? 20).map(async (r) => toHit(await r.data())),
	);
	return { hits, approximate: false, response };
}

/** Only the counts of a search, without fetching any result: for the filter UI. */
export async function countSearch(
	query: string,
	filters: PagefindFilters,
): Promise<PagefindSearchResponse> {
	const pagefind = await loadPagefind();
	return (await pagefind.search(query.trim() || null, { filters })) ?? EMPTY;
}
