/**
 * Web storage that never throws. Browsers refuse it in some privacy settings and in sandboxed
 * frames; the page then acts as if nothing were stored, and what it writes is not remembered.
 */
export type Store = 'localStorage' | 'sessionStorage';

/** The stored value, or null when there is none or storage is blocked. */
export function readStored(key: string, store: Store = 'localStorage'): string | null {
	try {
		return window[store].getItem(key);
	} catch {
		return null;
	}
}

/** Stores `value`, or removes the key when it is null. False when the browser refuses. */
export function writeStored(
	key: string,
	value: string | null,
	store: Store = 'localStorage',
): boolean {
	try {
		if (value === null) window[store].removeItem(key);
		else window[store].setItem(key, value);
		return true;
	} catch {
		return false;
	}
}
