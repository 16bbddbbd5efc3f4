/** The real site's query sets and their ranks, shared by run.ts and quick.ts. */

export const KINDS = ['error', 'keyword', 'inflected', 'command', 'english', 'typo'] as const;
export type Kind = (typeof KINDS)[number];

/** One query of bench/search/queries.json or queries-holdout.json. */
export interface Query {
	id: string;
	kind: Kind;
	q: string;
	/** Slug of the entry that answers it. */
	expected: string;
}

/**
 * The query as a search box holds it once pasted: an <input> has no line breaks, and pasting
 * into one turns them into spaces (Chromium, like other browsers).
 */
export const asPasted = (q: string) => q.replace(/\r\n|\r|\n/g, ' ');

export interface RankedRun {
	id: string;
	kind: string;
	/** 1-based rank of the expected entry, null when absent. */
	rank: number | null;
	top: string[];
	ms: number;
	bytes: number;
}

export interface KindFigures {
	kind: string;
	n: number;
	top1: number;
	top3: number;
}

/** Top-1 and top-3 per kind, and an "all" row. */
export function figures(runs: readonly RankedRun[]): KindFigures[] {
	const rows: KindFigures[] = [];
	for (const kind of [...KINDS, 'all']) {
		const mine = runs.filter((r) => kind === 'all' || r.kind === kind);
		if (mine.length === 0) continue;
		rows.push({
			kind,
			n: mine.length,
			top1: mine.filter((r) => r.rank === 1).length / mine.length,
			top3: mine.filter((r) => r.rank !== null && r.rank <= 3).length / mine.length,
		});
	}
	return rows;
}
