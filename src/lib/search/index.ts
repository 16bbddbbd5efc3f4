/**
 * The search query layer: pure functions the search element and the build call.
 *
 * Build: `buildSignatureTables` over every entry's `{ url, anchor, errors }`, written to one
 * folder; `indexSynonyms(title + description + keywords + body text)` indexed with each page.
 *
 * Browser, per settled query (`createSearchController` does the debouncing):
 * 1. `prepareQuery(text)`.
 * 2. `runSearch(deps, prepared, { limit })` with the page's Pagefind and signature files: error
 *    signatures (`signatureShardFiles`, `matchSignatures`), compound words searched joined when
 *    the index has them (`withCompounds`), words the index lacks left out (`unindexedTerms`),
 *    the strict pass, the per-term fallback, `mergeResults`, and `bySlug` among strict matches.
 *    Say so when `approximate`.
 * 3. Per shown result, `pickSubResult(data, outcome.prepared, { signature: hit?.anchor ?? hit !== undefined })`
 *    for the link, and `highlightTerms(outcome.prepared)` for the target page's highlight parameter.
 */
export {
	prepareQuery,
	prefixTolerant,
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
export { bySlug, runSearch, unindexedTerms, MAX_COMPOUND_CHECKS } from './run-search';
export type {
	PipelineResult,
	SearchDeps,
	PagefindResultLike,
	PagefindResponseLike,
} from './run-search';
export { highlightTerms } from './highlight-terms';
export { pickSubResult, SOLUTION_ANCHORS } from './pick-sub-result';
export type { PickedLink, ResultDataLike, SubResultLike } from './pick-sub-result';
export { mergeResults } from './merge-results';
export type {
	MergedResult,
	MergeInput,
	MergeOutput,
	ScoredResult,
	TermResults,
} from './merge-results';
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
