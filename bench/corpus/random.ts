/**
 * Seeded randomness for the synthetic corpus. Every stream is named by the parts it is for
 * (`stream(seed, 'entry', 17)`), so an entry's text depends on the seed and its index only,
 * never on how many entries are generated or in which order.
 */

export type Random = () => number;

/** A 32-bit FNV-1a hash of the parts, joined so that ('a', 'bc') and ('ab', 'c') differ. */
function hash(parts: readonly (string | number)[]): number {
	let h = 0x811c9dc5;
	for (const char of parts.join('\u001f')) {
		h ^= char.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/** A SplitMix32 generator: fast, small, and good enough to pick words and numbers. */
export function stream(...parts: readonly (string | number)[]): Random {
	let state = hash(parts);
	return () => {
		state = (state + 0x9e3779b9) | 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return ((z ^ (z >>> 16)) >>> 0) / 0x1_0000_0000;
	};
}

/** A whole number from `min` to `max`, both included. */
export const between = (random: Random, min: number, max: number): number =>
	min + Math.floor(random() * (max - min + 1));

export const oneOf = <T>(random: Random, items: readonly T[]): T =>
	items[Math.floor(random() * items.length)]!;

export const chance = (random: Random, p: number): boolean => random() < p;

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** `length` characters drawn from `alphabet`. */
export const chars = (random: Random, alphabet: string, length: number): string =>
	Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
