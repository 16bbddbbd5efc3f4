/**
 * Whether an entry applies to the reader's cluster ("Kluster saya"), and why not.
 *
 * The build writes an entry's limits (entry-facets.ts) into data attributes (applicabilityData);
 * the browser decides from those attributes alone (applicabilityFromData), so it never parses
 * version ranges, and both sides use the one rule of entry-facets.ts. Facets the profile leaves
 * unset, and facets an entry is not limited in, never exclude.
 */
import { CLUSTER_TYPES, FACET_NAMES, OPERATING_SYSTEMS, RUNTIMES } from '../config/facets';
import { applicabilityText as text } from '../i18n/applicability';
import { joinAlternatives } from '../i18n/list';
import { appliesTo, limitsOf, type EntryFacets } from './entry-facets';
import { rangeLabel } from './kube-range';
import { PROFILE_FIELDS, type Profile, type ProfileField } from './profile';

/** Whether an entry applies to a profile, and the Indonesian reasons when it does not. */
export interface ProfileMatch {
	applies: boolean;
	/** One per facet that rules the entry out: "hanya untuk Kubernetes < 1.24". */
	reasons: string[];
}

/** The attribute of the range as the reason shows it ("Kubernetes < 1.24"). */
const RANGE_LABEL = `${FACET_NAMES.kubernetes}-label` as const;

/**
 * The attributes an entry page's `<faq-applicability>` and each entry list item carry, one per
 * profile facet (`data-runtime`, `data-kluster`, `data-versi`, `data-os`) and `data-versi-label`.
 * Values are space-separated limits; an empty string means "every value".
 */
export type ApplicabilityData = {
	[F in ProfileField as `data-${(typeof FACET_NAMES)[F]}`]: string;
} & { [K in `data-${typeof RANGE_LABEL}`]: string };

/** The same attributes as the browser's `element.dataset` sees them. */
export type ApplicabilityDataset = Readonly<Record<string, string | undefined>>;

/** Throws RangeSyntaxError for a range the schema would reject. */
export function applicabilityData(entry: EntryFacets): ApplicabilityData {
	const data: Record<string, string> = {};
	for (const field of PROFILE_FIELDS) {
		const limits = limitsOf(entry, field);
		data[`data-${FACET_NAMES[field]}`] = limits.join(' ');
		if (field === 'kubernetes')
			data[`data-${RANGE_LABEL}`] = limits.length ? rangeLabel(entry.kubernetes) : '';
	}
	return data as ApplicabilityData;
}

/** The dataset key of a `data-*` attribute: `versi-label` → `versiLabel`. */
const datasetKey = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Pure: decides from the attributes of applicabilityData, as read through `element.dataset`. */
export function applicabilityFromData(
	data: ApplicabilityDataset,
	profile: Profile | null,
): ProfileMatch {
	const reasons: string[] = [];
	for (const field of PROFILE_FIELDS) {
		const mine = profile?.[field];
		const limits = data[datasetKey(FACET_NAMES[field])]?.split(' ').filter(Boolean) ?? [];
		if (mine && !appliesTo(limits, mine)) reasons.push(reason(field, limits, data));
	}
	return { applies: reasons.length === 0, reasons };
}

/** Whether an entry applies to a profile; a null profile rules nothing out. */
export function applicability(entry: EntryFacets, profile: Profile | null): ProfileMatch {
	const dataset = Object.fromEntries(
		Object.entries(applicabilityData(entry)).map(([name, value]) => [
			datasetKey(name.slice('data-'.length)),
			value,
		]),
	);
	return applicabilityFromData(dataset, profile);
}

function reason(field: ProfileField, limits: readonly string[], data: ApplicabilityDataset) {
	switch (field) {
		case 'runtime':
			return text.onlyRuntime(labels(RUNTIMES, limits));
		case 'clusterType':
			return text.onlyFor(clusterLabels(limits));
		case 'kubernetes':
			return text.onlyFor(
				data[datasetKey(RANGE_LABEL)] || text.kubernetes(joinAlternatives(limits)),
			);
		case 'os':
			return text.onlyOs(labels(OPERATING_SYSTEMS, limits));
	}
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
