import { cacheDir } from 'astro:config/server';
import { type CollectionEntry, getCollection } from 'astro:content';
import { CATEGORIES, type Category } from '../config/facets';
import { type EntryBody, readEntryBody } from '../loaders/entry-body';
import type { Section } from '../plugins/rehype-heading-anchors';
import type { PagePlaceholder } from '../plugins/rehype-collect-placeholders';

export type FaqEntry = CollectionEntry<'faq'>;

let cache: Promise<FaqEntry[]> | undefined;

/** Every entry, in reference order, loaded once per build. */
export function getFaqEntries(): Promise<FaqEntry[]> {
	cache ??= getCollection('faq').then((entries) =>
		entries.sort((a, b) => a.data.ref.localeCompare(b.data.ref, 'en', { numeric: true })),
	);
	return cache;
}

let byId: Promise<ReadonlyMap<string, FaqEntry>> | undefined;

/** Every entry by its slug: pages that link to other entries look them up once each, not by scanning. */
export function getFaqEntryMap(): Promise<ReadonlyMap<string, FaqEntry>> {
	byId ??= getFaqEntries().then((entries) => new Map(entries.map((e) => [e.id, e])));
	return byId;
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

/** What the entry's plugins found while it rendered (src/loaders/faq-mdx.ts stores it). */
function rendering(entry: FaqEntry) {
	const found = (entry.rendered?.metadata?.frontmatter ?? {}) as Record<string, unknown>;
	return {
		sections: (found['sections'] ?? []) as Section[],
		placeholders: (found['placeholders'] ?? []) as PagePlaceholder[],
		bodyFile: found['bodyFile'] as string | undefined,
	};
}

/** The entry's sections (its h2–h6 with their ids), in page order. */
export const entrySections = (entry: FaqEntry) => rendering(entry).sections;

/** Every placeholder the entry's commands use, for its placeholder panel. */
export const entryPlaceholders = (entry: FaqEntry) => rendering(entry).placeholders;

/** The entry's rendered answer and the text derived from it. */
export function entryBody(entry: FaqEntry): Promise<EntryBody> {
	const { bodyFile } = rendering(entry);
	if (!bodyFile)
		throw new Error(`${entry.filePath ?? entry.id}: the entry was stored without its body`);
	return readEntryBody(bodyFile, cacheDir);
}
