import {
	CLUSTER_TYPES,
	FACET_NAMES,
	OPERATING_SYSTEMS,
	RUNTIMES,
	type FacetName,
} from '../config/facets';
import { limitsOf, type EntryFacets } from './entry-facets';
import { rangeLabel } from './kube-range';
import { tagPath } from './paths';

export interface Badge {
	/** What the badge says, in words: never colour alone. */
	label: string;
	/** Which facet it belongs to, for screen readers and styling. */
	facet: Exclude<FacetName, 'kategori'>;
	/** Site path (without base) of its tag page. */
	path: string;
}

/** The facets with one badge per value an entry is limited to, and their labels. */
const LISTED = [
	['runtime', RUNTIMES],
	['clusterType', CLUSTER_TYPES],
	['os', OPERATING_SYSTEMS],
] as const;

/**
 * The applicability badges of an entry: one per runtime, cluster type and OS it is limited to
 * (entry-facets.ts), and always one for its Kubernetes range, so a reader sees at a glance
 * whether it is for them.
 */
export function entryBadges(entry: EntryFacets): Badge[] {
	const listed = ([field, labels]: (typeof LISTED)[number]) =>
		limitsOf(entry, field).map((value) => ({
			label: (labels as Readonly<Record<string, string>>)[value]!,
			facet: FACET_NAMES[field],
			path: tagPath(FACET_NAMES[field], value),
		}));
	return [
		...listed(LISTED[0]),
		...listed(LISTED[1]),
		{
			label: rangeLabel(entry.kubernetes),
			facet: FACET_NAMES.kubernetes,
			path: `tag/${FACET_NAMES.kubernetes}/`,
		},
		...listed(LISTED[2]),
	];
}
