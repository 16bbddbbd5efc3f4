/** The search code loads with Pagefind, on first use: pages that are only read never fetch it. */
const searchModules = () => Promise.all([import('./search-engine'), import('./search-render')]);

const DEBOUNCE_MS = 150;

/**
 * The header search box. Without JavaScript it is a plain GET form to /cari/. With it, results
 * appear under the box as you type, `/` or Ctrl/Cmd+K focus it from anywhere, and arrow keys
 * move between results. Pagefind is fetched on first focus, never on page load.
 */
class FaqSearch extends HTMLElement {
	#input!: HTMLInputElement;
	#panel!: HTMLElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#seq = 0;

	connectedCallback() {
		this.#input = this.querySelector('input[type="search"]')!;
		this.#panel = this.querySelector('.search-panel')!;
		this.#list = this.#panel.querySelector('ol')!;
		this.#status = this.#panel.querySelector('[role="status"]')!;
		this.#input.addEventListener(
			'focus',
			() =>
				void searchModules()
					.then(([engine]) => engine.warmUp())
					.catch(() => {}),
			{ once: true },
		);
		this.#input.addEventListener('input', () => this.#schedule());
		this.addEventListener('keydown', (e) => this.#onKey(e));
		this.addEventListener('focusout', (e) => {
			if (!this.contains(e.relatedTarget as Node | null)) this.#panel.hidden = true;
		});
		document.addEventListener('keydown', (e) => {
			const typing =
				e.target instanceof HTMLElement &&
				e.target.closest('input, textarea, select, [contenteditable]');
			if (
				(e.key === 'k' && (e.ctrlKey || e.metaKey)) ||
				(e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)
			) {
				e.preventDefault();
				this.#input.focus();
				this.#input.select();
			}
		});
	}

	#schedule() {
		clearTimeout(this.#timer);
		const query = this.#input.value.trim();
		if (!query) {
			this.#seq++;
			this.#panel.hidden = true;
			return;
		}
		this.#timer = setTimeout(() => void this.#search(query), DEBOUNCE_MS);
	}

	async #search(query: string) {
		const seq = ++this.#seq;
		try {
			const [{ runSearch }, { renderHit }] = await searchModules();
			const { hits, approximate } = await runSearch(query, { limit: 6 });
			if (seq !== this.#seq) return;
			this.#list.replaceChildren(...hits.map((h) => renderHit(h, true)));
			this.#status.textContent = hits.length
				? `${hits.length === 6 ? '6 hasil teratas' : `${hits.length} hasil`}${approximate ? ' terdekat' : ''}. Tekan Enter untuk semua hasil.`
				: `Tidak ada hasil untuk “${query}”.`;
		} catch {
			if (seq !== this.#seq) return;
			this.#list.replaceChildren();
			this.#status.textContent =
				'Pencarian tidak dapat dimuat. Tekan Enter untuk membuka halaman pencarian.';
		}
		this.#panel.hidden = false;
	}

	#onKey(e: KeyboardEvent) {
		const links = [...this.#list.querySelectorAll('a')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'Escape') {
			this.#panel.hidden = true;
			this.#input.focus();
		} else if (e.key === 'ArrowDown' && links.length) {
			e.preventDefault();
			this.#panel.hidden = false;
			links[Math.min(at + 1, links.length - 1)]!.focus();
		} else if (e.key === 'ArrowUp' && at >= 0) {
			e.preventDefault();
			(at === 0 ? this.#input : links[at - 1]!).focus();
		}
	}
}

customElements.define('faq-search', FaqSearch);
