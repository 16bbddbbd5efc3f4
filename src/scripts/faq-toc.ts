/**
 * "Di halaman ini" (src/components/PageToc.astro): marks the section being read with
 * `aria-current`, and folds the narrow list away once the reader has picked a section. The
 * links work without it.
 */
class FaqToc extends HTMLElement {
	#headings: HTMLElement[] = [];
	#frame = 0;

	connectedCallback() {
		const ids = new Set(
			[...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) =>
				decodeURIComponent(a.hash.slice(1)),
			),
		);
		this.#headings = [...ids]
			.map((id) => document.getElementById(id))
			.filter((h): h is HTMLElement => h !== null);
		addEventListener('scroll', this, { passive: true });
		addEventListener('hashchange', this);
		this.addEventListener('click', this);
		// Loaded by the scroll of a section picked from the open narrow list: fold it away.
		const details = this.querySelector('details');
		if (
			details?.open &&
			location.hash &&
			this.querySelector(`a[href="${CSS.escape(location.hash)}"]`)
		)
			details.open = false;
		this.#mark();
	}

	disconnectedCallback() {
		removeEventListener('scroll', this);
		removeEventListener('hashchange', this);
	}

	handleEvent(event: Event) {
		if (event.type === 'click') {
			if ((event.target as Element).closest('a'))
				this.querySelector('details')?.removeAttribute('open');
			return;
		}
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => this.#mark());
	}

	/** The current section is the last one whose heading has reached the upper third. */
	#mark() {
		const line = innerHeight / 3;
		let current = this.#headings[0];
		for (const h of this.#headings) {
			if (h.getBoundingClientRect().top <= line) current = h;
			else break;
		}
		// At the very bottom the last sections can never reach the line: take the last one.
		if (scrollY > 0 && innerHeight + scrollY >= document.documentElement.scrollHeight - 2) {
			current = this.#headings.at(-1);
		}
		for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
			if (current && a.hash === `#${current.id}`) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		}
	}
}

customElements.define('faq-toc', FaqToc);

// Loaded for its side effect (it defines the element); the export makes it a module to import().
export {};
