/**
 * A search box with results as you type: the header's, and the 404 page's. Without JavaScript it
 * is a plain GET form to /cari/. With it, results appear under the box as you type, arrow keys
 * move between them, and `/` or Ctrl/Cmd+K focus the box (on the 404 page, its own box, the last
 * one defined). The search code and Pagefind load on first focus, never with the page.
 */
import { searchBoxText } from '../i18n/search-box';
import { isWholeInsertion } from '../lib/search/whole-insertion';

class FaqSearch extends HTMLElement {
	#input!: HTMLInputElement;
	#panel!: HTMLElement;
	#list!: HTMLOListElement;
	#status!: HTMLElement;
	#session: Promise<{ input(text: string, whole: boolean): void }> | undefined;
	/** Replacing the list takes focus off a result; that is not the reader leaving the box. */
	#redrawing = false;

	connectedCallback() {
		this.dataset['searchState'] = 'idle';
		this.#input = this.querySelector('input[type="search"]')!;
		this.#panel = this.querySelector('.search-panel')!;
		this.#list = this.#panel.querySelector('ol')!;
		this.#status = this.#panel.querySelector('[role="status"]')!;
		this.#input.addEventListener('focus', () => void this.#start().catch(() => {}), { once: true });
		this.#input.addEventListener('input', (e) => {
			// A paste is searched at once; typed keys wait for the typing pause.
			const whole = isWholeInsertion(e as InputEvent);
			void this.#start().then(
				(c) => c.input(this.#input.value, whole),
				() => {
					this.dataset['searchState'] = 'error';
					this.#show(searchBoxText.cannotLoad);
				},
			);
		});
		// A reader who focused the box and typed before this script ran gets results now, not on
		// the next keystroke.
		if (document.activeElement === this.#input && this.#input.value.trim())
			this.#input.dispatchEvent(new Event('input'));
		else if (document.activeElement === this.#input) void this.#start().catch(() => {});
		this.addEventListener('keydown', (e) => this.#onKey(e));
		this.addEventListener('focusout', (e) => {
			if (!this.#redrawing && !this.contains(e.relatedTarget as Node | null))
				this.#panel.hidden = true;
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

	#start() {
		this.#session ??= Promise.all([
			import('./search-box-session'),
			// Imported here too so that the query layer, the largest part of the search code, is a
			// bundle of its own (under the size budget, e2e/budget.spec.ts), not merged with the rest.
			import('../lib/search/prepare-query'),
		]).then(([{ startBoxSearch }]) =>
			startBoxSearch({
				root: this,
				value: () => this.#input.value,
				draw: (items) => this.#draw(items),
				show: (message) => this.#show(message),
				hide: () => (this.#panel.hidden = true),
			}),
		);
		this.#session.catch(() => {
			this.#session = undefined;
		});
		return this.#session;
	}

	/**
	 * A newer query's results can land after the reader has arrowed into the list; replacing the
	 * list would drop their focus to the page, and Enter would then do nothing. Keep them on the
	 * same answer (its highlight parameter may differ), else on the same row, else in the box.
	 */
	#draw(items: HTMLLIElement[]) {
		const was = document.activeElement;
		const inList = was instanceof HTMLAnchorElement && this.#list.contains(was);
		const row = inList ? [...this.#list.querySelectorAll('a')].indexOf(was) : -1;
		this.#redrawing = true;
		try {
			this.#list.replaceChildren(...items);
		} finally {
			this.#redrawing = false;
		}
		if (!inList) return;
		const links = [...this.#list.querySelectorAll('a')];
		const same = links.find((a) => answerOf(a) === answerOf(was));
		(same ?? links[Math.min(row, links.length - 1)] ?? this.#input).focus();
	}

	#show(message: string) {
		this.#status.textContent = message;
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

const answerOf = (link: HTMLAnchorElement) => link.pathname + link.hash;

customElements.define('faq-search', FaqSearch);
