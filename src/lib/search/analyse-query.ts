/**
 * A prepared query checked against the index's vocabulary, in the browser, before any search:
 * which words the index has, which only start an indexed word (still being typed), which are
 * typos of an indexed word, which compounds it holds joined, and which it lacks. What is left is
 * sent to Pagefind once.
 */
import {
	lookupWords,
	MAX_MEANINGFUL,
	withCompounds,
	withTerms,
	type PreparedQuery,
	type QueryTerm,
} from './prepare-query';
import { closestWord, defaultVariants, type Variants } from './variants';
import type { Lexicon } from './vocabulary';

export interface AnalysedQuery {
	/** The query with indexed compounds joined, typos corrected and unindexed words left out. */
	readonly prepared: PreparedQuery;
	/** Words of the query the index does not have (left out of every search). */
	readonly unindexed: readonly string[];
	/**
	 * The one word to search when no page has every word: the most telling indexed word.
	 * Null when the strict search is that word already, or there is none.
	 */
	readonly fallback: string | null;
	/** Pages holding each searched word (0 for an unfinished word: it is a prefix). */
	readonly counts: ReadonlyMap<string, number>;
}

/**
 * Every word of a prepared query that a look-up needs: its terms, what they were written as,
 * and its compounds joined. Load the vocabulary shards of these before {@link analyseQuery}.
 */
export function queryWords(
	prepared: PreparedQuery,
	variants: Variants = defaultVariants,
): string[] {
	const words = new Set<string>();
	const worth = lookupWords(prepared, variants);
	for (const term of prepared.terms) {
		if (worth && !worth.has(term.text)) continue;
		words.add(term.text);
		if (term.original !== term.text) words.add(term.original);
	}
	for (const compound of prepared.compounds) words.add(compound.joined);
	return [...words];
}

/** Checks a prepared query against the lexicon of its words' shards. */
export function analyseQuery(
	input: PreparedQuery,
	lexicon: Lexicon,
	variants: Variants = defaultVariants,
): AnalysedQuery {
	const indexedCompounds = new Set(
		input.compounds.filter((c) => lexicon.count(c.joined) > 0).map((c) => c.joined),
	);
	const joined = indexedCompounds.size ? withCompounds(input, indexedCompounds, variants) : input;
	// A pasted log's other words were not looked up (their shards are not loaded): left out, as
	// they could not reach the searches anyway, not counted as words the index lacks.
	const worth = lookupWords(input, variants);
	const considered = worth
		? joined.terms.filter((term) => worth.has(term.text) || indexedCompounds.has(term.text))
		: joined.terms;
	const typed = joined.kind === 'typed';
	const unindexed: string[] = [];
	const terms: QueryTerm[] = [];
	const partialTerm = considered.find((term) => term.partial);
	const othersSayMore = considered.some((term) => term !== partialTerm && !term.stopword);
	for (const term of considered) {
		const kept = resolve(term, lexicon, typed, othersSayMore);
		if (kept) {
			if (!terms.some((t) => t.text === kept.text)) terms.push(kept);
		} else if (!term.stopword) unindexed.push(term.text);
	}
	const prepared = withTerms(joined, terms, variants);
	const strictTerms = prepared.strict ? prepared.strict.split(' ') : [];
	const meaningful = prepared.meaningful.filter((word) => lexicon.has(word));
	// A part of an identifier (`controller` of `node-controller`) means something only with the
	// rest of it; alone it is weaker evidence than a word written on its own.
	const standalone = meaningful.filter(
		(word) => !terms.some((term) => term.text === word && term.compoundOnly),
	);
	const fallback = strictTerms.length > 1 ? (standalone[0] ?? meaningful[0] ?? null) : null;
	const counts = new Map<string, number>();
	for (const term of terms) counts.set(term.text, term.partial ? 0 : lexicon.count(term.text));
	for (const word of meaningful) if (!counts.has(word)) counts.set(word, lexicon.count(word));
	return {
		prepared: { ...prepared, meaningful: meaningful.slice(0, MAX_MEANINGFUL) },
		unindexed,
		fallback,
		counts,
	};
}

/**
 * The term as the index can find it, or null when it cannot. An unfinished word counts when
 * it starts an indexed word; once it starts none it is a finished word, maybe misspelled, and
 * when the other words say more it is left out, as it would only narrow the search to nothing.
 */
function resolve(
	term: QueryTerm,
	lexicon: Lexicon,
	typed: boolean,
	othersSayMore: boolean,
): QueryTerm | null {
	if (term.partial) {
		if (lexicon.prefixCount(term.text) > 0) return term;
		const corrected = closestWord(term.text, indexedNeighbours(term.text, lexicon));
		if (corrected) return { ...term, text: corrected, change: 'typo', partial: false };
		if (othersSayMore || term.stopword) return null;
		for (let end = term.text.length - 1; end >= 3; end--) {
			const prefix = term.text.slice(0, end);
			if (lexicon.prefixCount(prefix) > 0) return { ...term, text: prefix };
		}
		return null;
	}
	if (lexicon.count(term.text) > 0 || lexicon.prefixCount(term.text) > 0) return term;
	// A word the index lacks but a typist meant: the indexed word one slip away.
	if (typed && term.change === null) {
		const corrected = closestWord(term.text, indexedNeighbours(term.text, lexicon));
		if (corrected) return { ...term, text: corrected, change: 'typo' };
	}
	return null;
}

function indexedNeighbours(word: string, lexicon: Lexicon): string[] {
	return lexicon.neighbours(word).filter((candidate) => candidate !== word);
}
