/**
 * The search page's facet filters: what each entry is indexed under in Pagefind, the filter state
 * in the URL, the filter object handed to Pagefind and the hint shown when nothing matches.
 *
 * One name per facet (FACET_NAMES in src/config/facets.ts) serves as URL parameter, Pagefind
 * filter name and `data-*` attribute, and it is the same segment the tag pages use, so
 * `/tag/kluster/edge/` and `/cari/?kluster=edge` read alike:
 *
 * | param      | facet            | values                          |
 * | ---------- | ---------------- | ------------------------------- |
 * | `q`        | search words     | free text, at most 200 chars    |
 * | `runtime`  | Runtime          | keys of RUNTIMES                |
 * | `kluster`  | Tipe kluster     | keys of CLUSTER_TYPES           |
 * | `versi`    | Versi Kubernetes | minors in kubernetes-versions   |
 * | `os`       | Sistem operasi   | keys of OPERATING_SYSTEMS       |
 * | `kategori` | Kategori         | keys of CATEGORIES              |
 *
 * A parameter repeats for several values (`?runtime=containerd&runtime=docker`), which means ANY
 * of them; different parameters must all hold.
 */
import { FACET_NAMES, TAG_FACETS, type FacetField, type FacetName } from '../config/facets';
import { joinAlternatives } from '../i18n/list';
import { emptySearchText } from '../i18n/search';
import { facetVocabulary, valuesApplying, type EntryFacets } from './entry-facets';

export type FacetKey = FacetName;

export interface FacetOption {
	value: string;
	/** Indonesian label for checkboxes and hints. */
	label: string;
}

export interface Facet {
	key: FacetKey;
	/** The frontmatter field the facet reads. */
	field: FacetField;
	/** URL parameter; also the Pagefind filter name and the `data-*` attribute name. */
	param: FacetKey;
	/** Indonesian heading of the filter group. */
	label: string;
	/** Every allowed value in display order; parse and serialize keep this order. */
	options: readonly FacetOption[];
}

/** Selected values per facet; an empty list means the facet is not filtered. */
export type FacetSelection = Record<FacetKey, string[]>;

/** The search page's state, as read from and written to its URL. */
export interface FilterState {
	/** Untrusted search words; render as text only. Empty when browsing. */
	q: string;
	filters: FacetSelection;
}

/** What the functions below accept: a FilterState, or any part of one. */
export interface FilterStateInput {
	q?: string;
	filters?: Partial<Record<FacetKey, readonly string[]>>;
}

/** The `filters` option for `pagefind.search()`: ANY within a facet, AND across facets. */
export type PagefindFilters = Partial<Record<FacetKey, { any: string[] }>>;

/** What the empty-result hint needs of `pagefind.search(q, { filters })`'s response. */
export interface SearchCounts {
	/** `unfilteredResultCount`: results for the words alone, no filters. */
	unfilteredResultCount: number;
	/**
	 * `totalFilters`: per filter value, how many results the words alone have with that value.
	 * Pagefind only fills it after `await pagefind.filters()` has loaded the filter index.
	 */
	totalFilters?: Readonly<Record<string, Readonly<Record<string, number>>>>;
	/**
	 * Optional exact counts: `results.length` of the same search run once per active facet with
	 * `buildPagefindFilters(state, facet)`, i.e. with that one facet dropped. Sharper than
	 * `totalFilters` when only a combination of facets rules everything out.
	 */
	withoutFacet?: Partial<Record<FacetKey, number>>;
}

/** The search filters, in the order the UI shows them. */
export const FACETS: readonly Facet[] = (
	['runtime', 'clusterType', 'kubernetes', 'os', 'category'] as const
).map((field) => {
	// One vocabulary for tag pages and search: the tag page segment is the URL parameter.
	const tag = TAG_FACETS.find((t) => t.key === field)!;
	const labels: Readonly<Record<string, string>> | null = tag.values;
	return {
		key: FACET_NAMES[field],
		field,
		param: FACET_NAMES[field],
		label: tag.label,
		options: facetVocabulary(field).map((value) => ({ value, label: labels?.[value] ?? value })),
	};
});

const BY_PARAM = new Map(FACETS.map((f) => [f.param, f]));

/** Read no further than this many URL parameters: a real filter URL has fewer than 40. */
export const MAX_PARAMS = 100;
export const MAX_QUERY_LENGTH = 200;
/** Longer than any vocabulary value; longer input is dropped unread. */
const MAX_VALUE_LENGTH = 40;

/**
 * The `data-pagefind-filter` values to index for one entry, per facet: every value the entry
 * applies to (entry-facets.ts). An entry that names no runtime, cluster type or OS is indexed
 * under every value, so an ANY filter on `docker` still finds it; a version range is indexed
 * under the minors it contains, so picking 1.23 finds `<1.24` entries and not `>=1.24` ones.
 * Throws RangeSyntaxError for a range the schema would reject.
 */
export function pagefindFilterValues(entry: EntryFacets): FacetSelection {
	return selection((key) => valuesApplying(entry, facetOf(key).field));
}

/**
 * The same values as inline Pagefind filter specs, one per element:
 * `{pagefindFilterSpecs(entry).map((f) => <span hidden data-pagefind-filter={f} />)}`
 * renders `<span hidden data-pagefind-filter="versi:1.28">` and so on.
 */
export function pagefindFilterSpecs(entry: EntryFacets): string[] {
	const values = pagefindFilterValues(entry);
	return FACETS.flatMap((f) => values[f.key].map((v) => `${f.key}:${v}`));
}

/**
 * Reads the search page's URL. Never throws: unknown parameters and values are dropped, values
 * are matched case-insensitively, only the first MAX_PARAMS parameters are read and the query is
 * cut to MAX_QUERY_LENGTH characters. Values come back once each, in FACETS order.
 */
export function parseFilterState(params: URLSearchParams): FilterState {
	const picked = new Map<FacetKey, Set<string>>();
	let q = '';
	let read = 0;
	for (const [name, raw] of params) {
		if (++read > MAX_PARAMS) break;
		if (name === 'q') {
			q ||= cleanQuery(raw);
			continue;
		}
		const f = BY_PARAM.get(name as FacetKey);
		if (!f || raw.length > MAX_VALUE_LENGTH) continue;
		const value = normalizeValue(f.key, raw);
		if (!f.options.some((o) => o.value === value)) continue;
		const set = picked.get(f.key) ?? new Set();
		picked.set(f.key, set.add(value));
	}
	return { q, filters: selection((key) => picked.get(key) ?? []) };
}

/**
 * The query string for a state, without `?`: `q` first, then facets and values in FACETS order,
 * so equal states give equal URLs. Unknown values are left out.
 */
export function serializeFilterState(state: FilterStateInput): string {
	const out = new URLSearchParams();
	const q = cleanQuery(state.q ?? '');
	if (q) out.append('q', q);
	const filters = normalizedFilters(state);
	for (const f of FACETS) {
		for (const value of filters[f.key]) out.append(f.param, value);
	}
	return out.toString();
}

/**
 * The `filters` option for `pagefind.search(q, { filters })`. Each facet becomes `{ any: [...] }`
 * (Pagefind reads a bare array as ALL); facets without values are left out. `omit` drops one
 * facet, for the per-facet searches behind SearchCounts.withoutFacet.
 */
export function buildPagefindFilters(state: FilterStateInput, omit?: FacetKey): PagefindFilters {
	const filters = normalizedFilters(state);
	const out: PagefindFilters = {};
	for (const f of FACETS) {
		const values = filters[f.key];
		if (values.length && f.key !== omit) out[f.key] = { any: values };
	}
	return out;
}

/** The facets that have at least one valid value selected, in FACETS order. */
export function activeFacets(state: FilterStateInput): FacetKey[] {
	const filters = normalizedFilters(state);
	return FACETS.filter((f) => filters[f.key].length > 0).map((f) => f.key);
}

interface Diagnosis {
	drop: FacetKey[];
	/** True when each facet in `drop` rules out every result alone, so all of them must go. */
	each: boolean;
}

function diagnose(state: FilterStateInput, counts: SearchCounts): Diagnosis {
	const active = activeFacets(state);
	if (counts.unfilteredResultCount === 0 || active.length === 0) return { drop: [], each: false };
	const filters = normalizedFilters(state);
	const blocking = active.filter((key) => {
		const perValue = counts.totalFilters?.[key];
		// Missing means Pagefind had not loaded the filter index: no evidence against the facet.
		return perValue !== undefined && filters[key].every((v) => !perValue[v]);
	});
	if (blocking.length) return { drop: blocking, each: true };
	const without = counts.withoutFacet ?? {};
	const freeing = active
		.filter((key) => (without[key] ?? 0) > 0)
		.sort((a, b) => (without[b] ?? 0) - (without[a] ?? 0));
	return { drop: freeing.length ? freeing : active, each: false };
}

/**
 * Which filters to drop to get results again, for a search that found nothing. First the
 * facets whose chosen values no result of the words carries at all (from `totalFilters`): all of
 * those must go. Failing that, the facets whose removal alone brings results back (from
 * `withoutFacet`), most results first; failing that, every active facet. Empty when the filters
 * are not to blame (none is set, or the words alone find nothing).
 */
export function filtersToDrop(state: FilterStateInput, counts: SearchCounts): FacetKey[] {
	return diagnose(state, counts).drop;
}

/**
 * The Indonesian hint for a search with zero results, e.g.
 * "Tidak ada entri untuk kombinasi ini. Coba hapus filter Runtime: Docker."
 * `counts` comes from the zero-result response of `pagefind.search()` (see SearchCounts).
 */
export function explainEmpty(state: FilterStateInput, counts: SearchCounts): string {
	if (counts.unfilteredResultCount === 0) {
		return cleanQuery(state.q ?? '')
			? emptySearchText.nothingEvenUnfiltered
			: emptySearchText.noEntries;
	}
	const { drop, each } = diagnose(state, counts);
	if (drop.length === 0) return emptySearchText.nothing;
	const filters = normalizedFilters(state);
	const name = (key: FacetKey) => {
		const f = facetOf(key);
		const labels = filters[key].map((v) => f.options.find((o) => o.value === v)?.label ?? v);
		const count = each ? undefined : counts.withoutFacet?.[key];
		return emptySearchText.filter(f.label, joinAlternatives(labels), count);
	};
	return emptySearchText.dropFilters(drop.map(name), each);
}

/** The parts of one `pagefind.search()` response (Pagefind 1.6) that the counts use. */
export interface PagefindCountsResponse {
	results: readonly unknown[];
	unfilteredResultCount: number;
	/** Per value: results of this search that also carry the value. */
	filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
	/** Per value: results of the words alone that carry the value. */
	totalFilters: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface FacetCounts {
	/** The count to show beside each value: results if that value were ticked in its facet. */
	perValue: Record<FacetKey, Record<string, number>>;
	/** The input explainEmpty needs. */
	search: SearchCounts;
}

/**
 * Per-value counts for the filter UI. Pagefind counts each value within the current results,
 * which is right for an unfiltered facet but, under ANY, undercounts the values not yet ticked
 * in a filtered one. So run `main` with `buildPagefindFilters(state)` and, for each active facet
 * F, one more search with `buildPagefindFilters(state, F)` as `omitted[F]`; F's counts come from
 * that one. Its result count also tells explainEmpty what dropping F would bring back.
 * Call `await pagefind.filters()` once first, or Pagefind returns no counts.
 */
export function facetCounts(
	main: PagefindCountsResponse,
	omitted: Partial<Record<FacetKey, PagefindCountsResponse>> = {},
): FacetCounts {
	const withoutFacet: Partial<Record<FacetKey, number>> = {};
	const perValue = {} as FacetCounts['perValue'];
	for (const f of FACETS) {
		const source = omitted[f.key];
		if (source) withoutFacet[f.key] = source.results.length;
		const counts = (source ?? main).filters[f.key] ?? {};
		perValue[f.key] = Object.fromEntries(f.options.map((o) => [o.value, counts[o.value] ?? 0]));
	}
	const search: SearchCounts = {
		unfilteredResultCount: main.unfilteredResultCount,
		totalFilters: main.totalFilters,
		withoutFacet,
	};
	return { perValue, search };
}

/** The facet metadata for one key. */
export function facetOf(key: FacetKey): Facet {
	return BY_PARAM.get(key)!;
}

function optionsOf(key: FacetKey): readonly FacetOption[] {
	return facetOf(key).options;
}

function selection(pick: (key: FacetKey) => Iterable<string>): FacetSelection {
	const chosen = (key: FacetKey) => {
		const set = new Set(pick(key));
		return optionsOf(key)
			.map((o) => o.value)
			.filter((v) => set.has(v));
	};
	return Object.fromEntries(FACETS.map((f) => [f.key, chosen(f.key)])) as FacetSelection;
}

/** A state's filters cut down to known values, each once, in vocabulary order. */
function normalizedFilters(state: FilterStateInput): FacetSelection {
	return selection((key) => {
		const list = state.filters?.[key];
		// Typed callers can still hand over anything at run time (a parsed profile, a hand-built state).
		return Array.isArray(list) ? list.map((v) => normalizeValue(key, String(v))) : [];
	});
}

function normalizeValue(key: FacetKey, raw: string): string {
	const value = raw.trim().toLowerCase();
	if (key !== FACET_NAMES.kubernetes) return value;
	// People paste what `kubectl version` prints: v1.28.3 means the minor 1.28.
	return /^v?(\d{1,3}\.\d{1,3})(?:\.\d{1,4})?$/.exec(value)?.[1] ?? value;
}

function cleanQuery(raw: string): string {
	// Control characters only ever arrive by tampering; they would break the echoed heading.
	return raw
		.replace(/[\u0000-\u001f\u007f]+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY_LENGTH)
		.trim();
}
