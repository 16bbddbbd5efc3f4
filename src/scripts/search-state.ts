/**
 * What a search UI tells tests and the benchmark about itself, on its root element, so they wait
 * on states instead of on wording that changes with the copy:
 * - `data-search-state`: `idle` (nothing to search), `loading` (a query is typed or running),
 *   `done` (the latest query's results, maybe none, are drawn), `error` (the search failed);
 * - once a query's results are drawn: `data-search-query-id` (counts up per drawn result set),
 *   `data-search-ms` (the search work, from the settled query, after the debounce, to the results
 *   drawn, on the page's `performance.now()` clock) and `data-pagefind-searches` (how many
 *   Pagefind searches that query ran).
 */
export type SearchUiState = 'idle' | 'loading' | 'done' | 'error';

export function setSearchState(root: HTMLElement, state: SearchUiState): void {
	root.dataset['searchState'] = state;
}

/** One settled query's work, from when it left the debounce. */
export interface SearchWork {
	startedAt: number;
	searches: number;
}

export const startWork = (): SearchWork => ({ startedAt: performance.now(), searches: 0 });

/** Call right after a query's results are in the DOM. */
export function markDrawn(root: HTMLElement, work: SearchWork): void {
	const ms = performance.now() - work.startedAt;
	root.dataset['searchQueryId'] = String(Number(root.dataset['searchQueryId'] ?? 0) + 1);
	root.dataset['searchMs'] = ms.toFixed(1);
	root.dataset['pagefindSearches'] = String(work.searches);
	setSearchState(root, 'done');
}
