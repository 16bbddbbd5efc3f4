/**
 * The slice of Pagefind's browser API this site uses. Pagefind ships no types for its browser
 * bundle, which is generated at build time, so the contract is written down here.
 */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { element: string; id: string; text: string; location: number };
}

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[]>;
	sub_results: PagefindSubResult[];
	word_count: number;
}

export interface PagefindResult {
	id: string;
	score: number;
	words: number[];
	data(): Promise<PagefindResultData>;
}

export type PagefindFilters = Record<
	string,
	string | string[] | { any?: string[]; all?: string[]; none?: string[]; not?: string[] }
>;

export interface PagefindSearchResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<PagefindSearchResponse | null>;
	debouncedSearch?: unknown;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string, options?: unknown): Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind on first use only: no search code or index is fetched until a reader focuses or
 * types in a search box. The base path makes it work when the site lives under a sub-path.
 */
export function loadPagefind(): Promise<PagefindApi> {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	loading ??= (
		import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>
	).then(
		async (pagefind) => {
			await pagefind.options({ baseUrl: base, excerptLength: 26 });
			await pagefind.init();
			return pagefind;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}
