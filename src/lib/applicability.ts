/**
 * Whether an entry applies to the reader's cluster ("Kluster saya"), and why not.
 *
 * The build turns an entry into compact data attributes (applicabilityData); the browser decides
 * from those attributes alone (applicabilityFromData), so it never parses version ranges and both
 * sides run the same rules. Facets the profile leaves unset, and facets an entry does not name,
 * never exclude.
 */
import {
	CLUSTER_TYPES,
	OPERATING_SYSTEMS,
	RUNTIMES,
	type ClusterType,
	type OperatingSystem,
	type Runtime,
} from '../config/facets';
import { versions as KUBERNETES_VERSIONS } from '../config/kubernetes-versions.json';
import { applicabilityText as text } from '../i18n/applicability';
import { expandRange, isUnbounded, rangeLabel } from './kube-range';
import type { Profile } from './profile';

/** What applicability needs of an entry's frontmatter. */
export interface ApplicabilityEntry {
	runtime: readonly Runtime[];
	clusterType: readonly ClusterType[];
	kubernetes: string;
	os: readonly OperatingSystem[];
}

export interface Applicability {
	applies: boolean;
	/** Indonesian, one per facet that rules the entry out: "hanya untuk Kubernetes < 1.24". */
	reasons: string[];
}

/**
 * The attributes an entry page's `<faq-applicability>` and each entry list item carry. Values
 * are space-separated; an empty string means "every value". `data-versi` lists concrete minors,
 * `data-versi-label` is the range as the reason shows it.
 */
export interface ApplicabilityData {
	'data-runtime': string;
	'data-kluster': string;
	'data-versi': string;
	'data-versi-label': string;
	'data-os': string;
}

/** The same attributes as the browser's `element.dataset` sees them. */
export interface ApplicabilityDataset {
	readonly runtime?: string | undefined;
	readonly kluster?: string | undefined;
	readonly versi?: string | undefined;
	readonly versiLabel?: string | undefined;
	readonly os?: string | undefined;
}

/** Throws RangeSyntaxError for a range the schema would reject. */
export function applicabilityData(entry: ApplicabilityEntry): ApplicabilityData {
	const unbounded = isUnbounded(entry.kubernetes);
	return {
		'data-runtime': entry.runtime.join(' '),
		'data-kluster': entry.clusterType.join(' '),
		'data-versi': unbounded ? '' : expandRange(entry.kubernetes, KUBERNETES_VERSIONS).join(' '),
		'data-versi-label': unbounded ? '' : rangeLabel(entry.kubernetes),
		'data-os': entry.os.join(' '),
	};
}

/** Pure: decides from the attributes of applicabilityData, as read through `element.dataset`. */
export function applicabilityFromData(
	data: ApplicabilityDataset,
	profile: Profile | null,
): Applicability {
	const reasons: string[] = [];
	const check = (
		mine: string | undefined,
		attr: string | undefined,
		reason: (values: string[]) => string,
	) => {
		const values = attr?.split(' ').filter(Boolean) ?? [];
		if (mine && values.length && !values.includes(mine)) reasons.push(reason(values));
	};
	check(profile?.runtime, data.runtime, (v) => text.onlyRuntime(labels(RUNTIMES, v)));
	check(profile?.clusterType, data.kluster, (v) => text.onlyFor(clusterLabels(v)));
	check(profile?.kubernetes, data.versi, (v) =>
		text.onlyFor(data.versiLabel || text.kubernetes(joinAlternatives(v))),
	);
	check(profile?.os, data.os, (v) => text.onlyOs(labels(OPERATING_SYSTEMS, v)));
	return { applies: reasons.length === 0, reasons };
}

/** Whether an entry applies to a profile; a null profile rules nothing out. */
export function applicability(entry: ApplicabilityEntry, profile: Profile | null): Applicability {
	const d = applicabilityData(entry);
	return applicabilityFromData(
		{
			runtime: d['data-runtime'],
			kluster: d['data-kluster'],
			versi: d['data-versi'],
			versiLabel: d['data-versi-label'],
			os: d['data-os'],
		},
		profile,
	);
}

/** Indonesian alternatives: "a", "a atau b", "a, b, atau c". */
export function joinAlternatives(items: readonly string[]): string {
	return items.length < 3
		? items.join(' atau ')
		: `${items.slice(0, -1).join(', ')}, atau ${items.at(-1)}`;
}

function label(vocabulary: Readonly<Record<string, string>>, value: string): string {
	// Object.hasOwn: a hand-edited attribute such as "constructor" must not reach the prototype.
	return Object.hasOwn(vocabulary, value) ? vocabulary[value]! : value;
}

function labels(vocabulary: Readonly<Record<string, string>>, values: readonly string[]): string {
	return joinAlternatives(values.map((v) => label(vocabulary, v)));
}

/** "ACK dedicated" reads as is; "Dikelola sendiri" needs a noun: "kluster dikelola sendiri". */
function clusterLabels(values: readonly string[]): string {
	return joinAlternatives(
		values.map((v) => {
			const name = label(CLUSTER_TYPES, v);
			return name.startsWith('ACK') ? name : text.clusterNoun(name);
		}),
	);
}
