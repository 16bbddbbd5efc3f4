import { CATEGORIES, type Category } from '../config/facets';
import { applicabilityData } from './applicability';
import { type Badge, entryBadges } from './badges';
import { longDate } from './dates';
import { pagefindFilterSpecs } from './facet-filters';
import { type RedirectPlan, movedAnchorMap } from './links/redirect-plan';
import { faqPath, siteRoot, siteUrl } from './links/site-url';
import { faqPageJsonLd, jsonLdScript } from './links/structured-data';
import { shareTexts } from './links/ticket-text';
import { entryPath, tagPath, withBase } from './paths';
import { indexSynonyms } from './search/variants';

/** A heading of the answer, as the heading-anchors plugin records it. */
export interface EntrySection {
	id: string;
	text: string;
	depth: number;
}

/** One line of the "Di halaman ini" list: an h2, with the h3s under it. */
export interface TocItem {
	href: string;
	text: string;
	children: { href: string; text: string }[];
}

type EntryFacets = Parameters<typeof entryBadges>[0] &
	Parameters<typeof applicabilityData>[0] &
	Parameters<typeof pagefindFilterSpecs>[0];

export interface EntryPageInput {
	slug: string;
	data: EntryFacets & {
		ref: string;
		title: string;
		description: string;
		category: Category;
		errors: readonly string[];
		keywords: readonly string[];
		updated: Date;
	};
	body: { html: string; text: string; searchWords: string };
	sections: readonly EntrySection[];
	/** The entries of `related`, in order; a missing one is left out. */
	related: readonly { slug: string; title: string }[];
	redirects: RedirectPlan;
	site: string;
	base: string;
}

/** Fewer sections than this and the page is its own contents list. */
export const TOC_MIN_SECTIONS = 2;

/** h2s with their h3s; deeper headings stay out of the list, which must fit beside the text. */
export function tableOfContents(sections: readonly EntrySection[]): TocItem[] {
	const items: TocItem[] = [];
	for (const { id, text, depth } of sections) {
		const link = { href: `#${id}`, text };
		if (depth === 2 || (depth === 3 && items.length === 0)) items.push({ ...link, children: [] });
		else if (depth === 3) items.at(-1)!.children.push(link);
	}
	const count = items.reduce((n, item) => n + 1 + item.children.length, 0);
	return count >= TOC_MIN_SECTIONS ? items : [];
}

/** Everything an entry page shows, derived once from the entry, so the component only renders. */
export function entryPageData({
	slug,
	data,
	body,
	sections,
	related,
	redirects,
	site,
	base,
}: EntryPageInput) {
	const url = siteUrl(siteRoot({ site, base }), faqPath(slug));
	const badges: Badge[] = entryBadges(data);
	const moved = movedAnchorMap(redirects, slug, base);
	return {
		ref: data.ref,
		title: data.title,
		description: data.description,
		category: {
			label: CATEGORIES[data.category],
			href: withBase(base, tagPath('kategori', data.category)),
		},
		badges,
		/** The badges as one line in search results. */
		badgesMeta: `badges:${badges.map((b) => b.label).join(' · ')}`,
		pagefindFilters: pagefindFilterSpecs({ ...data }),
		applicability: applicabilityData(data),
		share: shareTexts({ ref: data.ref, title: data.title, url }),
		errors: [...data.errors],
		toc: tableOfContents(sections),
		html: body.html,
		// Extra words only the search index sees (src/loaders/entry-body.ts), so "certificate
		// expired" finds "sertifikat kedaluwarsa". The title's own forms weigh as much as the title.
		titleWords: indexSynonyms(data.title),
		searchWords: [...data.keywords, body.searchWords].join(' '),
		related: related.map((r) => ({ href: withBase(base, entryPath(r.slug)), title: r.title })),
		updated: { iso: data.updated.toISOString().slice(0, 10), label: longDate(data.updated) },
		jsonLd: jsonLdScript(
			faqPageJsonLd({ title: data.title, answerText: body.text || data.description, url }),
		),
		movedAnchors: Object.keys(moved).length > 0 ? jsonLdScript(moved) : undefined,
	};
}
