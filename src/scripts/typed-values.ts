/**
 * The placeholder values the reader typed, in sessionStorage: read by the command tools, and
 * written both by them and by the bootstrap script, for values typed before the tools arrived.
 */
import {
	VALUES_STORAGE_KEY,
	parseStoredValues,
	withTypedValues,
	type TypedValue,
} from '../lib/commands/parse-stored-values';
import { readStored, writeStored } from './storage';

/** Stored values by `valueKey(name, label)`; empty when nothing is stored or storage is blocked. */
export const loadTypedValues = () =>
	parseStoredValues(readStored(VALUES_STORAGE_KEY, 'sessionStorage'));

/** Keeps `typed` on top of the stored values; an empty value forgets its placeholder. */
export function saveTypedValues(typed: readonly TypedValue[]): void {
	const raw = readStored(VALUES_STORAGE_KEY, 'sessionStorage');
	writeStored(VALUES_STORAGE_KEY, withTypedValues(raw, typed), 'sessionStorage');
}
