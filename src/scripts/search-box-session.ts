/**
 * The header's and the 404 page's search box once the reader starts using it: the query layer,
 * Pagefind and what the box says about results. faq-search.ts, which every page loads, imports
 * this on first focus, so none of it is in the first-load script.
 */
import { searchBoxResultsText as text } from '../i18n/search-box-results';
import { prepareQuery } from '../lib/search/prepare-query';
import { createSearchController } from '../lib/search/search-controller';
import * as engine from './search-engine';
import { renderHit } from './search-render';
import * as ui from './search-state';

/** Results the box shows: no more than the ranking reads, so `more()` is always empty. */
const SHOWN = 6;
/** Only a reader who stopped typing hears "no results"; a pause mid-word does not. */
const EMPTY_AFTER_MS = 700;

/** What the box's element lets the session do to it. */
export interface SearchBoxView {
	/** The element: it carries the search state for tests and the benchmark. */
	readonly root: HTMLElement;
	/** The text in the box now. */
	readonly value: () => string;
	/** Replaces the listed results. */
	readonly draw: (items: HTMLLIElement[]) => void;
	/** Says a message in the box's live region and opens its panel. */
	readonly show: (message: string) => void;
	readonly hide: () => void;
}

/**
 * Starts the box's search: call `input` with the box's text on every keystroke, `whole` when the
 * event brought a whole text (a paste: searched at once, without the typing pause).
 */
export function startBoxSearch(view: SearchBoxView): { input(text: string, whole: boolean): void } {
	engine.warmUp();
	let approximate = false;
	let work = ui.startWork();
	let emptyTimer: ReturnType<typeof setTimeout> | undefined;
	const controller = createSearchController({
		// Called once per settled query, as its search starts.
		prepare: (query) => {
			work = ui.startWork();
			return prepareQuery(query);
		},
		search: async (prepared) => {
			const mine = work;
			const outcome = await engine.search(prepared, { limit: SHOWN });
			mine.searches += outcome.searches;
			mine.phases = outcome.phases;
			approximate = outcome.approximate;
			return [...outcome.hits, ...(await outcome.more())];
		},
		onResults: (hits, prepared) => {
			view.draw(hits.map((hit) => renderHit(hit, true)));
			if (hits.length) view.show(text.results(hits.length, approximate));
			if (prepared) ui.markDrawn(view.root, work, hits.length);
		},
		onState: (state) => {
			clearTimeout(emptyTimer);
			if (state === 'idle' || state === 'error') ui.setSearchState(view.root, state);
			else if (state === 'typing' || state === 'searching') ui.setSearchState(view.root, 'loading');
			if (state === 'idle') view.hide();
			else if (state === 'error') view.show(text.failed);
			else if (state === 'empty') {
				emptyTimer = setTimeout(() => view.show(text.nothing(view.value().trim())), EMPTY_AFTER_MS);
			}
		},
	});
	return {
		input(query, whole) {
			clearTimeout(emptyTimer);
			controller.input(query);
			if (whole) controller.flush();
		},
	};
}
