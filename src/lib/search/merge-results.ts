/**
 * Merges the three kinds of evidence a search gathers — signature matches, the strict
 * all-words Pagefind pass and the per-term fallback pass — into one ranked list.
 */
import type { SignatureHit } from './signatures';

/** A Pagefind result, reduced to what ranking needs. `id` is the page URL. */
export interface ScoredResult {
	readonly id: string;
	readonly url: string;
	readonly score: number;
}

/** The results of one fallback search, for one meaningful term. */
export interface TermResults {
	readonly term: string;
	readonly results: readonly ScoredResult[];
}

export interface MergeInput {
	readonly signatures?: readonly SignatureHit[];
	/** Results of the strict pass (every word matched). */
	readonly strict?: readonly ScoredResult[];
	/** Results of the fallback pass, one list per term. */
	readonly perTerm?: readonly TermResults[];
}

export interface MergedResult {
	readonly id: string;
	readonly url: string;
	/** Higher ranks first; comparable only within one merge. */
	readonly score: number;
	/** The page quotes an error message that the query contains. */
	readonly signature: boolean;
	/** The page matched every word of the query. */
	readonly strict: boolean;
	/** How many fallback terms the page matched. */
	readonly matchedTerms: number;
	/** Section to deep-link for a signature match, or null. */
	readonly anchor: string | null;
}

export interface MergeOutput {
	readonly results: readonly MergedResult[];
	/**
	 * No result matched all words and no known error message matched: the list holds the
	 * closest pages ("Tidak ada hasil yang cocok dengan semua kata; menampilkan hasil terdekat").
	 */
	readonly approximate: boolean;
}

// Tiers keep every signature hit above every strict result above every fallback-only result.
const SIGNATURE_TIER = 1_000_000;
const STRICT_TIER = 1_000;

/**
 * Ranks signature hits first (strongest signature first), then pages that matched every word
 * (in Pagefind's order), then pages by the fallback terms they matched, each term weighted by
 * how few pages it found. Returns every page any list matched.
 */
export function mergeResults(input: MergeInput): MergeOutput {
	const merged = new Map<
		string,
		{
			url: string;
			score: number;
			signature: boolean;
			strict: boolean;
			terms: number;
			anchor: string | null;
		}
	>();
	const entry = (id: string, url: string) => {
		let found = merged.get(id);
		if (!found) {
			found = { url, score: 0, signature: false, strict: false, terms: 0, anchor: null };
			merged.set(id, found);
		}
		return found;
	};

	for (const hit of input.signatures ?? []) {
		const found = entry(hit.id, hit.url);
		const score = SIGNATURE_TIER + hit.score * 1_000;
		if (!found.signature || score > found.score) {
			found.score = Math.max(found.score, score);
			found.anchor = hit.anchor;
		}
		found.signature = true;
	}

	const strict = input.strict ?? [];
	const strictMax = Math.max(0, ...strict.map((result) => finite(result.score)));
	strict.forEach((result, index) => {
		const found = entry(result.id, result.url);
		found.strict = true;
		// Pagefind's order, broken by its score, inside the strict tier.
		const within =
			(strict.length - index) * 10 + (strictMax > 0 ? finite(result.score) / strictMax : 0);
		if (!found.signature) found.score = Math.max(found.score, STRICT_TIER + within);
		else found.score += within / STRICT_TIER;
	});

	const perTerm = (input.perTerm ?? []).filter((list) => list.results.length > 0);
	const pages = Math.max(1, ...perTerm.map((list) => list.results.length));
	const total = Math.max(
		pages,
		merged.size,
		new Set(perTerm.flatMap((l) => l.results.map((r) => r.id))).size,
	);
	for (const list of perTerm) {
		const weight = Math.log(1 + total / list.results.length);
		const listMax = Math.max(0, ...list.results.map((result) => finite(result.score)));
		const seen = new Set<string>();
		for (const result of list.results) {
			if (seen.has(result.id)) continue;
			seen.add(result.id);
			const found = entry(result.id, result.url);
			found.terms++;
			const closeness = listMax > 0 ? finite(result.score) / listMax : 0;
			const gain = weight + 0.1 * closeness;
			// Within a higher tier the fallback only breaks ties.
			found.score += found.signature || found.strict ? gain / STRICT_TIER : gain;
		}
	}

	const results = [...merged]
		.map(([id, found]) => ({
			id,
			url: found.url,
			score: found.score,
			signature: found.signature,
			strict: found.strict,
			matchedTerms: found.terms,
			anchor: found.anchor,
		}))
		.sort((a, b) => b.score - a.score);
	const approximate = results.length > 0 && !results.some((r) => r.strict || r.signature);
	return { results, approximate };
}

function finite(value: number): number {
	return Number.isFinite(value) ? value : 0;
}
