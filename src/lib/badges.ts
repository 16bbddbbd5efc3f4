import { CLUSTER_TYPES, OPERATING_SYSTEMS, RUNTIMES } from '../config/facets';
import { rangeLabel } from './kube-range';
import { tagPath } from './paths';

export interface Badge {
	/** What the badge says, in words: never colour alone. */
	label: string;
	/** Which facet it belongs to, for screen readers and styling. */
	facet: 'runtime' | 'kluster' | 'versi' | 'os';
	/** Site path (without base) of its tag page. */
	path: string;
}

interface Applicability {
	runtime: readonly (keyof typeof RUNTIMES)[];
	clusterType: readonly (keyof typeof CLUSTER_TYPES)[];
	kubernetes: string;
	os: readonly (keyof typeof OPERATING_SYSTEMS)[];
}

/**
 * The applicability badges of an entry: one per runtime, cluster type and OS it is limited to,
 * and always one for its Kubernetes range, so a reader sees at a glance whether it is for them.
 */
export function entryBadges(entry: Applicability): Badge[] {
	return [
		...entry.runtime.map((v) => ({
			label: RUNTIMES[v],
			facet: 'runtime' as const,
			path: tagPath('runtime', v),
		})),
		...entry.clusterType.map((v) => ({
			label: CLUSTER_TYPES[v],
			facet: 'kluster' as const,
			path: tagPath('kluster', v),
		})),
		{ label: rangeLabel(entry.kubernetes), facet: 'versi' as const, path: 'tag/versi/' },
		...entry.os.map((v) => ({
			label: OPERATING_SYSTEMS[v],
			facet: 'os' as const,
			path: tagPath('os', v),
		})),
	];
}
