/**
 * Links that keep working, in the browser: copy buttons for citing an answer in a ticket, and
 * old section anchors sent on to where the section went. Every part enhances server-rendered
 * markup and does nothing when its markup is absent. src/scripts/site.ts loads it when needed.
 * (Redirect pages have a script of their own, public/redirect.js, so they need no bundle.)
 *
 * Markup contract (texts computed at build time by src/lib/links):
 *
 * 1. Copy buttons: any `button[data-copy]` inside `<faq-share>`. The button copies `data-copy`
 *    and announces `data-copied` in a polite live region. Buttons ship `disabled`; the element
 *    enables them, so without JavaScript nothing pretends to work. For an entry, with
 *    `texts = shareTexts({ ref, title, url: canonical })` (add `section: { id, title }` for the
 *    buttons of one section, and an aria-label that names the section), and the words from
 *    `shareLabels` (src/i18n/share.ts):
 *
 *    <faq-share class="faq-share">
 *      <button type="button" class="button" data-copy={texts.link}
 *        data-copied={shareLabels.linkCopied} disabled>{shareLabels.copyLink}</button>
 *      …the same for texts.markdown (copyTicket) and texts.plain (copyPlain)
 *    </faq-share>
 *
 *    Where the Clipboard API is missing or refused (plain http, permissions), the text is put in
 *    a selected, visually hidden field and the reader is asked to press Ctrl+C.
 *
 * 2. Moved anchors: on an entry page whose movedAnchors is not empty,
 *
 *    <script type="application/json" id="moved-anchors"
 *      set:html={jsonLdScript(movedAnchorMap(plan, slug, base))} />
 *
 *    maps an old anchor to `#new` (same page) or `/base/faq/other/#new`. On load and on
 *    `hashchange`, a hash that is a key is replaced by its target without a new history entry,
 *    and a section on the same page gets focus. A JSON data block runs under a strict CSP.
 */

import { shareText } from '../i18n/share';

let liveRegion: HTMLElement | undefined;

function announce(message: string) {
	// A changed text is what screen readers announce, so a repeated message gets a no-break space.
	if (liveRegion) {
		liveRegion.textContent = liveRegion.textContent === message ? `${message}\u00a0` : message;
	}
}

/** Asks the reader to copy by hand, from a field that is selected but not shown. */
function copyByHand(button: HTMLButtonElement, text: string, done: string) {
	const field = document.createElement('textarea');
	field.className = 'faq-share-fallback';
	field.readOnly = true;
	field.value = text;
	field.setAttribute('aria-label', shareText.field);
	button.after(field);
	field.focus();
	field.select();
	field.addEventListener('blur', () => field.remove());
	// Moving focus inside the copy event would drop the selection before the copy happens.
	field.addEventListener('copy', () => setTimeout(() => (announce(done), button.focus())));
	announce(shareText.selectedCopyByHand);
}

class FaqShare extends HTMLElement {
	connectedCallback() {
		if (!liveRegion) {
			liveRegion = document.createElement('p');
			liveRegion.className = 'sr-only';
			liveRegion.setAttribute('role', 'status');
			document.body.append(liveRegion);
		}
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
			button.disabled = false;
		}
		// `this` as the listener object: a second connect cannot add a second listener.
		this.addEventListener('click', this);
	}

	async handleEvent(event: Event) {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
		if (!button) return;
		const text = button.dataset['copy'] ?? '';
		const done = button.dataset['copied'] ?? shareText.copied;
		try {
			await navigator.clipboard.writeText(text);
			announce(done);
		} catch {
			copyByHand(button, text, done);
		}
	}
}

customElements.define('faq-share', FaqShare);

const moved = document.getElementById('moved-anchors');
if (moved) {
	const targets = new Map(
		Object.entries(JSON.parse(moved.textContent || '{}') as Record<string, string>),
	);
	const follow = () => {
		const to = targets.get(location.hash.slice(1));
		if (!to) return;
		// replace() rather than history.replaceState: it also scrolls and updates :target.
		location.replace(to);
		const section = to[0] === '#' ? document.getElementById(to.slice(1)) : null;
		if (section) {
			if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
			section.focus({ preventScroll: true });
		}
	};
	follow();
	addEventListener('hashchange', follow);
}
