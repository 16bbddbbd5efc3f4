import {
	type FacetKey,
	type FilterState,
	activeFacets,
	buildPagefindFilters,
	explainEmpty,
	facetCounts,
	parseFilterState,
	serializeFilterState,
} from '../lib/facet-filters';
import { PROFILE_STORAGE_KEY, parseProfile, profileToFilterState } from '../lib/profile';
import { loadPagefind } from './pagefind-client';
import { countSearch, runSearch } from './search-engine';
import { renderHit } from './search-render';

const DEBOUNCE_MS = 200;

/**
 * The search page. Words and filters live in the URL (`?q=…&runtime=docker&versi=1.28`): they run
 * on load, the URL follows the form (replaceState while typing, a history entry once the reader
 * pauses, submits or ticks a filter), and Back/Forward restore earlier searches. With no words,
 * the filters alone list every entry that applies.
 */
class FaqSearchPage extends HTMLElement {
	#form!: HTMLFormElement;
	#input!: HTMLInputElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#profileNote!: HTMLElement;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#seq = 0;
	#committed = '';

	connectedCallback() {
		this.#form = this.querySelector('form')!;
		this.#input = this.#form.querySelector('input[name="q"]')!;
		this.#list = this.querySelector('ol[data-results]')!;
		this.#status = this.querySelector('[data-search-status]')!;
		this.#profileNote = this.querySelector('[data-profile-applied]')!;
		this.#form.addEventListener('submit', (e) => {
			e.preventDefault();
			clearTimeout(this.#timer);
			this.#commit();
			void this.#search();
		});
		this.#input.addEventListener('input', () => {
			this.#write('replace');
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => {
				this.#commit();
				void this.#search();
			}, DEBOUNCE_MS);
		});
		this.#form.addEventListener('change', (e) => {
			if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'checkbox') return;
			this.#profileNote.hidden = true;
			this.#write('push');
			this.#commit();
			void this.#search();
		});
		this.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
			for (const box of this.#boxes()) box.checked = false;
			this.#profileNote.hidden = true;
			this.#write('push');
			this.#commit();
			void this.#search();
		});
		window.addEventListener('popstate', () => this.#read());
		this.#read(true);
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

	/** Puts the URL's state into the form; on first load an empty URL takes the saved profile. */
	#read(first = false) {
		let state = parseFilterState(new URLSearchParams(location.search));
		const fromProfile = first && activeFacets(state).length === 0 ? this.#profileState() : null;
		if (fromProfile) state = { ...state, filters: fromProfile.filters };
		this.#input.value = state.q;
		for (const box of this.#boxes())
			box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
		this.#profileNote.hidden = !fromProfile;
		if (fromProfile) this.#write('replace');
		this.#committed = this.#url();
		void this.#search();
	}

	#profileState(): FilterState | null {
		let raw: string | null = null;
		try {
			raw = localStorage.getItem(PROFILE_STORAGE_KEY);
		} catch {
			return null;
		}
		const { profile } = parseProfile(raw);
		const state = profileToFilterState(profile);
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

	async #search() {
		const state = this.#state();
		const seq = ++this.#seq;
		const facets = activeFacets(state);
		if (!state.q.trim() && facets.length === 0) {
			this.#list.replaceChildren();
			this.#status.textContent = 'Ketik kata kunci, tempelkan pesan galat, atau pilih filter.';
			this.#showCounts(null);
			return;
		}
		this.#status.textContent = 'Mencari…';
		try {
			// Pagefind reports filter counts only once its filter index is loaded.
			await (await loadPagefind()).filters();
			const filters = buildPagefindFilters(state);
			const [outcome, ...omitted] = await Promise.all([
				runSearch(state.q, { filters, limit: 50 }),
				...facets.map((f) => countSearch(state.q, buildPagefindFilters(state, f))),
			]);
			if (seq !== this.#seq) return;
			const counts = facetCounts(
				outcome.response,
				Object.fromEntries(facets.map((f, i) => [f, omitted[i]!])),
			);
			this.#showCounts(counts.perValue);
			this.#list.replaceChildren(...outcome.hits.map((h) => renderHit(h)));
			const words = state.q.trim() ? ` untuk “${state.q.trim()}”` : '';
			this.#status.textContent = outcome.hits.length
				? `${outcome.response.results.length} hasil${words}.${outcome.approximate ? ' Tidak ada hasil yang cocok dengan semua kata; menampilkan hasil terdekat.' : ''}`
				: explainEmpty(state, counts.search);
		} catch {
			if (seq !== this.#seq) return;
			this.#status.textContent =
				'Pencarian tidak dapat dimuat. Periksa koneksi Anda lalu coba lagi.';
		}
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
