import { loadPagefind, type PagefindFilters, type PagefindResultData } from './pagefind-client';

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
	/** Result counts per filter value for the current query (Pagefind's `filters`). */
	counts: Record<string, Record<string, number>>;
}

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
	if (!response) return { hits: [], approximate: false, counts: {} };
	const hits = await Promise.all(
		response.results.slice(0, options.limit ?? 20).map(async (r) => toHit(await r.data())),
	);
	return { hits, approximate: false, counts: response.filters };
}
