/**
 * Turns masked lines into tokens, in the two forms search needs: Pagefind words (split the way
 * Pagefind 1.6 indexes a page) and signature tokens (every letter/digit run, with `*` for
 * each masked value).
 */
import { MARK, type MaskResult, type VolatileKind } from './mask-volatile';
import { normalizeWord, WORD_RUN } from './words';

/** Stands for one or more masked values in a signature token sequence. */
export const WILDCARD = '*';

/** A word as Pagefind would index it, before variants are applied. */
export interface Word {
	/** Lowercased letters and digits only. */
	readonly text: string;
	/**
	 * The word stood alone (maybe with punctuation around it), not inside an identifier such
	 * as `diagnose_k8s.sh`: only such words are translated, de-affixed or corrected.
	 */
	readonly standalone: boolean;
	/** The index in the `compounds` list of the chunk this word is a part of, if it is one. */
	readonly compound?: number;
}

/**
 * A whitespace chunk that Pagefind indexes as one joined word besides its parts
 * (`[$NODE_NAME]` → `node_name`, `kube-system` → `kubesystem`, `u+x` → `ux`).
 */
export interface Compound {
	/** The joined word, as Pagefind indexes the chunk (before stemming). */
	readonly joined: string;
	/** The words {@link chunkWords} gave for the chunk (may be none: `u+x`). */
	readonly parts: readonly string[];
}

/**
 * Characters Pagefind keeps inside an indexed word besides letters and digits: its default
 * `includeCharacters`, the connector punctuation (`_` and its look-alikes).
 */
const INCLUDED = '_\u203F\u2040\u2054\uFE33\uFE34\uFE4D\uFE4E\uFE4F\uFF3F';
const NOT_INDEXED = new RegExp(`[^\\p{L}\\p{N}${INCLUDED}]`, 'gu');
const HAS_INCLUDED = new RegExp(`[${INCLUDED}]`, 'u');
const CASE_BOUNDARY = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;
const MAX_WORD = 40;
// Where a dropped value was: not a letter or digit, and not punctuation either, so a word
// glued to it no longer counts as standalone.
const DROPPED = '\u0001';

/**
 * The words Pagefind finds for a chunk of text. Pagefind indexes each whitespace-separated
 * chunk as its letters and digits joined (`kube-system` → `kubesystem`), and, when the chunk
 * has punctuation or inner capitals, also as its parts split on punctuation, case and
 * letter/digit changes, keeping parts of two or more characters (`kube`, `system`). Its search
 * side only drops Unicode punctuation and keeps `$`, `|`, `=`, `_`. So a query matches best
 * when each run between punctuation is searched on its own: whole when it opens the chunk
 * (Pagefind matches prefixes, and the joined word starts with it) or has no inner boundary,
 * otherwise as the parts Pagefind indexed. Given `compounds`, a chunk whose joined word is more
 * than its one part is also recorded there, so a search can try the joined word first.
 */
export function chunkWords(chunk: string, into: Word[], compounds?: Compound[]): void {
	const runs = chunk.match(WORD_RUN);
	if (!runs) return;
	const standalone = runs.length === 1 && isEdgePunctuated(chunk, runs[0]!);
	const parts: string[] = [];
	runs.forEach((run, index) => {
		for (const word of searchableParts(run, index === 0)) {
			const text = normalizeWord(word);
			if (text.length > 1 && text.length <= MAX_WORD) parts.push(text);
		}
	});
	const joined = compounds ? joinedWord(chunk, runs, parts) : null;
	let compound: number | undefined;
	if (joined !== null && !(parts.length === 1 && parts[0] === joined)) {
		compound = compounds!.length;
		compounds!.push({ joined, parts });
	}
	for (const text of parts) {
		into.push(compound === undefined ? { text, standalone } : { text, standalone, compound });
	}
}

/**
 * The words Pagefind's index holds for one whitespace chunk of a page: the chunk joined
 * (letters, digits and included characters), and, when it has punctuation or inner case and
 * digit changes, every part of two or more characters as well. The vocabulary is built from
 * these, so the search can tell which of a query's words the index has without asking it.
 */
export function indexedWords(chunk: string, into: Set<string>): void {
	const runs = chunk.match(WORD_RUN);
	if (!runs) return;
	const joined = joinedOf(chunk);
	if (joined.length > 1 && joined.length <= MAX_WORD) into.add(joined);
	if (runs.length === 1 && runs[0]!.length === chunk.length && !CASE_BOUNDARY.test(chunk)) {
		if (!/\p{N}/u.test(chunk) || !/\p{L}/u.test(chunk)) return;
	}
	for (const run of runs) {
		const parts = splitBoundaries(run);
		if (parts.length > 1 || runs.length > 1) {
			for (const part of parts) {
				const text = normalizeWord(part);
				if (text.length > 1 && text.length <= MAX_WORD) into.add(text);
			}
		}
	}
}

function joinedOf(chunk: string): string {
	let joined = chunk.toLowerCase();
	// eslint-disable-next-line no-control-regex
	if (/[^\u0000-\u007f]/.test(joined)) joined = joined.normalize('NFD').replace(/\p{M}/gu, '');
	return joined.replace(NOT_INDEXED, '');
}

/**
 * The word Pagefind indexes for a whole chunk: its letters, digits and included characters,
 * lowercased and without diacritics. Null when the chunk is a single plain word (nothing more
 * to find), or when it held a dropped value (the joined word would have had it).
 */
function joinedWord(
	chunk: string,
	runs: readonly string[],
	parts: readonly string[],
): string | null {
	if (chunk.includes(DROPPED)) return null;
	if (runs.length === 1 && parts.length < 2 && !HAS_INCLUDED.test(chunk)) return null;
	const joined = joinedOf(chunk);
	return joined.length > 1 && joined.length <= MAX_WORD ? joined : null;
}

function searchableParts(run: string, opensChunk: boolean): string[] {
	const parts = splitBoundaries(run);
	if (parts.length === 1) return parts;
	const kept = parts.filter((part) => part.length > 1);
	const keptLength = kept.reduce((sum, part) => sum + part.length, 0);
	if (CASE_BOUNDARY.test(run)) return keptLength * 2 >= run.length ? kept : [run];
	// Only letter/digit changes (x509, k8s, v1beta1): the joined word starts with an opening
	// run; a later run was indexed as its parts, if any part was long enough.
	return opensChunk ? [run] : kept;
}

/**
 * The words of a masked line. A masked value of a `keep` kind is put back as it was written;
 * any other splits its chunk like punctuation, so `diagnose_1714939155.tar.gz` still reads as
 * one identifier (`diagnose`, `tar`, `gz`).
 */
export function lineWords(
	line: MaskResult,
	keep: ReadonlySet<VolatileKind>,
	compounds?: Compound[],
): Word[] {
	const words: Word[] = [];
	let next = 0;
	const restored = line.text.replace(/\uE000/g, () => {
		const masked = line.masked[next++];
		return masked && keep.has(masked.kind) ? masked.value : DROPPED;
	});
	for (const chunk of restored.split(/\s+/)) if (chunk) chunkWords(chunk, words, compounds);
	return words;
}

/**
 * Appends a masked line's signature tokens: lowercased letter/digit runs, with consecutive
 * masked values (and runs that look generated: long digit runs, long letter-digit mixes)
 * collapsed into one {@link WILDCARD}. `wildcards` receives each wildcard's masked values.
 */
export function signatureTokens(line: MaskResult, tokens: string[], wildcards: string[]): void {
	let next = 0;
	const wildcard = (value: string) => {
		if (tokens[tokens.length - 1] === WILDCARD) {
			const previous = wildcards[wildcards.length - 1];
			wildcards[wildcards.length - 1] = previous ? `${previous} ${value}` : value;
		} else {
			tokens.push(WILDCARD);
			wildcards.push(value);
		}
	};
	for (const match of line.text.matchAll(/[\p{L}\p{N}]+|\uE000/gu)) {
		const token = match[0];
		if (token === MARK) {
			wildcard(line.masked[next++]?.value ?? '');
		} else {
			const lower = normalizeWord(token);
			if (looksGenerated(lower)) wildcard(lower);
			else tokens.push(lower);
		}
	}
}

function looksGenerated(token: string): boolean {
	if (token.length > MAX_WORD) return true;
	if (/^\d{6,}$/.test(token)) return true;
	if (token.length < 10) return false;
	const digits = token.replace(/\D/g, '').length;
	return digits >= 3 && token.length - digits >= 3;
}

/** Splits a letter/digit run where case or letter/digit changes, as Pagefind's indexer does. */
export function splitBoundaries(run: string): string[] {
	const parts: string[] = [];
	let start = 0;
	const chars = Array.from(run);
	const kind = (c: string | undefined) =>
		c === undefined ? 0 : /\p{N}/u.test(c) ? 1 : /\p{Lu}/u.test(c) ? 2 : 3;
	for (let i = 1; i < chars.length; i++) {
		const prev = kind(chars[i - 1]);
		const cur = kind(chars[i]);
		const next = kind(chars[i + 1]);
		const digitChange = (prev === 1) !== (cur === 1);
		const lowerUpper = prev === 3 && cur === 2;
		const acronymEnd = prev === 2 && cur === 2 && next === 3;
		if (digitChange || lowerUpper || acronymEnd) {
			parts.push(chars.slice(start, i).join(''));
			start = i;
		}
	}
	parts.push(chars.slice(start).join(''));
	return parts;
}

function isEdgePunctuated(chunk: string, run: string): boolean {
	const at = chunk.indexOf(run);
	const outside = chunk.slice(0, at) + chunk.slice(at + run.length);
	return /^[\p{P}]*$/u.test(outside);
}

// A chunk of lowercase letters, maybe with punctuation around it, is that one word.
const PLAIN_CHUNK = /^[("'[]*([a-z]{2,40})[)"'\].,:;!?]*$/;

/**
 * {@link indexedWords} over a whole text, for callers that split many texts sharing most of
 * their chunks (the pages of one site): each chunk is split once, up to `maxChunks` remembered.
 */
export function createTextWords(maxChunks: number): (text: string, into: Set<string>) => void {
	const chunks = new Map<string, readonly string[]>();
	return (text, into) => {
		for (const chunk of text.split(/\s+/)) {
			if (!chunk) continue;
			const plain = PLAIN_CHUNK.exec(chunk);
			if (plain) {
				into.add(plain[1]!);
				continue;
			}
			let found = chunks.get(chunk);
			if (!found) {
				const set = new Set<string>();
				indexedWords(chunk, set);
				found = [...set];
				if (chunks.size >= maxChunks) chunks.clear();
				chunks.set(chunk, found);
			}
			for (const word of found) into.add(word);
		}
	};
}
