/**
 * The search query layer: pure functions the search element and the build call.
 *
 * Build: `buildSignatureTables` over every entry's `{ url, anchor, errors }`, written to one
 * folder; `indexSynonyms(title + description + keywords + body text)` indexed with each page.
 *
 * Browser, per settled query (`createSearchController` does the debouncing):
 * 1. `prepareQuery(text)`.
 * 2. `signatureShardFiles(prepared, manifest)`, fetch those shards (cache them),
 *    `matchSignatures(prepared, shards, manifest)`.
 * 3. `pagefind.search(prepared.strict)`; if it found nothing, one search per
 *    `prepared.meaningful` term (at most eight).
 * 4. `mergeResults({ signatures, strict, perTerm })`; say so when `approximate`.
 * 5. Per shown result, `pickSubResult(data, prepared, { signature: hit?.anchor ?? hit !== undefined })`
 *    for the link, and `highlightTerms(prepared)` for the target page's highlight parameter.
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
export { runSearch, MAX_COMPOUND_CHECKS } from './run-search';
export type { PipelineResult, SearchDeps, PagefindResultLike, PagefindResponseLike } from './run-search';
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
