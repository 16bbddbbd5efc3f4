import { badgesText } from '../i18n/badges';
import { applicabilityData } from './applicability';
import { type Badge, entryBadges } from './badges';
import type { EntryFacets } from './entry-facets';
import { escapeHtml } from './escape-html';

/** An attribute; empty values are written bare, as Astro writes them. */
const attribute = (name: string, value: string) =>
	value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;

/**
 * The applicability badges of an entry. `href` links each to its tag page; without it they are
 * plain labels, for places inside a link where nested anchors are invalid.
 */
export function badgesHtml(badges: readonly Badge[], href?: (path: string) => string): string {
	const items = badges.map((b) =>
		href
			? `<li><a class="badge" href="${escapeHtml(href(b.path))}">${escapeHtml(b.label)}</a></li>`
			: `<li><span class="badge">${escapeHtml(b.label)}</span></li>`,
	);
	return `<ul class="badges" aria-label="${escapeHtml(badgesText.label)}">${items.join('')}</ul>`;
}

export interface ListedEntry {
	/** The entry's URL. */
	href: string;
	data: EntryFacets & { title: string; description: string };
}

/**
 * One item of an entry list: title link, one-sentence answer and badges, with the attributes
 * `<faq-applicability-list>` reads to mark entries that do not apply to the reader's cluster.
 * A plain function rather than a component, because the same item appears on the home page and
 * on every tag page of the entry: at 10,000 entries that is 200,000 items per build.
 */
export function entryItemHtml({ href, data }: ListedEntry, level: 2 | 3): string {
	const attributes = Object.entries(applicabilityData(data))
		.map(([name, value]) => attribute(name, value))
		.join('');
	return (
		`<li class="entry-list__item"${attributes}>` +
		`<h${level} class="entry-list__title"><a href="${escapeHtml(href)}">${escapeHtml(data.title)}</a></h${level}>` +
		`<p class="entry-list__desc">${escapeHtml(data.description)}</p>` +
		badgesHtml(entryBadges(data)) +
		`</li>`
	);
}
