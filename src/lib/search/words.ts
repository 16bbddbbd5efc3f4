/**
 * What a "word" is, for every part of search: a run of letters and digits, lowercased, without
 * combining marks. Pagefind's own rules for which runs it indexes (joined chunks, parts split on
 * case and digit changes) build on this in `tokenize.ts`.
 */

/** A run of letters and digits. Global: use with `match` or `matchAll`. */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** A run of letters only (the Indonesian and English words that variants apply to). */
export const LETTER_RUN = /\p{L}+/gu;

/** Lowercases a word as Pagefind does; lowercasing can add combining marks (İ → i̇), its words have none. */
export function normalizeWord(word: string): string {
	return word.toLowerCase().replace(/\p{M}/gu, '');
}

/** The words of a text, lowercased, in order (repeats kept). */
export function wordsOf(text: string): string[] {
	return (text.match(WORD_RUN) ?? []).map(normalizeWord);
}

/** The letter-only words of a text, lowercased, in order. */
export function letterWordsOf(text: string): string[] {
	return text.toLowerCase().match(LETTER_RUN) ?? [];
}
