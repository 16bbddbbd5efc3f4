import { TAG_FACETS, type TagFacet } from '../config/facets';
import { facetVocabulary, limitsOf, type EntryFacets } from './entry-facets';

/** What the tag pages need of an entry. */
export interface Taggable extends EntryFacets {
	slug: string;
}

export interface TagListing<T extends Taggable> {
	facet: TagFacet;
	value: string;
	label: string;
	/** Entries limited to this value among others (entry-facets.ts). */
	specific: T[];
	/** Entries the facet does not matter to, so they hold for this value too. */
	general: T[];
}

/**
 * One listing per facet value that some entry is limited to; together, `specific` and `general`
 * are the entries that apply to the value. For the version facet the values are concrete minors
 * (an entry for `<1.24` is listed under 1.20 … 1.23), never raw range strings.
 */
export function tagListings<T extends Taggable>(entries: readonly T[]): TagListing<T>[] {
	const out: TagListing<T>[] = [];
	for (const facet of TAG_FACETS) {
		const tagged = entries.map((e) => [e, limitsOf(e, facet.key)] as const);
		const general = tagged.filter(([, limits]) => limits.length === 0).map(([e]) => e);
		for (const value of facetVocabulary(facet.key)) {
			const specific = tagged.filter(([, limits]) => limits.includes(value)).map(([e]) => e);
			if (specific.length === 0) continue;
			const label = facet.values
				? (facet.values as Record<string, string>)[value]!
				: `Kubernetes ${value}`;
			out.push({ facet, value, label, specific, general });
		}
	}
	return out;
}
