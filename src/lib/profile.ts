/**
 * "Kluster saya": the reader's runtime, cluster type, Kubernetes minor and node OS, kept in
 * localStorage as versioned JSON (`{"v":1,"runtime":"docker","kubernetes":"1.28"}`).
 *
 * A stored profile is all or nothing: one unknown value, another format version, broken JSON or
 * anything but an object makes parseProfile ignore the whole profile and return a one-line
 * notice. A partly trusted profile would silently hide or mark entries on a guess.
 */
import {
	CLUSTER_TYPES,
	FACET_NAMES,
	OPERATING_SYSTEMS,
	RUNTIMES,
	type ClusterType,
	type OperatingSystem,
	type Runtime,
} from '../config/facets';
import { versions as KUBERNETES_VERSIONS } from '../config/kubernetes-versions.json';
import { profileText } from '../i18n/profile';
import type { FilterState } from './facet-filters';

export { PROFILE_STORAGE_KEY } from './profile-key';

/**
 * Dispatched on `document` after the profile was saved or cleared, as a CustomEvent whose
 * `detail` is the new Profile or null. Listeners may also just re-read storage; an event without
 * detail (dispatched to re-mark freshly rendered lists) means "re-read".
 */
export const PROFILE_CHANGE_EVENT = 'ack-faq:profile-change';

/** Bump when the stored shape changes; profiles in another version are ignored with a notice. */
export const PROFILE_FORMAT_VERSION = 1;

export const INVALID_PROFILE_NOTICE = profileText.invalidStored;

export interface Profile {
	runtime?: Runtime;
	clusterType?: ClusterType;
	/** A minor listed in src/config/kubernetes-versions.json, like "1.28". */
	kubernetes?: string;
	os?: OperatingSystem;
}

/** A stored profile is a few dozen bytes; anything this long is not one and is not parsed. */
const MAX_STORED_LENGTH = 1000;

/** The facets a cluster has one value of, in the order the profile form shows them. */
export const PROFILE_FIELDS = ['runtime', 'clusterType', 'kubernetes', 'os'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
const FIELDS = PROFILE_FIELDS;

function allowed(field: ProfileField, value: string): boolean {
	switch (field) {
		case 'runtime':
			return Object.hasOwn(RUNTIMES, value);
		case 'clusterType':
			return Object.hasOwn(CLUSTER_TYPES, value);
		case 'kubernetes':
			return KUBERNETES_VERSIONS.includes(value);
		case 'os':
			return Object.hasOwn(OPERATING_SYSTEMS, value);
	}
}

/**
 * A Profile from untrusted fields (parsed JSON, form values): absent, null and empty fields are
 * unset; any other value must be a known one, else the result is null. Other keys are ignored.
 */
export function normalizeProfile(candidate: unknown): Profile | null {
	if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return null;
	const source = candidate as Record<string, unknown>;
	const out: Record<string, string> = {};
	for (const field of FIELDS) {
		const value = Object.hasOwn(source, field) ? source[field] : undefined;
		if (value === undefined || value === null || value === '') continue;
		if (typeof value !== 'string' || !allowed(field, value)) return null;
		out[field] = value;
	}
	return out as Profile;
}

/**
 * Reads what localStorage holds under PROFILE_STORAGE_KEY. Never throws.
 * - null (nothing stored) → `{ profile: null, notice: null }`
 * - a valid profile → `{ profile, notice: null }`; one with no field set counts as no profile
 * - anything else → `{ profile: null, notice: INVALID_PROFILE_NOTICE }`
 */
export function parseProfile(raw: string | null): {
	profile: Profile | null;
	notice: string | null;
} {
	if (raw === null) return { profile: null, notice: null };
	const invalid = { profile: null, notice: INVALID_PROFILE_NOTICE };
	if (raw.length > MAX_STORED_LENGTH) return invalid;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return invalid;
	}
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { v?: unknown }).v !== PROFILE_FORMAT_VERSION
	) {
		return invalid;
	}
	const profile = normalizeProfile(data);
	if (!profile) return invalid;
	return { profile: Object.keys(profile).length ? profile : null, notice: null };
}

/** Versioned JSON for localStorage. Fields with unknown values are left out, never stored. */
export function serializeProfile(profile: Profile): string {
	const out: Record<string, string | number> = { v: PROFILE_FORMAT_VERSION };
	for (const field of FIELDS) {
		const value = profile[field];
		if (typeof value === 'string' && allowed(field, value)) out[field] = value;
	}
	return JSON.stringify(out);
}

/** The search filters a profile pre-selects: one value per facet it sets, no words, no category. */
export function profileToFilterState(profile: Profile | null): FilterState {
	const filters: FilterState['filters'] = {
		runtime: [],
		kluster: [],
		versi: [],
		os: [],
		kategori: [],
	};
	for (const field of PROFILE_FIELDS) {
		const value = profile?.[field];
		if (value) filters[FACET_NAMES[field]] = [value];
	}
	return { q: '', filters };
}
