/**
 * What a search UI tells tests and the benchmark about itself, on its root element, so they wait
 * on states instead of on wording that changes with the copy:
 * - `data-search-state`: `idle` (nothing to search), `loading` (a query is typed or running),
 *   `done` (the latest query's results, maybe none, are drawn), `error` (the search failed);
 * - once a query's results are drawn: `data-search-query-id` (counts up per drawn result set),
 *   `data-search-ms` (the search work, from the settled query, after the debounce, to the results
 *   drawn, on the page's `performance.now()` clock) and `data-pagefind-searches` (how many
 *   Pagefind searches that query ran), `data-search-shown` (the results drawn then),
 *   `data-search-phases` (`load=… search=… read=… rank=… link=… other=…`, ms: where the work
 *   went, see `SearchPhases` in run-search.ts; `other` is the UI's share);
 * - a list drawn in two steps (the search page draws the ranked results, then the rest):
 *   `data-search-all-ms` once the rest is in, on the same clock as `data-search-ms`.
 */
export type SearchUiState = 'idle' | 'loading' | 'done' | 'error';

export function setSearchState(root: HTMLElement, state: SearchUiState): void {
	root.dataset['searchState'] = state;
}

/** One settled query's work, from when it left the debounce. */
export interface SearchWork {
	startedAt: number;
	searches: number;
	/** The search's own account of its steps (`SearchOutcome.phases`). */
	phases?: Readonly<Record<string, number>> | undefined;
}

export const startWork = (): SearchWork => ({ startedAt: performance.now(), searches: 0 });

const since = (work: SearchWork) => (performance.now() - work.startedAt).toFixed(1);

/** Call right after a query's first results (`shown` of them) are in the DOM. */
export function markDrawn(root: HTMLElement, work: SearchWork, shown: number): void {
	root.dataset['searchQueryId'] = String(Number(root.dataset['searchQueryId'] ?? 0) + 1);
	root.dataset['searchMs'] = since(work);
	// What the steps leave over is the UI's: preparing the query, drawing, waiting its turn.
	const phases = { ...work.phases };
	const steps = Object.values(phases).reduce((sum, ms) => sum + ms, 0);
	phases['other'] = Number(root.dataset['searchMs']) - steps;
	root.dataset['searchPhases'] = Object.entries(phases)
		.map(([name, ms]) => `${name}=${ms.toFixed(1)}`)
		.join(' ');
	root.dataset['searchShown'] = String(shown);
	root.dataset['pagefindSearches'] = String(work.searches);
	delete root.dataset['searchAllMs'];
	setSearchState(root, 'done');
}

/** Call when the rest of a list drawn in two steps is in the DOM too. */
export function markComplete(root: HTMLElement, work: SearchWork): void {
	root.dataset['searchAllMs'] = since(work);
}
