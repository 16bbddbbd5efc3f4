/**
 * The search pipeline for one prepared query, with Pagefind and the signature files passed in:
 * the browser gives it the real Pagefind bundle and `fetch`; tests and benchmarks give it a
 * Pagefind loaded in Node, or a fake. No DOM.
 *
 * 1. Error signatures (only the shards the query's words point to), beside
 * 2. compound words (`[$NODE_NAME]`, `kube-system`): searched joined, as Pagefind indexed the
 *    chunk, when the index has that word, otherwise as their parts;
 * 3. the strict all-words Pagefind pass, and when it finds nothing, one search per meaningful term;
 *    a word the index does not have is left out of both (see {@link unindexedTerms});
 * 4. `mergeResults`, then only the best `limit` pages are fetched in full.
 */
import { mergeResults, type ScoredResult } from './merge-results';
import { withCompounds, type PreparedQuery } from './prepare-query';
import { defaultVariants, type Variants } from './variants';
import {
	matchSignatures,
	signatureShardFiles,
	type SignatureHit,
	type SignatureManifest,
	type SignatureShard,
} from './signatures';

/** A Pagefind result, as much of it as the pipeline reads. */
export interface PagefindResultLike<D> {
	readonly id: string;
	readonly score: number;
	data(): Promise<D>;
}

export interface PagefindResponseLike<D> {
	readonly results: readonly PagefindResultLike<D>[];
}

/** What the pipeline needs from Pagefind: one search, with the page's filters. */
export type PagefindSearch<D, R extends PagefindResponseLike<D>> = (query: string) => Promise<R>;

export interface SearchDeps<D, R extends PagefindResponseLike<D>> {
	/** A search with the page's filters, if any. */
	readonly search: PagefindSearch<D, R>;
	/**
	 * A search without filters, for asking what the index has (compound and unindexed-word
	 * checks); the same as `search` when there are no filters.
	 */
	readonly searchAll?: PagefindSearch<D, R>;
	/** The signature manifest, or null when the site has none. Called once per query. */
	readonly manifest: () => Promise<SignatureManifest | null>;
	/** One signature shard by file name (callers cache them). */
	readonly shard: (name: string) => Promise<SignatureShard>;
	/** The response to use when a pass does not run. */
	readonly empty: R;
}

export interface PipelineResult<D extends { readonly url: string }, R> {
	/** Merged and ranked: signature matches, then strict, then fallback. */
	readonly results: readonly {
		readonly url: string;
		readonly data: D | null;
		readonly signature: SignatureHit | null;
	}[];
	readonly approximate: boolean;
	/** The strict pass's response (for filter counts). */
	readonly strict: R;
	/** The prepared query after compound words were resolved against the index. */
	readonly prepared: PreparedQuery;
	/** Pagefind searches run, for the benchmark. */
	readonly searches: number;
}

const scored = <D>(results: readonly PagefindResultLike<D>[]): ScoredResult[] =>
	results.map((r) => ({ id: r.id, url: r.id, score: r.score }));

/** The most compound words checked against the index per query. */
export const MAX_COMPOUND_CHECKS = 4;

/**
 * Runs every pass for one prepared query. `filtered`: the searches run under filters, so a
 * signature hit counts only for a page the filters let through. `variants`: the words that need
 * no check against the index (see {@link unindexedTerms}).
 */
export async function runSearch<
	D extends { readonly url: string },
	R extends PagefindResponseLike<D>,
>(
	deps: SearchDeps<D, R>,
	input: PreparedQuery,
	options: { limit?: number; filtered?: boolean; variants?: Variants } = {},
): Promise<PipelineResult<D, R>> {
	const limit = options.limit ?? 20;
	const variants = options.variants ?? defaultVariants;
	let searches = 0;
	const cache = new Map<string, Promise<R>>();
	const run = (q: string) => {
		let response = cache.get(q);
		if (!response) {
			searches++;
			response = deps.search(q);
			cache.set(q, response);
		}
		return response;
	};
	// What the index has does not depend on the filters.
	const allCache = new Map<string, Promise<R>>();
	const ask = deps.searchAll
		? (q: string) => {
				let response = allCache.get(q);
				if (!response) {
					searches++;
					response = deps.searchAll!(q);
					allCache.set(q, response);
				}
				return response;
			}
		: run;

	const [signatures, prepared] = await Promise.all([
		signatureHits(deps, input),
		resolveCompounds(input, ask),
	]);
	const strictTerms = prepared.strict ? prepared.strict.split(' ') : [];
	// The strict search starts beside the checks; its answer is dropped if a word is unindexed.
	const [unindexed, strictResponse] = await Promise.all([
		unindexedTerms(prepared, [...strictTerms, ...prepared.meaningful], ask, variants),
		strictTerms.length ? run(prepared.strict) : Promise.resolve(deps.empty),
	]);
	// A word the index does not have: no page has every word.
	const strict = strictTerms.some((term) => unindexed.has(term)) ? deps.empty : strictResponse;
	const termResponses = strict.results.length
		? []
		: await Promise.all(
				prepared.meaningful
					.filter((term) => !unindexed.has(term))
					.map(async (term) => ({ term, response: await run(term) })),
			);
	const perTerm = termResponses.map(({ term, response }) => ({
		term,
		results: scored(response.results),
	}));

	// Rank Pagefind's pages among themselves first, then fetch only the best of them in full.
	const pages = new Map<string, PagefindResultLike<D>>();
	for (const r of [...strict.results, ...termResponses.flatMap((t) => t.response.results)]) {
		pages.set(r.id, r);
	}
	const best = mergeResults({ strict: scored(strict.results), perTerm }).results.slice(0, limit);
	const data = new Map<string, D>();
	await Promise.all(best.map(async ({ id }) => data.set(id, await pages.get(id)!.data())));
	const urlOf = new Map([...data].map(([id, d]) => [id, d.url]));
	const byUrl = (list: readonly ScoredResult[]) =>
		list.flatMap((r) =>
			urlOf.has(r.id) ? [{ ...r, id: urlOf.get(r.id)!, url: urlOf.get(r.id)! }] : [],
		);
	const dataByUrl = new Map([...data.values()].map((d) => [d.url, d]));
	// Under filters, a signature counts only for a page the filters let through.
	const usable = options.filtered ? signatures.filter((s) => dataByUrl.has(s.url)) : signatures;
	const merged = mergeResults({
		signatures: usable,
		strict: byUrl(scored(strict.results)),
		perTerm: perTerm.map((t) => ({ term: t.term, results: byUrl(t.results) })),
	});
	const ranked = input.kind === 'typed' ? bySlug(merged.results, prepared) : merged.results;
	return {
		results: ranked.slice(0, limit).map((result) => ({
			url: result.url,
			data: dataByUrl.get(result.url) ?? null,
			signature: usable.find((s) => s.url === result.url) ?? null,
		})),
		approximate: merged.approximate,
		strict,
		prepared,
		searches,
	};
}

/**
 * The terms that match nothing in the index. Pagefind matches a word as a prefix, and when no
 * indexed word starts with it, it falls back to the longest indexed word that the term starts
 * with: `forbidden` finds every page with "for", `upstream` every page with a lone "u". The
 * exact (quoted) word is searched first: when it finds pages, the index has the word. Otherwise
 * the term is unindexed when it finds nothing, or when the term with a character no word has
 * (`forbidden~`) falls back to the very same pages. Words the variants know (the pages'
 * vocabulary) are not checked. A word still being typed is: while it starts some indexed word
 * it is a prefix, as meant; once it starts none, the shorter word it would fall back to is not
 * what the reader is typing.
 */
export async function unindexedTerms<R extends PagefindResponseLike<unknown>>(
	prepared: PreparedQuery,
	terms: readonly string[],
	run: (q: string) => Promise<R>,
	variants: Variants,
): Promise<Set<string>> {
	const joined = new Set(prepared.compounds.map((compound) => compound.joined));
	const unknown = [...new Set(terms)].filter(
		(term) => !variants.known.has(term) && !joined.has(term),
	);
	const found = await Promise.all(
		unknown.map(async (term) => {
			// Most words of a query are in the index, and one search proves it: the exact word
			// finds pages. At 10,000 pages a search for a common word costs up to 0.2 s.
			const exact = await run(`"${term}"`);
			if (exact.results.length > 0) return null;
			const prefix = await run(term);
			// A term that finds nothing cannot match a page either way.
			if (prefix.results.length === 0) return term;
			const probe = await run(`${term}~`);
			return samePages(prefix.results, probe.results) ? term : null;
		}),
	);
	return new Set(found.filter((term): term is string => term !== null));
}

/** The same pages in the same order: the two searches matched the same indexed word. */
function samePages(
	a: readonly PagefindResultLike<unknown>[],
	b: readonly PagefindResultLike<unknown>[],
): boolean {
	return a.length === b.length && a.every((result, index) => result.id === b[index]!.id);
}

/**
 * Among the pages that matched every word, those whose URL slug has more of the affixed words
 * exactly as they were typed come first (Pagefind's order otherwise). The search reduces an
 * affixed word to its base, which loses what the affix said; a slug names an entry in a few
 * words, so `node master terhapus` prefers `node-master-terhapus` over
 * `tambah-hapus-node-master`, though both are "hapus" to the index.
 */
export function bySlug<
	T extends { readonly url: string; readonly strict: boolean; readonly signature: boolean },
>(results: readonly T[], prepared: PreparedQuery): T[] {
	const typed = new Set(
		prepared.terms
			.filter((term) => term.change === 'affix' && !term.stopword)
			.map((term) => term.original),
	);
	if (typed.size === 0) return [...results];
	const slugScore = (url: string) => {
		const slug = url.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
		return new Set(slug.split('-').filter((word) => typed.has(word))).size;
	};
	const out = [...results];
	const block = (r: T) => r.strict && !r.signature;
	let start = out.findIndex(block);
	if (start < 0) return out;
	let end = start;
	while (end < out.length && block(out[end]!)) end++;
	const sorted = out
		.slice(start, end)
		.map((result, index) => ({ result, index, score: slugScore(result.url) }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ result }) => result);
	out.splice(start, end - start, ...sorted);
	return out;
}

/** Error signatures the text contains; fetches only the shards its words point to. */
async function signatureHits<D, R extends PagefindResponseLike<D>>(
	deps: SearchDeps<D, R>,
	prepared: PreparedQuery,
): Promise<SignatureHit[]> {
	const manifest = await deps.manifest();
	if (!manifest) return [];
	const names = signatureShardFiles(prepared, manifest);
	const loaded = await Promise.all(names.map((name) => deps.shard(name)));
	return matchSignatures(prepared, loaded, manifest);
}

/**
 * Checks the query's compound words against the index with Pagefind's exact (quoted) search,
 * which finds a word only when the index has it as it is, and searches the ones it has joined.
 */
async function resolveCompounds<R extends PagefindResponseLike<unknown>>(
	prepared: PreparedQuery,
	run: (q: string) => Promise<R>,
): Promise<PreparedQuery> {
	const candidates = prepared.compounds.slice(0, MAX_COMPOUND_CHECKS);
	if (candidates.length === 0) return prepared;
	const found = await Promise.all(
		candidates.map(async (compound) =>
			(await run(`"${compound.joined}"`)).results.length ? compound.joined : null,
		),
	);
	const indexed = new Set(found.filter((joined): joined is string => joined !== null));
	return indexed.size ? withCompounds(prepared, indexed) : prepared;
}
