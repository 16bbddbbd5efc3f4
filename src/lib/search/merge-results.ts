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
	/** Higher ranks first (the number of results below, plus one). */
	readonly score: number;
	/** The page quotes an error message that the query contains (a complete signature match). */
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

/**
 * Ranks complete signature matches first (strongest first), then pages that matched every
 * word (in Pagefind's order), then near signature matches, then pages found by fallback terms
 * only, by the terms they matched, each weighted by how few pages it found. Returns every page
 * any list matched.
 */
export function mergeResults(input: MergeInput): MergeOutput {
	interface Evidence {
		url: string;
		signature: number | null;
		near: number | null;
		anchor: string | null;
		strictRank: number | null;
		terms: number;
		termScore: number;
	}
	const pages = new Map<string, Evidence>();
	const page = (id: string, url: string) => {
		let found = pages.get(id);
		if (!found) {
			found = {
				url,
				signature: null,
				near: null,
				anchor: null,
				strictRank: null,
				terms: 0,
				termScore: 0,
			};
			pages.set(id, found);
		}
		return found;
	};

	for (const hit of input.signatures ?? []) {
		const found = page(hit.id, hit.url);
		const key = hit.complete ? 'signature' : 'near';
		if (found[key] === null || hit.score > found[key]) {
			found[key] = hit.score;
			if (hit.complete || found.signature === null) found.anchor = hit.anchor;
		}
	}

	(input.strict ?? []).forEach((result, index) => {
		const found = page(result.id, result.url);
		found.strictRank ??= index;
	});

	const lists = (input.perTerm ?? []).filter((list) => list.results.length > 0);
	const total = new Set(lists.flatMap((list) => list.results.map((result) => result.id))).size;
	for (const list of lists) {
		const ids = new Set(list.results.map((result) => result.id));
		// Rare terms say more: the weight falls as the share of pages the term found grows.
		const weight = Math.log(1 + total / ids.size);
		const best = Math.max(0, ...list.results.map((result) => finite(result.score)));
		const seen = new Set<string>();
		for (const result of list.results) {
			if (seen.has(result.id)) continue;
			seen.add(result.id);
			const found = page(result.id, result.url);
			found.terms++;
			found.termScore += weight + (best > 0 ? (0.1 * finite(result.score)) / best : 0);
		}
	}

	const tier = (e: Evidence) =>
		e.signature !== null ? 3 : e.strictRank !== null ? 2 : e.near !== null ? 1 : 0;
	const compare = (a: Evidence, b: Evidence) =>
		tier(b) - tier(a) ||
		(b.signature ?? 0) - (a.signature ?? 0) ||
		(a.strictRank ?? Infinity) - (b.strictRank ?? Infinity) ||
		(b.near ?? 0) - (a.near ?? 0) ||
		b.termScore - a.termScore;
	const ranked = [...pages].sort(([, a], [, b]) => compare(a, b));
	const results = ranked.map(([id, e], index) => ({
		id,
		url: e.url,
		score: ranked.length - index,
		signature: e.signature !== null,
		strict: e.strictRank !== null,
		matchedTerms: e.terms,
		anchor: e.anchor,
	}));
	const approximate = results.length > 0 && !results.some((r) => r.strict || r.signature);
	return { results, approximate };
}

function finite(value: number): number {
	return Number.isFinite(value) ? value : 0;
}
