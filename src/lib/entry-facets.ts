/**
 * An entry's facets, and the one rule for whether an entry applies to a facet value. The badges,
 * the tag pages, the search filters (Pagefind) and the "Kluster saya" profile all ask here, so
 * they cannot disagree about which entries hold for, say, Docker or Kubernetes 1.23.
 *
 * The rule: an entry is limited to the values it names for a facet, and a facet it names none of
 * does not matter to it, so it applies to every value of that facet. A Kubernetes range names
 * the minors it contains; `*`, or any range that contains every known minor, names none.
 */
import {
	CATEGORIES,
	CLUSTER_TYPES,
	OPERATING_SYSTEMS,
	RUNTIMES,
	type Category,
	type ClusterType,
	type FacetField,
	type OperatingSystem,
	type Runtime,
} from '../config/facets';
import { versions as KUBERNETES_VERSIONS } from '../config/kubernetes-versions.json';
import { expandRange } from './kube-range';

/** What an entry's frontmatter says about its facets (validated by src/schemas/faq.ts). */
export interface EntryFacets {
	category: Category;
	runtime: readonly Runtime[];
	clusterType: readonly ClusterType[];
	/** A version range such as `<1.24` or `*` (see kube-range.ts). */
	kubernetes: string;
	os: readonly OperatingSystem[];
}

const VOCABULARIES = {
	category: Object.keys(CATEGORIES),
	runtime: Object.keys(RUNTIMES),
	clusterType: Object.keys(CLUSTER_TYPES),
	kubernetes: KUBERNETES_VERSIONS,
	os: Object.keys(OPERATING_SYSTEMS),
} satisfies Record<FacetField, readonly string[]>;

/** Every value a facet can take, in display order; Kubernetes values are minors ("1.28"). */
export function facetVocabulary(field: FacetField): readonly string[] {
	return VOCABULARIES[field];
}

/**
 * The values an entry is limited to for a facet, in vocabulary order for Kubernetes and as
 * written otherwise; empty when the facet does not matter to it. The category is never empty.
 * Throws RangeSyntaxError for a range the schema would reject.
 */
export function limitsOf(entry: EntryFacets, field: FacetField): readonly string[] {
	switch (field) {
		case 'category':
			return [entry.category];
		case 'kubernetes': {
			const minors = expandRange(entry.kubernetes, KUBERNETES_VERSIONS);
			return minors.length === KUBERNETES_VERSIONS.length ? [] : minors;
		}
		default:
			return entry[field];
	}
}

/**
 * Whether an entry with these limits (from limitsOf, or the `data-*` attributes the build wrote
 * from them) applies to `value`: the one rule for "applies".
 */
export function appliesTo(limits: readonly string[], value: string): boolean {
	return limits.length === 0 || limits.includes(value);
}

/** Every value of the facet the entry applies to. */
export function valuesApplying(entry: EntryFacets, field: FacetField): string[] {
	const limits = limitsOf(entry, field);
	return facetVocabulary(field).filter((value) => appliesTo(limits, value));
}
