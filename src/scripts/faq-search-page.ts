import { runSearch } from './search-engine';
import { renderHit } from './search-render';

const DEBOUNCE_MS = 200;

/**
 * The search page. The query lives in the URL (`?q=`): it runs on load, the URL follows the box
 * as you type (replaceState while typing, a history entry once you pause or press Enter), and
 * Back/Forward restore earlier searches.
 */
class FaqSearchPage extends HTMLElement {
	#form!: HTMLFormElement;
	#input!: HTMLInputElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#seq = 0;
	#committed = '';

	connectedCallback() {
		this.#form = this.querySelector('form')!;
		this.#input = this.#form.querySelector('input[name="q"]')!;
		this.#list = this.querySelector('ol[data-results]')!;
		this.#status = this.querySelector('[data-search-status]')!;
		this.#form.addEventListener('submit', (e) => {
			e.preventDefault();
			clearTimeout(this.#timer);
			this.#commit();
			void this.#search();
		});
		this.#input.addEventListener('input', () => {
			this.#syncUrl('replace');
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => {
				this.#commit();
				void this.#search();
			}, DEBOUNCE_MS);
		});
		window.addEventListener('popstate', () => this.#fromUrl());
		this.#fromUrl();
	}

	#fromUrl() {
		const q = new URLSearchParams(location.search).get('q') ?? '';
		this.#input.value = q;
		this.#committed = q;
		void this.#search();
	}

	#syncUrl(mode: 'replace' | 'push') {
		const url = new URL(location.href);
		const q = this.#input.value;
		if (q.trim()) url.searchParams.set('q', q);
		else url.searchParams.delete('q');
		if (url.href === location.href) return;
		if (mode === 'push') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}

	/** A settled query gets its own history entry, so Back returns to the previous search. */
	#commit() {
		const q = this.#input.value.trim();
		if (q === this.#committed.trim()) return;
		const previous = new URL(location.href);
		if (this.#committed.trim()) previous.searchParams.set('q', this.#committed);
		else previous.searchParams.delete('q');
		history.replaceState(null, '', previous);
		this.#syncUrl('push');
		this.#committed = this.#input.value;
	}

	async #search() {
		const query = this.#input.value.trim();
		const seq = ++this.#seq;
		if (!query) {
			this.#list.replaceChildren();
			this.#status.textContent = 'Ketik kata kunci atau tempelkan pesan galat.';
			return;
		}
		this.#status.textContent = 'Mencari…';
		try {
			const { hits, approximate } = await runSearch(query, { limit: 30 });
			if (seq !== this.#seq) return;
			this.#list.replaceChildren(...hits.map((h) => renderHit(h)));
			this.#status.textContent = hits.length
				? `${hits.length} hasil untuk “${query}”.${approximate ? ' Tidak ada hasil yang cocok dengan semua kata; menampilkan hasil terdekat.' : ''}`
				: `Tidak ada hasil untuk “${query}”. Coba kata lain, atau telusuri semua pertanyaan.`;
		} catch {
			if (seq !== this.#seq) return;
			this.#status.textContent =
				'Pencarian tidak dapat dimuat. Periksa koneksi Anda lalu coba lagi.';
		}
	}
}

customElements.define('faq-search-page', FaqSearchPage);
