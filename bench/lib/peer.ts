/**
 * The figures we compare against: the Starlight build from issue #7 (Starlight 0.42.4, Astro
 * 7.3.5, Pagefind 1.6.0, the same 2-core machine kind), of the corpus of the team's outside
 * generator; ours is built from bench/corpus unless BENCH_CORPUS_GENERATOR names that one. `null`
 * where the issue gives no figure. Our real site (14 entries) is set beside their 20-entry row.
 */
export interface PeerRow {
	entries: number;
	buildS: number;
	peakGiB: number;
	firstLoadKiB: number;
	firstLoadRequests: number | null;
	firstLoadJsKiB: number | null;
	coldMs: number | null;
	coldKiB: number | null;
	warmMs: number | null;
}

export const PEER_NAME = 'Starlight 0.42.4';

export const PEER: readonly PeerRow[] = [
	{
		entries: 20,
		buildS: 4.6,
		peakGiB: 0.8,
		firstLoadKiB: 53.9,
		firstLoadRequests: 12,
		firstLoadJsKiB: 31,
		coldMs: null,
		coldKiB: null,
		warmMs: null,
	},
	{
		entries: 1000,
		buildS: 22.3,
		peakGiB: 1.6,
		firstLoadKiB: 54.0,
		firstLoadRequests: null,
		firstLoadJsKiB: null,
		coldMs: 165,
		coldKiB: 231,
		warmMs: null,
	},
	{
		entries: 5000,
		buildS: 104.5,
		peakGiB: 4.4,
		firstLoadKiB: 53.9,
		firstLoadRequests: null,
		firstLoadJsKiB: null,
		coldMs: 277,
		coldKiB: 502,
		warmMs: null,
	},
	{
		entries: 10000,
		buildS: 179.2,
		peakGiB: 7.0,
		firstLoadKiB: 53.9,
		firstLoadRequests: null,
		firstLoadJsKiB: null,
		coldMs: 337,
		coldKiB: 728,
		warmMs: 36,
	},
];

/** The peer row for a run: the same synthetic size, or the smallest row for the real site. */
export function peerFor(syntheticEntries: number): PeerRow | undefined {
	if (syntheticEntries === 0) return PEER[0];
	return PEER.find((row) => row.entries === syntheticEntries);
}

/** Issue #7's targets for our site. */
export const TARGETS = {
	firstLoadKiB: 15,
	firstLoadRequests: 5,
	firstLoadJsKiB: 4,
	/** At 10,000 entries. */
	buildS: 90,
	peakGiB: 3,
	/** Per cold query: no more than Starlight's 10,000-entry figure. */
	coldKiB: 728,
} as const;
