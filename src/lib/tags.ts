import { TAG_FACETS, type TagFacet } from '../config/facets';
import { expandRange } from './kube-range';

/** What the tag pages need of an entry. */
export interface Taggable {
	slug: string;
	category: string;
	runtime: readonly string[];
	clusterType: readonly string[];
	kubernetes: string;
	os: readonly string[];
}

export interface TagListing<T extends Taggable> {
	facet: TagFacet;
	value: string;
	label: string;
	/** Entries tagged with exactly this value. */
	specific: T[];
	/** Entries that do not depend on this facet at all, so they hold for this value too. */
	general: T[];
}

/** The values an entry names for a facet; empty means "does not depend on it". */
export function facetValues(
	entry: Taggable,
	facet: TagFacet['key'],
	versions: readonly string[],
): readonly string[] {
	switch (facet) {
		case 'category':
			return [entry.category];
		case 'kubernetes': {
			const hits = expandRange(entry.kubernetes, versions);
			return hits.length === versions.length ? [] : hits;
		}
		default:
			return entry[facet];
	}
}

/**
 * One listing per facet value that occurs in some entry. For the version facet the values are
 * concrete minors (an entry for `<1.24` is listed under 1.20 … 1.23), never raw range strings.
 */
export function tagListings<T extends Taggable>(
	entries: readonly T[],
	versions: readonly string[],
): TagListing<T>[] {
	const out: TagListing<T>[] = [];
	for (const facet of TAG_FACETS) {
		const values: readonly string[] = facet.values ? Object.keys(facet.values) : versions;
		const tagged = entries.map((e) => [e, facetValues(e, facet.key, versions)] as const);
		for (const value of values) {
			const specific = tagged.filter(([, v]) => v.includes(value)).map(([e]) => e);
			if (specific.length === 0) continue;
			const general =
				facet.key === 'category' ? [] : tagged.filter(([, v]) => v.length === 0).map(([e]) => e);
			const label = facet.values
				? (facet.values as Record<string, string>)[value]!
				: `Kubernetes ${value}`;
			out.push({ facet, value, label, specific, general });
		}
	}
	return out;
}
