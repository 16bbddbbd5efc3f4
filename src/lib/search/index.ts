/** The search query layer: pure functions the search element and the build call. */
export { prepareQuery, prefixTolerant, MAX_MEANINGFUL, MAX_STRICT } from './prepare-query';
export type { PreparedQuery, QueryKind, QueryTerm, PrepareOptions } from './prepare-query';
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
	normalizeSignature,
	shardFileName,
	signatureShardFiles,
} from './signatures';
export type {
	SignatureHit,
	SignatureManifest,
	SignatureShard,
	SignatureSource,
	SignatureTables,
} from './signatures';
export { createSearchController } from './search-controller';
export type { SearchController, SearchControllerOptions, SearchState } from './search-controller';
export { compileVariants, defaultVariants, indexSynonyms } from './variants';
export type { Variants, VariantsData } from './variants';
