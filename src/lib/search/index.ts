/**
 * The search query layer: pure functions the search element and the build call.
 *
 * Build: `buildSignatureTables` over every entry's `{ url, anchor, errors }`, written to one
 * folder; `indexSynonyms(title + description + keywords + body text)` indexed with each page.
 *
 * Build: also `writeVocabulary` (src/integrations/pagefind.ts) from the index's own text, with
 * `createVocabularyBuilder`.
 *
 * Browser, per settled query (`createSearchController` does the debouncing):
 * 1. `prepareQuery(text)`.
 * 2. `runSearch(deps, prepared, { limit })` with the page's Pagefind, signature and vocabulary
 *    files: error signatures (`signatureShardFiles`, `matchSignatures`), the query checked
 *    against the vocabulary (`analyseQuery`), one Pagefind search (two at most), and the order
 *    from `rankPages` (`ranking.ts`, every weight of the order). Say so when `approximate`.
 * 3. Per shown result, `pickSubResult(data, outcome.prepared, { signature: hit?.anchor ?? hit !== undefined })`
 *    for the link, and `highlightTerms(outcome.prepared)` for the target page's highlight parameter.
 */
export {
	prepareQuery,
	withCompounds,
	MAX_COMPOUNDS,
	MAX_MEANINGFUL,
	MAX_STRICT,
} from './prepare-query';
export type {
	PreparedQuery,
	PrepareOptions,
	QueryCompound,
	QueryKind,
	QueryTerm,
} from './prepare-query';
export { runSearch, MAX_SEARCHES } from './run-search';
export type { PipelineResult, ResponseLike, ResultData, SearchDeps } from './run-search';
export { analyseQuery, queryWords } from './analyse-query';
export type { AnalysedQuery } from './analyse-query';
export {
	buildVocabulary,
	createLexicon,
	createVocabularyBuilder,
	vocabularyShardFiles,
	vocabularyShardName,
} from './vocabulary';
export type { Lexicon, VocabularyManifest, VocabularyShard } from './vocabulary';
export { PAGEFIND_WEIGHTS, rankPages, RERANK_POOL, SIGNATURE_WEIGHTS, TIERS } from './ranking';
export type * from './pagefind-types';
export { highlightTerms } from './highlight-terms';
export { pickSubResult, SOLUTION_ANCHORS } from './pick-sub-result';
export type { PickedLink, ResultDataLike, SubResultLike } from './pick-sub-result';
export {
	buildSignatureTables,
	matchSignatures,
	MAX_QUERY_SHARDS,
	normalizeSignature,
	shardFileName,
	signatureShardFiles,
} from './signatures';
export type {
	SignatureEntry,
	SignatureHit,
	SignatureManifest,
	SignatureRecord,
	SignatureShard,
	SignatureSource,
	SignatureTables,
} from './signatures';
export { createSearchController } from './search-controller';
export type { SearchController, SearchControllerOptions, SearchState } from './search-controller';
export { compileVariants, defaultVariants, indexSynonyms } from './variants';
export type { Variants, VariantsData } from './variants';
