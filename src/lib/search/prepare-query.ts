/**
 * Turns raw text from the search box — a few typed words or a 100 KB pasted log — into what to
 * search: Pagefind terms for a strict (all words) pass, a short list of meaningful terms for a
 * fallback pass, and signature tokens for matching known error messages.
 */
import { KEPT_WHEN_TYPED, maskVolatile, type VolatileKind } from './mask-volatile';
import { errorScore, isErrorWord, sampleLog } from './sample-log';
import { lineWords, signatureTokens, WILDCARD, type Compound, type Word } from './tokenize';
import {
	deaffix,
	deaffixPrefix,
	defaultVariants,
	mapWord,
	type Change,
	type Variants,
} from './variants';

/** `typed`: words a person typed. `log`: pasted output (error lines, commands with output). */
export type QueryKind = 'empty' | 'typed' | 'log';

/** One word to search for. */
export interface QueryTerm {
	/** What is searched: lowercased letters and digits. */
	readonly text: string;
	/** The word as it was written (lowercased), before variants were applied. */
	readonly original: string;
	/** How `original` became `text`, or null when they are the same. */
	readonly change: Change | null;
	/** A stopword: searched only when the query has nothing else. */
	readonly stopword: boolean;
	/** The last word, still being typed: `text` is a prefix. */
	readonly partial: boolean;
	/** Rank of its line in the sample (0 = the most error-like line). */
	readonly line: number;
	/**
	 * Only for a word that came from compound chunks alone (`name` of `[$NODE_NAME]`): the
	 * indexes of those compounds in {@link PreparedQuery.compounds}. Absent when the word was
	 * also written on its own.
	 */
	readonly compoundOnly?: readonly number[];
	/**
	 * Searched in the fallback pass only: the Indonesian word for an English word of a pasted
	 * log (`forbidden` → `izin`), which the pages' own English error text would not contain.
	 */
	readonly fallbackOnly?: boolean;
}

/** A chunk that Pagefind indexed joined (`[$NODE_NAME]` → `node_name`) as well as in parts. */
export interface QueryCompound {
	/** The joined word, to search when the index has it. */
	readonly joined: string;
	/** The terms its parts gave (the fallback when the index does not have the joined word). */
	readonly parts: readonly string[];
	/** Rank of its line in the sample. */
	readonly line: number;
}

/** The result of {@link prepareQuery}. Plain data; nothing here is HTML. */
export interface PreparedQuery {
	readonly kind: QueryKind;
	/** Every distinct term, in the order written. */
	readonly terms: readonly QueryTerm[];
	/** The Pagefind query for the strict pass (every word must match); '' when none. */
	readonly strict: string;
	/** At most {@link MAX_MEANINGFUL} single words for the fallback pass, best first. */
	readonly meaningful: readonly string[];
	/** The term treated as a prefix because it is still being typed, or null. */
	readonly partial: string | null;
	/** Signature tokens: lowercased letter/digit runs, `*` for masked values. */
	readonly signature: readonly string[];
	/** The masked values behind each `*` of `signature`, in order. */
	readonly wildcards: readonly string[];
	/** `signature` joined by spaces: the normalised form of the text. */
	readonly normalized: string;
	/** Part of the input was left out (too long, too many lines). */
	readonly truncated: boolean;
	/**
	 * Compound chunks worth checking against the index, most useful first: from a pasted log,
	 * only those of its most error-like line. See {@link withCompounds}.
	 */
	readonly compounds: readonly QueryCompound[];
}

export interface PrepareOptions {
	readonly variants?: Variants;
}

/** The most terms in a strict query; more words make an all-words match unlikely anyway. */
export const MAX_STRICT = 10;
/** The most fallback terms, so the fallback pass runs a bounded number of searches. */
export const MAX_MEANINGFUL = 8;

const NOTHING_KEPT: ReadonlySet<VolatileKind> = new Set();
// Words that appear in most error messages and so say little about which one it is.
const GENERIC = new Set([
	'error',
	'errors',
	'err',
	'failed',
	'failure',
	'unable',
	'cannot',
	'get',
	'post',
	'put',
	'http',
	'https',
	'api',
	'unknown',
	'desc',
	'code',
	'rpc',
	'msg',
	'level',
	'info',
	'warn',
	'true',
	'false',
	'null',
	'nil',
	'server',
	'request',
	'reason',
	'message',
	'status',
]);

/**
 * Prepares raw search-box text. Never throws; any input, of any size, is bounded by the
 * sample limits of `sampleLog` before it is normalised.
 */
export function prepareQuery(input: string, options: PrepareOptions = {}): PreparedQuery {
	const variants = options.variants ?? defaultVariants;
	const text = typeof input === 'string' ? input : '';
	const sample = sampleLog(text);
	const lines = sample.lines.map((line) => ({
		...line,
		masked: maskVolatile(line.text.normalize('NFC')),
	}));
	const kind: QueryKind =
		lines.length === 0
			? 'empty'
			: sample.multiline || text.trim().length >= 100 || lines.some((l) => looksPasted(l.text))
				? 'log'
				: 'typed';
	const typed = kind === 'typed';

	const signature: string[] = [];
	const wildcards: string[] = [];
	for (const line of lines) {
		if (signature.length && signature[signature.length - 1] !== WILDCARD) {
			signature.push(WILDCARD);
			wildcards.push('');
		}
		signatureTokens(line.masked, signature, wildcards);
	}

	const stillTyping = typed && !/\s$/.test(text);
	const byText = new Map<string, QueryTerm>();
	const ordered: QueryTerm[] = [];
	const chunks: (Compound & { line: number })[] = [];
	// Per term: the compounds it came from, or null once it was also written on its own.
	const origins = new Map<string, Set<number> | null>();
	lines.forEach((line, lineIndex) => {
		// From a pasted log, only its most error-like line's compounds are of use.
		const compounds: Compound[] | undefined = typed || line.rank === 0 ? [] : undefined;
		const words = lineWords(line.masked, typed ? KEPT_WHEN_TYPED : NOTHING_KEPT, compounds);
		const offset = chunks.length;
		for (const compound of compounds ?? []) chunks.push({ ...compound, line: line.rank });
		words.forEach((word, wordIndex) => {
			const last = stillTyping && lineIndex === lines.length - 1 && wordIndex === words.length - 1;
			for (const term of termsOf(word, last, typed, line.rank, variants)) {
				const origin = origins.get(term.text);
				if (word.compound === undefined) origins.set(term.text, null);
				else if (origin !== null) {
					origins.set(term.text, (origin ?? new Set()).add(offset + word.compound));
				}
				const seen = byText.get(term.text);
				if (seen) {
					let kept = seen;
					if (seen.fallbackOnly && !term.fallbackOnly) kept = { ...term, partial: seen.partial };
					if (term.partial && !kept.partial) kept = { ...kept, partial: true };
					if (kept !== seen) byText.set(term.text, kept);
					continue;
				}
				byText.set(term.text, term);
				ordered.push(term);
			}
		});
	});
	const terms = ordered.map((term) => {
		const known = byText.get(term.text)!;
		const origin = origins.get(term.text);
		return origin ? { ...known, compoundOnly: [...origin] } : known;
	});
	const partial = terms.find((term) => term.partial)?.text ?? null;
	const nonEmptyKind: QueryKind =
		terms.length || signature.some((t) => t !== WILDCARD) ? kind : 'empty';
	return {
		kind: nonEmptyKind,
		terms,
		strict: strictQuery(terms, kind === 'log'),
		meaningful: meaningfulTerms(terms, variants),
		partial,
		signature,
		wildcards,
		normalized: signature.join(' '),
		truncated: sample.truncated,
		compounds: usefulCompounds(chunks, terms, kind === 'log'),
	};
}

/** The most compound chunks a prepared query lists. */
export const MAX_COMPOUNDS = 8;

function usefulCompounds(
	chunks: readonly (Compound & { line: number })[],
	terms: readonly QueryTerm[],
	log: boolean,
): QueryCompound[] {
	const texts = new Set(terms.map((term) => term.text));
	const seen = new Set<string>();
	const out: QueryCompound[] = [];
	for (const chunk of chunks) {
		if (log && chunk.line !== 0) continue;
		if (seen.has(chunk.joined) || texts.has(chunk.joined)) continue;
		// Pagefind searches a digits-only word as it is; its joined form says nothing more.
		if (/^\d+$/.test(chunk.joined) && chunk.parts.length === 0) continue;
		seen.add(chunk.joined);
		out.push({
			joined: chunk.joined,
			parts: chunk.parts.filter((p) => texts.has(p)),
			line: chunk.line,
		});
		if (out.length >= MAX_COMPOUNDS) break;
	}
	return out;
}

/**
 * The query with the compounds whose joined word the index has (`indexed`, e.g. `node_name`)
 * searched joined: the joined word takes the place of the parts that came only from it, so
 * `[$NODE_NAME]` finds the one page that has it rather than every page with "node" and "name".
 */
export function withCompounds(
	prepared: PreparedQuery,
	indexed: ReadonlySet<string>,
	variants: Variants = defaultVariants,
): PreparedQuery {
	const resolved = new Set<number>();
	prepared.compounds.forEach((compound, index) => {
		if (indexed.has(compound.joined)) resolved.add(index);
	});
	if (resolved.size === 0) return prepared;
	const terms: QueryTerm[] = [];
	const placed = new Set<number>();
	const place = (index: number) => {
		if (placed.has(index)) return;
		placed.add(index);
		const compound = prepared.compounds[index]!;
		if (terms.some((t) => t.text === compound.joined)) return;
		terms.push({
			text: compound.joined,
			original: compound.joined,
			change: null,
			stopword: false,
			partial: false,
			line: compound.line,
		});
	};
	for (const term of prepared.terms) {
		const from = term.compoundOnly ?? [];
		for (const index of from) if (resolved.has(index)) place(index);
		const replaced = from.length > 0 && from.every((index) => resolved.has(index));
		if (!replaced && !terms.some((t) => t.text === term.text)) terms.push(term);
	}
	for (const index of resolved) place(index);
	return withTerms(prepared, terms, variants);
}

function looksPasted(line: string): boolean {
	return errorScore(line) > 0 && /[:=]/.test(line) && line.split(/\s+/).length >= 4;
}

function termsOf(
	word: Word,
	partial: boolean,
	typed: boolean,
	line: number,
	variants: Variants,
): QueryTerm[] {
	const mapped = mapWord(word.text, word.standalone, typed, variants);
	let texts = mapped.words;
	let change = mapped.change;
	if (partial && word.standalone && (change === null || change === 'typo')) {
		// An unfinished word is no typo; it may be the start of an affixed form. Unless no known
		// word starts with it, nor with it unprefixed: then it is a finished word, misspelled.
		const prefix = deaffixPrefix(word.text, variants);
		const unfinished =
			prefix !== word.text || variants.lexicon.some((known) => known.startsWith(word.text));
		if (change !== 'typo' || unfinished) {
			texts = [prefix];
			change = prefix === word.text ? null : 'affix';
		}
	}
	const terms: QueryTerm[] = texts
		.filter((text) => text.length > 1)
		.filter((text) => typed || !/^\d+$/.test(text) || variants.keepNumbers.has(text))
		.map((text, index) => ({
			text,
			original: word.text,
			change,
			stopword: variants.stopwords.has(text),
			partial: partial && index === texts.length - 1,
			line,
		}));
	// A pasted log stays English for the strict pass (our pages quote errors in English), but
	// the English words that say what failed (`forbidden`, `denied`, `expired`) also say, in
	// the pages' words, what the error is about. Other English words of a log are mostly
	// output (table headers, status fields) and stay as they are.
	const english = !typed && word.standalone ? variants.english.get(word.text) : undefined;
	const meaning = english && isErrorWord(word.text) ? english : undefined;
	for (const part of meaning?.split(' ') ?? []) {
		const text = deaffix(part, variants);
		if (text.length < 2 || terms.some((term) => term.text === text)) continue;
		terms.push({
			text,
			original: word.text,
			change: 'english',
			stopword: variants.stopwords.has(text),
			partial: false,
			line,
			fallbackOnly: true,
		});
	}
	return terms;
}

function strictQuery(terms: readonly QueryTerm[], log: boolean): string {
	// From a pasted log, only its most error-like line: a page quotes one error, not the log.
	const pool = terms.filter((term) => !term.fallbackOnly && (!log || term.line === 0));
	let chosen = pool.filter((term) => !term.stopword);
	if (chosen.length === 0) chosen = [...pool];
	if (chosen.length > MAX_STRICT) {
		const best = new Set(
			[...chosen].sort((a, b) => informativeness(b) - informativeness(a)).slice(0, MAX_STRICT),
		);
		chosen = chosen.filter((term) => best.has(term));
	}
	return chosen.map((term) => term.text).join(' ');
}

/** How much a term says about which page is meant, before the index is asked. */
export function informativeness(term: QueryTerm): number {
	let score = Math.min(term.text.length, 10);
	if (term.change) score += 2;
	if (term.line === 0) score += 2;
	if (GENERIC.has(term.text)) score -= 6;
	if (/^\d+$/.test(term.text)) score -= 3;
	return score;
}

function meaningfulTerms(
	terms: readonly QueryTerm[],
	variants: Variants,
	count = MAX_MEANINGFUL,
): string[] {
	const scored = new Map<string, number>();
	const offer = (text: string, score: number) => {
		if (text.length < 2 || variants.stopwords.has(text)) return;
		scored.set(text, Math.max(scored.get(text) ?? -Infinity, score));
	};
	for (const term of terms) {
		const known = variants.known.has(term.text) ? 3 : 0;
		offer(term.text, informativeness(term) + known);
		// The word as written may be on a page too (English error text, an affixed form).
		if (term.change === 'english' || term.change === 'affix') {
			offer(term.original, informativeness(term) - 2);
		}
	}
	return [...scored]
		.sort((a, b) => b[1] - a[1])
		.slice(0, count)
		.map(([text]) => text);
}

/**
 * Words past the best that a check against the index may still need: when it leaves some of
 * the best out, the next ones take their place in the strict and the fallback queries.
 */
export const LOOKUP_SPARES = 4;

/**
 * The words of a pasted log worth checking against the index: those that can reach its strict
 * query (of its most error-like line, the best {@link MAX_STRICT} by informativeness) or its
 * fallback words (the best {@link MAX_MEANINGFUL}), each with {@link LOOKUP_SPARES} more, and
 * what they were written as. A long log has far more words than that, and each other word would
 * cost a vocabulary shard to learn nothing the search uses. Null for a typed query: all of it
 * is looked up, as a word it lacks changes what the reader is told.
 */
export function lookupWords(prepared: PreparedQuery, variants: Variants = defaultVariants) {
	if (prepared.kind !== 'log') return null;
	const pool = prepared.terms.filter((t) => !t.fallbackOnly && !t.stopword && t.line === 0);
	const strict = [...pool]
		.sort((a, b) => informativeness(b) - informativeness(a))
		.slice(0, MAX_STRICT + LOOKUP_SPARES);
	const words = new Set(meaningfulTerms(prepared.terms, variants, MAX_MEANINGFUL + LOOKUP_SPARES));
	for (const term of strict) words.add(term.text).add(term.original);
	return words;
}

/** The query with other terms, and everything derived from the terms recomputed. */
export function withTerms(
	prepared: PreparedQuery,
	terms: QueryTerm[],
	variants: Variants,
): PreparedQuery {
	return {
		...prepared,
		terms,
		strict: strictQuery(terms, prepared.kind === 'log'),
		meaningful: meaningfulTerms(terms, variants),
		partial: terms.find((term) => term.partial)?.text ?? null,
	};
}
