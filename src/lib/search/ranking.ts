/**
 * The one place that decides the order of search results. Every weight that moves a page up or
 * down is here, named, with the reason it has the value it has: the Pagefind weights the entry
 * page gives its hidden search text, the costs of matching an error signature, and the order of
 * the evidence the pipeline gathers (signature matches, the search that required every word,
 * the one-word fallback) and of pages within each.
 */
import { createTextWords } from './tokenize';

/**
 * `data-pagefind-weight` of the parts of an entry page (Pagefind's default is 1, a heading's 7
 * for `h1`). The quoted error messages weigh most: a pasted error must land on the entry that
 * quotes it, above pages that only discuss it. The title's English and base-word forms weigh as
 * the title does, or a translated query would rank the entry below pages that merely use the
 * word. The body's extra forms weigh a little more than the body, since they stand for words
 * the body has.
 */
export const PAGEFIND_WEIGHTS = { errors: 8, titleWords: 7, searchWords: 2 } as const;

/** Costs of aligning an error signature with a pasted text (`signatures.ts`). */
export const SIGNATURE_WEIGHTS = {
	/**
	 * A signature word the paste lacks costs as much as a matched word gains: a fifth of a
	 * message missing still leaves a clear match, more does not.
	 */
	missing: 1,
	/** An extra word inside the match costs half: logs wrap and interleave, messages do not. */
	extra: 0.5,
	/** A masked value (time, address, name) inside the match is nearly free: it is what varies. */
	extraMasked: 0.05,
	/**
	 * The paste also has the entry's own example values: among entries quoting the same message,
	 * the one whose example it is goes first, yet never above a longer, better match.
	 */
	exactValues: 0.5,
	/** The share of a signature's words a paste must have to count as a near match. */
	minCoverage: 0.8,
} as const;

/**
 * Evidence tiers, best first. A paste that contains a known error message is answered by the
 * entry that quotes it, before pages that merely have every word. A near signature match (the
 * same message about another component, say) is weaker than a page with every word, and
 * stronger than a page that has only the most telling word.
 */
export const TIERS = { signature: 3, allWords: 2, nearSignature: 1, fallback: 0 } as const;

/**
 * How many of the top pages of a search are reordered by what their text holds. Every search UI
 * reorders the same number, whatever it shows, so the header box, the search page and the 404
 * box list the same pages in the same order. Pages past the pool are not read before the first
 * draw: they follow every ranked page (near signature matches too), in the search's own order
 * (`more()` in run-search.ts), so a long list costs the reader no wait for its first answers.
 */
export const RERANK_POOL = 10;

/**
 * When nothing can reorder the pages, the search's own order stands and the first draw needs
 * only what a reader sees first: a phone's screen of results, the header box's whole list. The
 * rest follow as they arrive (`more()` in run-search.ts), so a long list does not wait for pages
 * nobody has scrolled to yet.
 */
export const FIRST_DRAW = 6;

/**
 * When no page has every word, the one-word fallback's top pages are reordered by how many of
 * the query's words each holds, weighted by rarity (see {@link DISTINGUISHING_WEIGHT}). More
 * pages than {@link RERANK_POOL}: the one word is a weak filter, and the page with most of the
 * words may sit low in its list.
 */
export const FALLBACK_POOL = 30;

/**
 * Within a tier, a page gains, for every query word it holds that the search did not require,
 * the word's rarity (log of pages over pages holding it). A word only some of several similar
 * entries hold (a component, a namespace, a port) decides between them; a word every page has
 * decides nothing.
 */
export const DISTINGUISHING_WEIGHT = 1;

/**
 * A word typed with an affix that the URL slug has as typed outweighs any rarity: the search
 * reduced `terhapus` to `hapus`, the slug still says which entry is about the deleted one.
 */
export const SLUG_WEIGHT = 100;

/**
 * The words a search required count too, by how strongly Pagefind scored the page for them
 * (its score over the best score of that search): a page that has the word in its title or its
 * quoted errors outranks one that mentions it once, as in Pagefind's own order, and a word the
 * search did not require can still outweigh that.
 */
export const SEARCH_SCORE_WEIGHT = 1;

/**
 * A distinguishing word in the page's title counts this much more: the title says what the
 * entry is about, and Pagefind too weighs its heading far above the body.
 */
export const TITLE_WEIGHT = 1;

/** How rare a word is: 0 on every page, higher the fewer pages hold it. */
export function rarity(pagesWithWord: number, pages: number): number {
	if (!(pages > 0)) return 0;
	return Math.log((pages + 1) / (Math.min(Math.max(pagesWithWord, 1), pages) + 0.5));
}

/** A query word that can reorder pages, and what it is worth. */
export interface ScoredWord {
	readonly text: string;
	/** Match as a prefix (a word still being typed). */
	readonly prefix: boolean;
	readonly weight: number;
}

/** A signature match, as much of it as ranking reads. */
export interface SignatureEvidence {
	/** Every word of the message was found in order. */
	readonly complete: boolean;
	readonly score: number;
}

/** What the pipeline knows about one page. */
export interface PageEvidence<S extends SignatureEvidence = SignatureEvidence> {
	readonly url: string;
	/** The best signature hit, if any. */
	readonly signature: S | null;
	/** Rank among the results of the search that required every searched word. */
	readonly allWordsRank: number | null;
	/** Rank among the results of the one-word fallback search. */
	readonly fallbackRank: number | null;
	/** The page's indexed text, when it was fetched. */
	readonly content: string | null;
	/** The page's title, when it was fetched. */
	readonly title: string | null;
	/** Pagefind's score for the page over the best score of its search (0 to 1). */
	readonly searchScore: number;
}

export interface RankQuery {
	/** Words that reorder pages within a tier (not those every result has anyway). */
	readonly words: readonly ScoredWord[];
	/** The rarity of the words the search required, together. */
	readonly searchedWeight: number;
	/** Words typed with an affix, as typed, to find in URL slugs. */
	readonly slugWords: ReadonlySet<string>;
}

/** Orders pages by tier, then by what distinguishes them, then by Pagefind's own order. */
export function rankPages<P extends PageEvidence>(pages: readonly P[], query: RankQuery): P[] {
	const ranked = pages.map((page) => ({
		...page,
		tier: tierOf(page),
		score: evidenceScore(page, query),
		page,
	}));
	const searchRank = (p: PageEvidence) =>
		p.allWordsRank ?? (p.fallbackRank === null ? Infinity : 1e6 + p.fallbackRank);
	return ranked
		.sort(
			(a, b) =>
				b.tier - a.tier ||
				(b.signature?.complete ? b.signature.score : 0) -
					(a.signature?.complete ? a.signature.score : 0) ||
				// Pages past the pool were not fetched: they keep their place after it.
				Number(inPool(b)) - Number(inPool(a)) ||
				b.score - a.score ||
				(b.signature?.score ?? 0) - (a.signature?.score ?? 0) ||
				searchRank(a) - searchRank(b),
		)
		.map((r) => r.page);
}

function inPool(page: PageEvidence): boolean {
	if (page.allWordsRank !== null) return page.allWordsRank < RERANK_POOL;
	return page.fallbackRank !== null && page.fallbackRank < FALLBACK_POOL;
}

function tierOf(page: PageEvidence): number {
	if (page.signature?.complete) return TIERS.signature;
	if (page.allWordsRank !== null) return TIERS.allWords;
	if (page.signature) return TIERS.nearSignature;
	return TIERS.fallback;
}

function evidenceScore(page: PageEvidence, query: RankQuery): number {
	if (!inPool(page)) return 0;
	let score = SEARCH_SCORE_WEIGHT * query.searchedWeight * page.searchScore;
	if (query.slugWords.size) {
		const slug = page.url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
		const found = new Set(slug.split('-').filter((word) => query.slugWords.has(word)));
		score += SLUG_WEIGHT * found.size;
	}
	if (query.words.length && page.content) {
		const words = contentWords(page.content);
		const title = page.title ? contentWords(page.title) : EMPTY;
		const holds = (set: ReadonlySet<string>, word: ScoredWord) =>
			set.has(word.text) || (word.prefix && [...set].some((w) => w.startsWith(word.text)));
		for (const word of query.words) {
			if (holds(words, word)) score += DISTINGUISHING_WEIGHT * word.weight;
			if (holds(title, word)) score += TITLE_WEIGHT * word.weight;
		}
	}
	return score;
}

const EMPTY: ReadonlySet<string> = new Set();
const contentCache = new Map<string, Set<string>>();
// Successive queries fetch many of the same pages, and pages repeat most of their chunks.
const textWords = createTextWords(50_000);

function contentWords(content: string): Set<string> {
	let words = contentCache.get(content);
	if (!words) {
		words = new Set<string>();
		textWords(content, words);
		if (contentCache.size > 64) contentCache.clear();
		contentCache.set(content, words);
	}
	return words;
}
