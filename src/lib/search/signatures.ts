/**
 * Error signatures: the `errors:` strings of FAQ entries, normalised like a pasted query and
 * stored in small shards, so a pasted log that contains a known error finds its entry first —
 * whatever timestamps, addresses, names or surrounding output come with it.
 *
 * Build side: {@link buildSignatureTables}. Browser side: {@link signatureShardFiles} says
 * which shards a query needs, {@link matchSignatures} finds the entries in them.
 */
import { bloomTester, buildBloom, type BloomData } from './bloom-filter';
import { fnv1a } from './fnv1a';
import { prepareQuery, type PreparedQuery } from './prepare-query';
import { SIGNATURE_WEIGHTS } from './ranking';
import { WILDCARD } from './tokenize';
import { defaultVariants, type Variants } from './variants';

/** What the build knows about one FAQ entry. */
export interface SignatureSource {
	/** The entry's URL, e.g. `/faq/x509-kedaluwarsa/`; also the result id. */
	readonly url: string;
	/** The section to deep-link when a signature matches (e.g. `solusi`), if any. */
	readonly anchor?: string | undefined;
	/** The entry's `errors:` frontmatter. `XXX`/`xxx` and `[$NAME]` stand for any value. */
	readonly errors: readonly string[];
	/** The entry's title, so a hit can be shown without fetching the page's search data. */
	readonly title?: string | undefined;
}

/**
 * One entry in a record: its URL; its anchor when not the manifest's (`-` for none); and, when
 * several entries share the record, hashes of its example's volatile values, `.`-separated.
 */
export type SignatureEntry = readonly [
	url: string,
	anchor?: string,
	values?: string,
	title?: string,
];
/** One distinct normalised signature and the entries that quote it. */
export type SignatureRecord = readonly [tokens: string, entries: readonly SignatureEntry[]];
/** The content of one shard file: a JSON array of records. */
export type SignatureShard = readonly SignatureRecord[];

/** `manifest.json`: which shards exist and which words lead to one. */
export interface SignatureManifest {
	readonly version: 1;
	/** Number of shards, a power of two; shard `i` is in {@link shardFileName}(i). */
	readonly shards: number;
	/** The anchor words of all records. */
	readonly bloom: BloomData;
	/** The anchor of most entries; an entry lists its own only when it differs. */
	readonly anchor: string;
	readonly records: number;
	readonly entries: number;
}

/** Everything the build writes, under one folder (e.g. `dist/search/signatures/`). */
export interface SignatureTables {
	readonly manifest: SignatureManifest;
	/** `manifest.json` plus one file per non-empty shard, as JSON text. */
	readonly files: readonly { readonly name: string; readonly json: string }[];
}

export interface BuildOptions {
	/** Average shard size to aim for, in bytes. */
	readonly shardBytes?: number;
	readonly variants?: Variants;
}

/** A matched signature. */
export interface SignatureHit {
	/** The entry URL (the same id as Pagefind results). */
	readonly id: string;
	readonly url: string;
	/** The section to deep-link, or null. */
	readonly anchor: string | null;
	/** Higher is better: matched words, less what is missing or extra. */
	readonly score: number;
	/** The signature's words (without wildcards) and how many of them matched in order. */
	readonly length: number;
	readonly matched: number;
	/**
	 * Every word of the signature was found, in order: the paste contains the error. Otherwise
	 * up to a fifth of its words differed (a near match: maybe the same error about another
	 * component, maybe a value normalisation could not tell apart).
	 */
	readonly complete: boolean;
	/** The pasted text also has the same volatile values as the entry's example. */
	readonly exact: boolean;
	/** The entry's title, when the build recorded it. */
	readonly title: string | null;
}

/** Longest signature kept, in tokens; enough to identify any error message. */
export const MAX_SIGNATURE_TOKENS = 64;
/** The most shards one query fetches. */
export const MAX_QUERY_SHARDS = 12;
const MAX_CANDIDATES = 64;
const MIN_COVERAGE = SIGNATURE_WEIGHTS.minCoverage;
/**
 * How often the manifest's filter calls a word an anchor when it is none. A pasted log line has
 * a dozen or more words, so at 2 % about one query in five fetched a shard it had no use for
 * (at 10,000 entries mostly one that does not exist: a 404 in the reader's network panel, and a
 * request on the critical path); at 0.2 % the
 * filter takes 1.6 times the bits, in the manifest a page fetches once.
 */
export const ANCHOR_FALSE_POSITIVES = 0.002;

/** The file name of shard `index`. */
export function shardFileName(index: number): string {
	return `s${index.toString(36)}.json`;
}

/** Normalises one error string into signature tokens and the values behind its wildcards. */
export function normalizeSignature(
	error: string,
	variants: Variants = defaultVariants,
): { readonly tokens: readonly string[]; readonly wildcards: readonly string[] } {
	const prepared = prepareQuery(error, { variants });
	const tokens = prepared.signature.slice(0, MAX_SIGNATURE_TOKENS);
	const wildcardCount = tokens.filter((token) => token === WILDCARD).length;
	return { tokens, wildcards: prepared.wildcards.slice(0, wildcardCount) };
}

/**
 * Builds the signature tables. Identical normalised signatures share one record; each record
 * goes to the shard of its anchor, its rarest word, so a query fetches a shard only when it
 * contains that word. Entries sharing a record also store hashes of their example values, so an
 * exact paste of one entry's example ranks that entry first.
 */
export function buildSignatureTables(
	sources: readonly SignatureSource[],
	options: BuildOptions = {},
): SignatureTables {
	const variants = options.variants ?? defaultVariants;
	const groups = new Map<
		string,
		{ tokens: readonly string[]; entries: [string, string, string, string][] }
	>();
	let entryCount = 0;
	const anchorCounts = new Map<string, number>();
	for (const source of sources) {
		const seen = new Set<string>();
		for (const error of source.errors) {
			const { tokens, wildcards } = normalizeSignature(error, variants);
			if (tokens.filter((token) => token !== WILDCARD).length < 2) continue;
			const key = tokens.join(' ');
			if (seen.has(key)) continue;
			seen.add(key);
			const group = groups.get(key) ?? { tokens, entries: [] };
			const anchor = source.anchor || '-';
			anchorCounts.set(anchor, (anchorCounts.get(anchor) ?? 0) + 1);
			group.entries.push([source.url, anchor, valueHashes(wildcards), source.title ?? '']);
			groups.set(key, group);
			entryCount++;
		}
	}

	const frequency = new Map<string, number>();
	for (const { tokens } of groups.values()) {
		for (const token of new Set(tokens)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
	}
	const defaultAnchor = [...anchorCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '-';
	const records: { anchor: string; record: SignatureRecord }[] = [];
	for (const [key, group] of groups) {
		const shared = group.entries.length > 1;
		const entries: SignatureEntry[] = group.entries.map(([url, anchor, values, title]) => {
			const own = anchor === defaultAnchor ? '' : anchor;
			if (title) return [url, own, shared ? values : '', title];
			if (shared) return [url, own, values];
			return own ? [url, own] : [url];
		});
		records.push({
			anchor: chooseAnchor(group.tokens, frequency, variants),
			record: [key, entries],
		});
	}

	const totalBytes = records.reduce(
		(sum, { record }) => sum + JSON.stringify(record).length + 1,
		0,
	);
	const target = options.shardBytes ?? 1_536;
	let shards = 1;
	while (shards < 4_096 && shards * target < totalBytes) shards *= 2;
	const buckets = new Map<number, SignatureRecord[]>();
	for (const { anchor, record } of records) {
		const index = fnv1a(anchor) % shards;
		const bucket = buckets.get(index) ?? [];
		bucket.push(record);
		buckets.set(index, bucket);
	}
	const manifest: SignatureManifest = {
		version: 1,
		shards,
		bloom: buildBloom(
			records.map(({ anchor }) => anchor),
			ANCHOR_FALSE_POSITIVES,
		),
		anchor: defaultAnchor,
		records: records.length,
		entries: entryCount,
	};
	const files = [
		{ name: 'manifest.json', json: JSON.stringify(manifest) },
		...[...buckets]
			.sort((a, b) => a[0] - b[0])
			.map(([index, bucket]) => ({ name: shardFileName(index), json: JSON.stringify(bucket) })),
	];
	return { manifest, files };
}

/**
 * The shard files a prepared query needs (at most {@link MAX_QUERY_SHARDS}): those of its words
 * that the manifest's filter lists as anchors. Empty when the query has no signature words.
 */
export function signatureShardFiles(
	prepared: PreparedQuery,
	manifest: SignatureManifest,
): string[] {
	if (!manifest || !(manifest.shards > 0)) return [];
	const isAnchor = bloomTester(manifest.bloom);
	const words = [...new Set(prepared.signature)].filter(
		(token) => token !== WILDCARD && token.length > 1 && isAnchor(token),
	);
	// Longer words first: they are the likelier anchors when the cap cuts the list.
	words.sort((a, b) => b.length - a.length);
	const files: string[] = [];
	for (const word of words) {
		const name = shardFileName(fnv1a(word) % manifest.shards);
		if (!files.includes(name)) files.push(name);
		if (files.length >= MAX_QUERY_SHARDS) break;
	}
	return files;
}

/**
 * The entries whose signature the prepared text contains: the signature's words in order,
 * where a wildcard stands for any run of words, and tolerating what normalisation could not
 * remove (at most a fifth of a signature's words missing, extra words in between at a cost).
 * Complete matches first, then by score; one hit per entry.
 */
export function matchSignatures(
	prepared: PreparedQuery,
	shards: readonly SignatureShard[],
	manifest?: Pick<SignatureManifest, 'anchor'>,
): SignatureHit[] {
	const defaultAnchor = typeof manifest?.anchor === 'string' ? manifest.anchor : '-';
	const query = prepared.signature;
	if (!query.some((token) => token !== WILDCARD)) return [];
	const present = new Set(query);
	const queryValues = new Set(prepared.wildcards.map((value) => hashValue(value)));

	const candidates: { tokens: string[]; entries: readonly SignatureEntry[]; coverage: number }[] =
		[];
	for (const shard of shards) {
		for (const { tokens, words, entries } of parsedRecords(shard)) {
			const coverage = words.filter((word) => present.has(word)).length / words.length;
			if (coverage >= MIN_COVERAGE) candidates.push({ tokens, entries, coverage });
		}
	}
	candidates.sort((a, b) => b.coverage - a.coverage);

	const best = new Map<string, SignatureHit>();
	for (const candidate of candidates.slice(0, MAX_CANDIDATES)) {
		const alignment = align(candidate.tokens, query);
		const length = candidate.tokens.filter((token) => token !== WILDCARD).length;
		const required = length <= 4 ? length : Math.ceil(length * MIN_COVERAGE);
		if (alignment.matched < Math.max(2, required)) continue;
		for (const [url, anchor, values, title] of candidate.entries) {
			if (typeof url !== 'string') continue;
			const exact =
				typeof values === 'string' &&
				values !== '' &&
				values.split('.').every((value) => queryValues.has(value));
			const section = typeof anchor === 'string' && anchor ? anchor : defaultAnchor;
			const hit: SignatureHit = {
				id: url,
				url,
				anchor: section === '-' ? null : section,
				score: alignment.score + (exact ? SIGNATURE_WEIGHTS.exactValues : 0),
				length,
				matched: alignment.matched,
				complete: alignment.matched === length,
				exact,
				title: typeof title === 'string' && title ? title : null,
			};
			const previous = best.get(url);
			if (!previous || rank(hit, previous) < 0) best.set(url, hit);
		}
	}
	return [...best.values()].sort(rank);
}

interface ParsedRecord {
	readonly tokens: string[];
	/** The tokens without wildcards; never empty. */
	readonly words: readonly string[];
	readonly entries: readonly SignatureEntry[];
}

/**
 * Shards stay loaded for the page's life and a reader pastes query after query: at 10,000
 * entries one shard holds a few hundred records, so each is split into tokens once, not once per
 * query.
 */
const parsedShards = new WeakMap<object, readonly ParsedRecord[]>();

function parsedRecords(shard: SignatureShard): readonly ParsedRecord[] {
	if (!Array.isArray(shard)) return [];
	let parsed = parsedShards.get(shard);
	if (!parsed) {
		const records: ParsedRecord[] = [];
		for (const record of shard) {
			if (!Array.isArray(record) || typeof record[0] !== 'string' || !Array.isArray(record[1])) {
				continue;
			}
			const tokens = record[0].split(' ').slice(0, MAX_SIGNATURE_TOKENS);
			const words = tokens.filter((token) => token !== WILDCARD);
			if (words.length > 0) records.push({ tokens, words, entries: record[1] });
		}
		parsed = records;
		parsedShards.set(shard, parsed);
	}
	return parsed;
}

const { missing: MISSING, extra: EXTRA, extraMasked: EXTRA_MASKED } = SIGNATURE_WEIGHTS;

/**
 * Aligns a signature against the query tokens: the whole signature, anywhere in the query.
 * Score = matched words − missing words − extra query words inside the match (masked values
 * nearly free). Dynamic programming over signature × query: at most 64 × a few thousand cells.
 */
function align(
	signature: readonly string[],
	query: readonly string[],
): { score: number; matched: number } {
	const m = query.length;
	let prevScore = new Float64Array(m + 1);
	let prevMatched = new Int32Array(m + 1);
	for (const token of signature) {
		const score = new Float64Array(m + 1);
		const matched = new Int32Array(m + 1);
		if (token === WILDCARD) {
			score[0] = prevScore[0]!;
			matched[0] = prevMatched[0]!;
			for (let j = 1; j <= m; j++) {
				// A wildcard takes any run of query tokens, or none.
				if (prevScore[j]! >= score[j - 1]!) {
					score[j] = prevScore[j]!;
					matched[j] = prevMatched[j]!;
				} else {
					score[j] = score[j - 1]!;
					matched[j] = matched[j - 1]!;
				}
			}
		} else {
			score[0] = prevScore[0]! - MISSING;
			matched[0] = prevMatched[0]!;
			for (let j = 1; j <= m; j++) {
				let bestScore = prevScore[j]! - MISSING;
				let bestMatched = prevMatched[j]!;
				const extra = score[j - 1]! - (query[j - 1] === WILDCARD ? EXTRA_MASKED : EXTRA);
				if (extra > bestScore) {
					bestScore = extra;
					bestMatched = matched[j - 1]!;
				}
				if (query[j - 1] === token && prevScore[j - 1]! + 1 >= bestScore) {
					bestScore = prevScore[j - 1]! + 1;
					bestMatched = prevMatched[j - 1]! + 1;
				}
				score[j] = bestScore;
				matched[j] = bestMatched;
			}
		}
		prevScore = score;
		prevMatched = matched;
	}
	let bestScore = -Infinity;
	let bestMatched = 0;
	for (let j = 0; j <= m; j++) {
		if (prevScore[j]! > bestScore) {
			bestScore = prevScore[j]!;
			bestMatched = prevMatched[j]!;
		}
	}
	return { score: bestScore, matched: bestMatched };
}

function rank(a: SignatureHit, b: SignatureHit): number {
	return Number(b.complete) - Number(a.complete) || b.score - a.score || b.length - a.length;
}

function valueHashes(values: readonly string[]): string {
	return values.map(hashValue).join('.');
}

function hashValue(value: string): string {
	// 20 bits: enough to tell apart the few entries that share one record.
	return (fnv1a(value) & 0xfffff).toString(36);
}

function chooseAnchor(
	tokens: readonly string[],
	frequency: ReadonlyMap<string, number>,
	variants: Variants,
): string {
	const words = [...new Set(tokens)].filter((token) => token !== WILDCARD);
	const eligible = words.filter(
		(token) =>
			token.length >= 3 &&
			/\p{L}/u.test(token) &&
			!/\d/.test(token) &&
			!variants.stopwords.has(token),
	);
	const pool = eligible.length ? eligible : words;
	return pool.reduce((best, token) => {
		const a = frequency.get(token) ?? 0;
		const b = frequency.get(best) ?? 0;
		if (a !== b) return a < b ? token : best;
		if (token.length !== best.length) return token.length > best.length ? token : best;
		return token < best ? token : best;
	});
}
