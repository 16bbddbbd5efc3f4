/**
 * The search pipeline for one prepared query, with Pagefind and the build's files passed in:
 * the browser gives it the real Pagefind bundle and `fetch`; tests and benchmarks give it a
 * Pagefind loaded in Node, or a fake. No DOM.
 *
 * 1. The vocabulary shards of the query's words, and beside them Pagefind's index chunks of the
 *    words as typed and the error-signature shards (neither shard asks Pagefind anything; the
 *    signatures are awaited only in step 4, which alone reads them);
 * 2. the query checked against the vocabulary (`analyseQuery`): compounds joined, typos
 *    corrected, words the index lacks left out;
 * 3. one Pagefind search for every remaining word, with the filters; only when no page has them
 *    all, one more for the most telling word. Never more than {@link MAX_SEARCHES};
 * 4. the top pages fetched and ordered by `rankPages` (`ranking.ts`): the results to draw at
 *    once. The rest of the `limit`, in Pagefind's order, comes from `more()`, so a long list is
 *    drawn as soon as its first pages are read.
 */
import { analyseQuery, queryWords } from './analyse-query';
import type { PagefindResult } from './pagefind-types';
import type { PreparedQuery } from './prepare-query';
import {
	FALLBACK_POOL,
	FIRST_DRAW,
	rankPages,
	rarity,
	RERANK_POOL,
	type PageEvidence,
	type ScoredWord,
} from './ranking';
import {
	matchSignatures,
	signatureShardFiles,
	type SignatureHit,
	type SignatureManifest,
	type SignatureShard,
} from './signatures';
import { defaultVariants, type Variants } from './variants';
import {
	createLexicon,
	vocabularyShardFiles,
	type Lexicon,
	type VocabularyManifest,
	type VocabularyShard,
} from './vocabulary';

/** The most Pagefind searches one query runs, however long the pasted text. */
export const MAX_SEARCHES = 2;

/** What the pipeline reads of a result's data. */
export interface ResultData {
	readonly url: string;
	readonly content?: string;
	readonly meta?: Readonly<Record<string, string | undefined>>;
}

/** A Pagefind response, as much of it as the pipeline reads. */
export interface ResponseLike<D> {
	readonly results: readonly PagefindResult<D>[];
}

export interface SearchDeps<D extends ResultData, R extends ResponseLike<D>> {
	/** One Pagefind search, with the page's filters if any. */
	readonly search: (query: string) => Promise<R>;
	/** The signature manifest, or null when the site has none. */
	readonly manifest: () => Promise<SignatureManifest | null>;
	/** One signature shard by file name (callers cache them). */
	readonly shard: (name: string) => Promise<SignatureShard>;
	/** The vocabulary manifest, or null when the site has none (every word then counts as indexed). */
	readonly vocabulary: () => Promise<VocabularyManifest | null>;
	/** One vocabulary shard by file name (callers cache them). */
	readonly vocabularyShard: (name: string) => Promise<VocabularyShard>;
	/** The response to use when a search does not run. */
	readonly empty: R;
	/**
	 * Starts loading the index chunks of a query's words, without searching (Pagefind's
	 * `preload`): they load while the vocabulary is read, and the search finds them loaded.
	 */
	readonly preload?: (query: string) => Promise<void>;
}

/** One result of the pipeline: a page, what it holds, and the error signature it matched. */
export interface PipelineHit<D> {
	readonly url: string;
	readonly data: D | null;
	readonly signature: SignatureHit | null;
}

export interface PipelineResult<D extends ResultData, R> {
	/**
	 * The pages whose evidence was read, ranked: signature matches, pages with every word, near
	 * signatures, the fallback's. At most `limit`.
	 */
	readonly results: readonly PipelineHit<D>[];
	/**
	 * The rest of the `limit`: the search's next pages, in its own order, after `results` and
	 * without repeating them. Fetched only when called (once).
	 */
	readonly more: () => Promise<readonly PipelineHit<D>[]>;
	/** How many results `results` and `more()` give together, at most `limit`. */
	readonly total: number;
	/** No page has every word the reader typed, and no known error matched: the closest pages. */
	readonly approximate: boolean;
	/** The all-words search's response (for filter counts). */
	readonly strict: R;
	/** The query as searched: compounds joined, typos corrected, unindexed words left out. */
	readonly prepared: PreparedQuery;
	/** Pagefind searches run (at most {@link MAX_SEARCHES}). */
	readonly searches: number;
	/** Where the time went, in ms, for the benchmark (`performance.now()` between the steps). */
	readonly phases: SearchPhases;
}

/**
 * The pipeline's steps, each ending when the next can start: the vocabulary shards (`load`), the
 * Pagefind searches (`search`), the ranked pages' data and whatever of the signatures is still
 * loading (`read`), and the ranking itself (`rank`).
 */
export interface SearchPhases {
	readonly load: number;
	readonly search: number;
	readonly read: number;
	readonly rank: number;
}

/**
 * Runs one prepared query. `filtered`: the search runs under filters, so a signature hit counts
 * only for a page the filters let through.
 */
export async function runSearch<D extends ResultData, R extends ResponseLike<D>>(
	deps: SearchDeps<D, R>,
	input: PreparedQuery,
	options: { limit?: number; filtered?: boolean; variants?: Variants } = {},
): Promise<PipelineResult<D, R>> {
	const limit = options.limit ?? 20;
	const variants = options.variants ?? defaultVariants;
	const clock = [performance.now()];
	const lap = () => clock.push(performance.now());
	// The words as typed, and the compounds the analysis may join them into: it may still drop
	// or correct some, whose chunks then load for nothing, but nearly every word it searches is
	// on its way before the vocabulary is in.
	const early = [input.strict, ...input.compounds.map((compound) => compound.joined)];
	if (input.strict) void deps.preload?.(early.join(' ')).catch(() => undefined);
	// The signatures are needed only to rank: their shards (the largest files of a query) load
	// while Pagefind searches and the pages' data is read, not before the search can start.
	const matched = signatureHits(deps, input);
	// Settled now, so a failure the search outruns is never left unhandled; awaited below.
	matched.catch(() => undefined);
	const lexicon = await loadLexicon(deps, queryWords(input, variants));
	lap();
	const analysed = analyseQuery(input, lexicon, variants);
	const { prepared } = analysed;
	let searches = 0;
	const search = (query: string) => {
		searches++;
		return deps.search(query);
	};
	const strict = prepared.strict ? await search(prepared.strict) : deps.empty;
	const fallback =
		strict.results.length === 0 && analysed.fallback !== null
			? await search(analysed.fallback)
			: deps.empty;
	const found = strict.results.length ? strict.results : fallback.results;
	lap();

	const sent = new Set(
		strict.results.length ? prepared.strict.split(' ') : [analysed.fallback ?? ''],
	);
	// The most telling words of the query as written: a word the index lacks still holds its
	// place, rather than handing it to a weaker word.
	const words = scoredWords(input.meaningful, prepared, analysed.counts, lexicon, sent);
	const slugWords = new Set(
		prepared.kind === 'typed'
			? prepared.terms
					.filter((term) => term.change === 'affix' && !term.stopword)
					.map((term) => term.original)
			: [],
	);
	// Reordering reads the pages' text: fetch the pool whenever something can reorder it, so
	// every UI orders the same pages whatever it shows. Pages past the pool keep the search's
	// order, and come from `more()`.
	const reorders = words.length > 0 || slugWords.size > 0;
	const pool = strict.results.length ? RERANK_POOL : FALLBACK_POOL;
	const fetched = found.slice(0, reorders ? pool : Math.min(FIRST_DRAW, limit));
	const data = await Promise.all(fetched.map((result: PagefindResult<D>) => result.data()));
	const signatures = await matched;
	lap();
	const best = Math.max(0, ...fetched.map((result) => finite(result.score)));

	const byUrl = new Map<string, PageEvidence<SignatureHit> & { data: D | null }>();
	data.forEach((page, rank) => {
		byUrl.set(page.url, {
			url: page.url,
			signature: null,
			allWordsRank: strict.results.length ? rank : null,
			fallbackRank: strict.results.length ? null : rank,
			content: typeof page.content === 'string' ? page.content : null,
			title: typeof page.meta?.['title'] === 'string' ? page.meta['title'] : null,
			searchScore: best > 0 ? finite(fetched[rank]!.score) / best : 0,
			data: page,
		});
	});
	// Under filters, a signature counts only for a page the filters let through.
	const usable = options.filtered ? signatures.filter((s) => byUrl.has(s.url)) : signatures;
	for (const hit of usable) {
		const page = byUrl.get(hit.url);
		if (page && page.signature === null) byUrl.set(hit.url, { ...page, signature: hit });
		else if (!page) {
			byUrl.set(hit.url, {
				url: hit.url,
				signature: hit,
				allWordsRank: null,
				fallbackRank: null,
				content: null,
				title: null,
				searchScore: 0,
				data: null,
			});
		}
	}
	const searchedWeight = [...sent].reduce(
		(sum, word) => sum + rarity(analysed.counts.get(word) ?? lexicon.count(word), lexicon.pages),
		0,
	);
	const ranked = rankPages([...byUrl.values()], { words, slugWords, searchedWeight });
	const answered = usable.some((hit) => hit.complete);
	const everyWord =
		strict.results.length > 0 && (prepared.kind !== 'typed' || analysed.unindexed.length === 0);
	const results = ranked.slice(0, limit).map((page) => ({
		url: page.url,
		data: page.data,
		signature: page.signature,
	}));
	// Only a signature match the pool did not fetch can be among the next pages. Counted as if
	// each were, so the count said at the first draw holds: when one is not, the list ends a
	// page earlier than it could.
	const unread = results.filter((hit) => hit.data === null).length;
	const next = found.slice(fetched.length, fetched.length + limit - results.length + unread);
	const total = Math.min(limit, results.length + Math.max(0, next.length - unread));
	const shown = new Set(results.map((hit) => hit.url));
	let rest: Promise<readonly PipelineHit<D>[]> | undefined;
	lap();
	const [load, searched, read, rank] = clock.slice(1).map((at, i) => at - clock[i]!);
	return {
		phases: { load: load!, search: searched!, read: read!, rank: rank! },
		results,
		total,
		more: () =>
			(rest ??= Promise.all(next.map((result) => result.data())).then((pages) =>
				pages
					.filter((page) => !shown.has(page.url))
					.slice(0, total - results.length)
					.map((page) => ({ url: page.url, data: page, signature: null })),
			)),
		approximate: ranked.length > 0 && !answered && !everyWord,
		strict,
		prepared,
		searches,
	};
}

/**
 * The query's words that can tell the found pages apart: its most telling words
 * (`meaningful`: generic words such as "error" or "server" are not among them) that the search
 * did not require (more words than a search takes, other lines of a log, the words a fallback
 * left out), each worth its rarity in the index.
 */
function scoredWords(
	telling: readonly string[],
	prepared: PreparedQuery,
	counts: ReadonlyMap<string, number>,
	lexicon: Lexicon,
	sent: ReadonlySet<string>,
): ScoredWord[] {
	const out: ScoredWord[] = [];
	for (const text of telling) {
		if (sent.has(text)) continue;
		const partial = prepared.partial === text;
		const count = partial ? lexicon.prefixCount(text) : (counts.get(text) ?? lexicon.count(text));
		const weight = rarity(count, lexicon.pages);
		if (count > 0 && weight > 0) out.push({ text, prefix: partial, weight });
	}
	return out;
}

async function loadLexicon<D extends ResultData, R extends ResponseLike<D>>(
	deps: SearchDeps<D, R>,
	words: readonly string[],
): Promise<Lexicon> {
	const manifest = await deps.vocabulary();
	if (!manifest) return EVERY_WORD;
	const shards = await Promise.all(
		vocabularyShardFiles(words, manifest).map((name) => deps.vocabularyShard(name)),
	);
	return createLexicon(manifest, shards);
}

function finite(value: number): number {
	return Number.isFinite(value) ? value : 0;
}

/** Without a vocabulary, every word counts as indexed, on one page of one: nothing reorders. */
const EVERY_WORD: Lexicon = {
	pages: 0,
	count: () => 1,
	prefixCount: () => 1,
	neighbours: () => [],
	has: () => true,
};

/** Error signatures the text contains; fetches only the shards its words point to. */
async function signatureHits<D extends ResultData, R extends ResponseLike<D>>(
	deps: SearchDeps<D, R>,
	prepared: PreparedQuery,
): Promise<SignatureHit[]> {
	const manifest = await deps.manifest();
	if (!manifest) return [];
	const names = signatureShardFiles(prepared, manifest);
	const loaded = await Promise.all(names.map((name) => deps.shard(name)));
	return matchSignatures(prepared, loaded, manifest);
}
