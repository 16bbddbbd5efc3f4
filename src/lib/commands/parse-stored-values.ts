/**
 * Placeholder values the reader typed, kept in sessionStorage so they follow them from page to
 * page. A value is stored under its name *and* label: `XX.XX.XX.XX` may be the master's IP on one
 * page and a worker's on another, and must not carry over between those.
 */

/** sessionStorage key of the values. */
export const VALUES_STORAGE_KEY = 'ack-faq:placeholders';

const MAX_ENTRIES = 100;
/** Longer values are dropped: no real node name, IP or region ID comes close. */
export const MAX_VALUE_LENGTH = 500;

/** The storage key of one placeholder. */
export const valueKey = (name: string, label: string) => `${name}=${label}`;

/**
 * Reads what `sessionStorage` holds, never throwing: anything that is not an object of short
 * strings (another version's format, a hand-edited value) is ignored entry by entry.
 */
export function parseStoredValues(raw: string | null): Record<string, string> {
	const values: Record<string, string> = Object.create(null);
	let data: unknown;
	try {
		data = JSON.parse(raw ?? '{}');
	} catch {
		return values;
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) return values;
	let n = 0;
	for (const [key, value] of Object.entries(data)) {
		if (typeof value !== 'string' || value === '' || value.length > MAX_VALUE_LENGTH) continue;
		if (++n > MAX_ENTRIES) break;
		values[key] = value;
	}
	return values;
}

/** A placeholder value as the reader typed it, with the label of the placeholder's marks. */
export interface TypedValue {
	name: string;
	label: string;
	value: string;
}

/**
 * What `sessionStorage` should hold once `typed` is kept: the stored values with the typed ones
 * set on top. An empty value removes its placeholder's entry, as clearing the input does.
 */
export function withTypedValues(raw: string | null, typed: readonly TypedValue[]): string {
	const values = parseStoredValues(raw);
	for (const { name, label, value } of typed) {
		const key = valueKey(name, label);
		const kept = value.slice(0, MAX_VALUE_LENGTH);
		if (kept) values[key] = kept;
		else delete values[key];
	}
	return JSON.stringify(values);
}
