import { badgesText } from '../i18n/badges';
import { splitExcerpt } from '../lib/excerpt';
import type { SearchHit } from './search-engine';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Builds one result item. Every string goes in as text; only Pagefind's hit marks become <mark>. */
export function renderHit(hit: SearchHit, compact = false): HTMLLIElement {
	const item = el('li', 'search-hit');
	item.setAttribute('data-search-result', '');
	const link = el('a', 'search-hit__link');
	link.href = hit.url;
	link.append(el('span', 'search-hit__title', hit.title));
	if (hit.section) link.append(el('span', 'search-hit__section', ` › ${hit.section}`));
	item.append(link);
	if (!compact && hit.badges.length) {
		const badges = el('ul', 'badges search-hit__badges');
		badges.setAttribute('aria-label', badgesText.label);
		for (const b of hit.badges) badges.append(el('li', 'badge', b));
		item.append(badges);
	}
	const excerpt = el('p', 'search-hit__excerpt');
	for (const part of splitExcerpt(hit.excerpt)) {
		excerpt.append(
			part.marked ? el('mark', undefined, part.text) : document.createTextNode(part.text),
		);
	}
	item.append(excerpt);
	return item;
}
