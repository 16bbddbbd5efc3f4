/** Small statistics over the per-query runs. */
import type { ColdRun, QueryRun } from './browser';

export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function max(values: readonly number[]): number | null {
	return values.length ? Math.max(...values) : null;
}

export interface SearchSummary {
	queries: number;
	medianMs: number | null;
	maxMs: number | null;
	medianBytes: number | null;
	maxBytes: number | null;
	medianRequests: number | null;
	/** Median of every byte fetched, /pagefind/ or not (older results files lack it). */
	medianAllBytes: number | null;
}

export function summarizeRuns(runs: readonly QueryRun[]): SearchSummary {
	return {
		queries: runs.length,
		medianMs: median(runs.map((r) => r.ms)),
		maxMs: max(runs.map((r) => r.ms)),
		medianBytes: median(runs.map((r) => r.pagefindBytes)),
		maxBytes: max(runs.map((r) => r.pagefindBytes)),
		medianRequests: median(runs.map((r) => r.pagefindRequests)),
		medianAllBytes: median(runs.filter((r) => r.allBytes !== undefined).map((r) => r.allBytes)),
	};
}

export function medianNavigationMs(runs: readonly ColdRun[]): number | null {
	return median(runs.map((r) => r.navigationToResultsMs));
}

export interface Quality {
	queries: number;
	/** Share of queries whose expected entry is first / in the first three. */
	top1: number;
	top3: number;
	/** Share whose first result is one the generator lists as relevant (same scenario). */
	relevantTop1: number;
}

/** Rank quality per query type, plus an "all" row. */
export function qualityByType(runs: readonly QueryRun[]): Record<string, Quality> {
	const groups = new Map<string, QueryRun[]>([['all', [...runs]]]);
	for (const run of runs) groups.set(run.type, [...(groups.get(run.type) ?? []), run]);
	const share = (rs: QueryRun[], ok: (r: QueryRun) => boolean) => rs.filter(ok).length / rs.length;
	return Object.fromEntries(
		[...groups].map(([type, rs]) => [
			type,
			{
				queries: rs.length,
				top1: share(rs, (r) => r.expectedRank === 1),
				top3: share(rs, (r) => r.expectedRank !== null && r.expectedRank <= 3),
				relevantTop1: share(rs, (r) => r.relevantRank === 1),
			},
		]),
	);
}

/** Nearest-rank quantile: the smallest value with at least `q` of the values at or below it. */
export function quantile(values: readonly number[], q: number): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

/** Median, 90th percentile and slowest (largest) of a set of samples. */
export interface Spread {
	n: number;
	median: number | null;
	p90: number | null;
	max: number | null;
}

export function spread(values: readonly number[]): Spread {
	return {
		n: values.length,
		median: median(values),
		p90: quantile(values, 0.9),
		max: max(values),
	};
}
