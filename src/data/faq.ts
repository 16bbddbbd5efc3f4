import { type CollectionEntry, getCollection } from 'astro:content';
import { CATEGORIES, type Category } from '../config/facets';

export type FaqEntry = CollectionEntry<'faq'>;

let cache: Promise<FaqEntry[]> | undefined;

/** Every entry, in reference order, loaded once per build. */
export function getFaqEntries(): Promise<FaqEntry[]> {
	cache ??= getCollection('faq').then((entries) =>
		entries.sort((a, b) => a.data.ref.localeCompare(b.data.ref, 'en', { numeric: true })),
	);
	return cache;
}

/** Entries grouped by category, in the vocabulary's order, skipping empty categories. */
export function groupByCategory(entries: readonly FaqEntry[]) {
	return (Object.keys(CATEGORIES) as Category[])
		.map((category) => ({
			category,
			label: CATEGORIES[category],
			entries: entries.filter((e) => e.data.category === category),
		}))
		.filter((g) => g.entries.length > 0);
}
