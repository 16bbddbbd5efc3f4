import {
	type FacetCounts,
	type FacetKey,
	type FilterState,
	activeFacets,
	buildPagefindFilters,
	explainEmpty,
	facetCounts,
	parseFilterState,
	serializeFilterState,
} from '../lib/facet-filters';
import { filtersText } from '../i18n/filters';
import { searchPageText } from '../i18n/search';
import { PROFILE_STORAGE_KEY, parseProfile, profileToFilterState } from '../lib/profile';
import { prepareQuery } from '../lib/search/prepare-query';
import { createSearchController } from '../lib/search/search-controller';
import { isWholeInsertion } from '../lib/search/whole-insertion';
import { loadPagefind } from './pagefind-client';
import { browse, countSearch, search, warmUp, type SearchOutcome } from './search-engine';
import { renderHit } from './search-render';
import {
	markComplete,
	markDrawn,
	setSearchState,
	startWork,
	type SearchWork,
} from './search-state';
import { readStored } from './storage';

/**
 * The search page. Words and filters live in the URL (`?q=…&runtime=docker&versi=1.28`): they run
 * on load, the URL follows the form (the first change after a settled search opens a history
 * entry, later keystrokes replace it), and Back/Forward restore earlier searches. With no words,
 * the filters alone list every entry that applies.
 */
class FaqSearchPage extends HTMLElement {
	#form!: HTMLFormElement;
	#input!: HTMLInputElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#profileNote!: HTMLElement;
	#filterCount!: HTMLElement;
	#committed = '';
	#seq = 0;
	#last: { outcome: SearchOutcome; counts: FacetCounts | null } | undefined;
	/** The outcome whose results the list holds. */
	#shown: SearchOutcome | undefined;
	/**
	 * Whether to show a count beside each filter value. The counts need Pagefind's filter index,
	 * the largest download of a search (160 KB of 600 at 10,000 entries), so a search with no
	 * filter set leaves it out until the reader turns to the filters.
	 */
	#countsWanted = false;
	#work = startWork();
	#controller = createSearchController<SearchOutcome>({
		// Called once per settled query, as its search starts.
		prepare: (text) => {
			this.#work = startWork();
			return prepareQuery(text);
		},
		search: async (prepared) => {
			const work = this.#work;
			const outcome = await this.#run(() =>
				search(prepared, { filters: this.#filters(), limit: 50 }),
			);
			work.searches += outcome.searches;
			work.phases = outcome.phases;
			return [outcome];
		},
		onResults: (outcomes) => {
			if (!outcomes[0]) return;
			this.#commit();
			this.#render(outcomes[0], this.#work);
		},
		onState: (state) => {
			if (state === 'idle' || state === 'error') setSearchState(this, state);
			else if (state === 'typing' || state === 'searching') setSearchState(this, 'loading');
			if (state === 'searching' && !this.#list.childElementCount)
				this.#status.textContent = searchPageText.searching;
			if (state === 'error') this.#status.textContent = searchPageText.cannotLoad;
		},
	});

	connectedCallback() {
		setSearchState(this, 'idle');
		this.#form = this.querySelector('form')!;
		this.#input = this.#form.querySelector('input[name="q"]')!;
		this.#list = this.querySelector('ol[data-results]')!;
		this.#status = this.querySelector('[data-search-status]')!;
		this.#profileNote = this.querySelector('[data-profile-applied]')!;
		this.#filterCount = this.querySelector('[data-filter-count]')!;
		this.#form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#commit();
			this.#go(true);
		});
		this.#input.addEventListener('input', (e) => {
			this.#write('replace');
			// A paste is searched at once; typed keys wait for the typing pause.
			this.#go(isWholeInsertion(e as InputEvent));
		});
		this.#form.addEventListener('change', (e) => {
			if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'checkbox') return;
			this.#filtersChanged();
		});
		this.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
			for (const box of this.#boxes()) box.checked = false;
			this.#filtersChanged();
		});
		const filters = this.querySelector('details.search-page__filters');
		// Open where CSS shows the filters beside the results, so assistive technology says so.
		const wide = matchMedia('(min-width: 60rem)');
		const unfold = () => {
			if (wide.matches && filters instanceof HTMLDetailsElement) filters.open = true;
		};
		unfold();
		wide.addEventListener('change', unfold);
		const wantCounts = () => {
			if (this.#countsWanted) return;
			this.#countsWanted = true;
			this.#go(true);
		};
		for (const type of ['pointerenter', 'focusin'] as const)
			filters?.addEventListener(type, wantCounts, { once: true });
		window.addEventListener('popstate', () => this.#read());
		// Opened with words (a link from a ticket, Enter in a search box), the page searches at
		// once: Pagefind and the manifests load while the query is prepared, not after it.
		if (new URLSearchParams(location.search).get('q')?.trim()) warmUp();
		// The first search in a task of its own: with this script's evaluation it would block a
		// phone's main thread for a long task, delaying whatever the reader does meanwhile.
		setTimeout(() => this.#read(true));
	}

	#filtersChanged() {
		this.#profileNote.hidden = true;
		this.#showTicked();
		this.#write('push');
		this.#commit();
		this.#go(true);
	}

	/** Searches the words, or lists what the filters allow when there are none. */
	#go(now: boolean) {
		const state = this.#state();
		if (state.q.trim()) {
			// The URL keeps a short query; the search gets everything pasted into the box.
			this.#controller.input(this.#input.value);
			if (now) this.#controller.flush();
			return;
		}
		this.#controller.input('');
		if (activeFacets(state).length === 0) {
			this.#seq++;
			setSearchState(this, 'idle');
			this.#list.replaceChildren();
			this.#shown = undefined;
			this.#showCounts(null);
			this.#status.textContent = searchPageText.prompt;
			return;
		}
		const seq = ++this.#seq;
		const work = startWork();
		setSearchState(this, 'loading');
		void this.#run(() => browse(buildPagefindFilters(state))).then(
			(outcome) => {
				if (seq !== this.#seq) return;
				work.searches += outcome.searches;
				this.#render(outcome, work);
			},
			() => {
				setSearchState(this, 'error');
				this.#status.textContent = searchPageText.cannotLoad;
			},
		);
	}

	/** Runs a search and, after it, the searches that give each filter value its count. */
	async #run(main: () => Promise<SearchOutcome>) {
		const state = this.#state();
		const facets = activeFacets(state);
		if (facets.length === 0 && !this.#countsWanted) {
			const outcome = await main();
			this.#last = { outcome, counts: null };
			return outcome;
		}
		// Pagefind reports filter counts only once its filter index is loaded.
		await (await loadPagefind()).filters();
		const outcome = await main();
		// Counted for the words the search sent, which only the search's outcome knows.
		const omitted = await Promise.all(
			facets.map((f) => countSearch(outcome.searched, buildPagefindFilters(state, f))),
		);
		const counts = facetCounts(
			outcome.response,
			Object.fromEntries(facets.map((f, i) => [f, omitted[i]!])),
		);
		this.#last = { outcome, counts };
		return outcome;
	}

	/**
	 * Draws the results the ranking read at once, then appends the rest of the list as it
	 * arrives, unless a newer search was drawn meanwhile. The count is said once, for the whole
	 * list.
	 */
	#render(outcome: SearchOutcome, work: SearchWork) {
		const state = this.#state();
		const counts = this.#last?.outcome === outcome ? this.#last.counts : null;
		this.#showCounts(counts?.perValue ?? null);
		// A redraw (the filter counts re-search the same words) must not drop a reader who tabbed
		// into the list: the same result, if still there, keeps the focus.
		const focused = this.#list.contains(document.activeElement)
			? document.activeElement?.getAttribute('href')
			: null;
		this.#list.replaceChildren(...outcome.hits.map((h) => renderHit(h)));
		if (focused)
			[...this.#list.querySelectorAll('a')]
				.find((a) => a.getAttribute('href') === focused)
				?.focus();
		this.#shown = outcome;
		const query = state.q.trim();
		this.#status.textContent = outcome.total
			? searchPageText.results(outcome.total, query, outcome.approximate)
			: counts
				? explainEmpty(state, counts.search)
				: searchPageText.nothing(query);
		markDrawn(this, work, outcome.hits.length);
		void outcome.more().then(
			(rest) => {
				if (this.#shown !== outcome) return;
				this.#list.append(...rest.map((h) => renderHit(h)));
				markComplete(this, work);
			},
			// The first results stand; the rest is a convenience a failed fetch only shortens.
			() => undefined,
		);
	}

	#boxes() {
		return [...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	}

	#state(): FilterState {
		const params = new URLSearchParams();
		for (const [name, value] of new FormData(this.#form))
			if (typeof value === 'string') params.append(name, value);
		return parseFilterState(params);
	}

	#filters() {
		return buildPagefindFilters(this.#state());
	}

	/**
	 * Puts the URL's state into the form; on first load an empty URL takes the saved profile.
	 * Words typed or boxes ticked while this script was still loading are newer than the URL, so
	 * the first read keeps them and writes them to the URL instead.
	 */
	#read(first = false) {
		let state = parseFilterState(new URLSearchParams(location.search));
		const typed = first && this.#input.value !== this.#input.defaultValue;
		const ticked = first && this.#boxes().some((box) => box.checked !== box.defaultChecked);
		if (typed || ticked) {
			const early = this.#state();
			state = { q: typed ? early.q : state.q, filters: ticked ? early.filters : state.filters };
		}
		const fromProfile =
			first && !ticked && activeFacets(state).length === 0 ? this.#profileState() : null;
		if (fromProfile) state = { ...state, filters: fromProfile.filters };
		// The box may hold more than the URL keeps (a whole pasted log): leave typed text as it is.
		if (!typed) this.#input.value = state.q;
		for (const box of this.#boxes())
			box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
		this.#profileNote.hidden = !fromProfile;
		this.#showTicked();
		if (fromProfile || typed || ticked) this.#write('replace');
		this.#committed = this.#url();
		this.#go(true);
	}

	#profileState(): FilterState | null {
		const state = profileToFilterState(parseProfile(readStored(PROFILE_STORAGE_KEY)).profile);
		return activeFacets(state).length ? state : null;
	}

	#url() {
		const query = serializeFilterState(this.#state());
		return `${location.pathname}${query ? `?${query}` : ''}`;
	}

	/**
	 * Mirrors the form in the URL. The first change after a settled search opens a history entry;
	 * later keystrokes of the same search replace it, so Back returns to the previous search, not
	 * to each letter typed.
	 */
	#write(mode: 'replace' | 'push') {
		const url = this.#url();
		const current = `${location.pathname}${location.search}`;
		if (url === current) return;
		if (mode === 'push' || current === this.#committed) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}

	/** Marks the current URL as a settled search. */
	#commit() {
		this.#write('replace');
		this.#committed = this.#url();
	}

	#showTicked() {
		this.#filterCount.textContent = filtersText.ticked(
			this.#boxes().filter((box) => box.checked).length,
		);
	}

	#showCounts(perValue: Record<FacetKey, Record<string, number>> | null) {
		for (const box of this.#boxes()) {
			const out = box.parentElement?.querySelector('[data-count]');
			if (out)
				out.textContent = perValue ? `(${perValue[box.name as FacetKey]?.[box.value] ?? 0})` : '';
		}
	}
}

customElements.define('faq-search-page', FaqSearchPage);
