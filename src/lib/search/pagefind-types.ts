/**
 * The slice of Pagefind's browser API this site uses, the one definition for the search
 * scripts, the pipeline, its tests and the benchmarks. Pagefind ships no types for its browser
 * bundle, which is generated at build time, so the contract is written down here.
 */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { element: string; id: string; text: string; location: number };
}

/** What `result.data()` returns: the page's fragment. */
export interface PagefindResultData {
	url: string;
	/** The text Pagefind indexed for the page. */
	content: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results: PagefindSubResult[];
	word_count: number;
}

export interface PagefindResult<D = PagefindResultData> {
	id: string;
	score: number;
	words?: number[];
	data(): Promise<D>;
}

export type PagefindFilters = Record<
	string,
	string | string[] | { any?: string[]; all?: string[]; none?: string[]; not?: string[] }
>;

export interface PagefindSearchResponse<D = PagefindResultData> {
	results: PagefindResult<D>[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi<D = PagefindResultData> {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<PagefindSearchResponse<D> | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string, options?: unknown): Promise<void>;
}
