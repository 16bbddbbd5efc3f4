/**
 * The search vocabulary: every word the Pagefind index holds and on how many pages, built with
 * the index and written as small shards that a query fetches by its words' first letters (the
 * way the error signatures are). With it the browser decides, without asking Pagefind, which of
 * a query's words the index has, which only start an indexed word, which are typos of one and
 * which compounds the index holds joined.
 *
 * Build side: {@link buildVocabulary} over the text Pagefind indexed for each page. Browser
 * side: {@link vocabularyShardFiles} says which shards a query needs, {@link createLexicon}
 * answers look-ups from the loaded ones.
 */
import { fnv1a } from './fnv1a';
import { createTextWords } from './tokenize';

/** Words sharing their first this many characters are in one shard: a prefix is one fetch. */
export const VOCABULARY_PREFIX = 2;
/**
 * A group of words sharing their first letters that is larger than this many times the shard
 * size is split by one more letter, and so on while needed: at 10,000 entries the words
 * starting `ac` (generated pod names, `ack-…` components) are 220 KB and those starting `10`
 * (numbers) 140 KB, which a query with `ack` or `10250` would otherwise fetch whole.
 */
export const SPLIT_FACTOR = 4;
/** The longest group key; past it, a group stays whole however large. */
const MAX_KEY = 32;

/** `manifest.json` of the vocabulary folder. */
export interface VocabularyManifest {
	readonly version: 1;
	/** Number of shards, a power of two; shard `i` is in {@link vocabularyShardName}(i). */
	readonly shards: number;
	/** Pages in the index: with a word's page count, how rare the word is. */
	readonly pages: number;
	readonly words: number;
	/**
	 * The groups split by one more letter (see {@link SPLIT_FACTOR}), each with the sum of its
	 * words' page counts (at most `pages`), the same bound {@link Lexicon.prefixCount} gives for
	 * a group in one shard: a prefix that long is then counted without fetching every part.
	 * Absent when no group is split.
	 */
	readonly split?: Readonly<Record<string, number>>;
}

/** One shard: word → the number of pages that hold it. */
export type VocabularyShard = Readonly<Record<string, number>>;

export interface VocabularyFiles {
	readonly manifest: VocabularyManifest;
	/** `manifest.json` plus one file per non-empty shard, as JSON text. */
	readonly files: readonly { readonly name: string; readonly json: string }[];
}

/** The file name of shard `index`. */
export function vocabularyShardName(index: number): string {
	return `v${index.toString(36)}.json`;
}

type Split = VocabularyManifest['split'];

/** The group a word is in: its first letters, one more for each split group it starts. */
function groupKey(word: string, split: Split): string {
	let key = word.slice(0, VOCABULARY_PREFIX);
	while (split && key.length < word.length && Object.hasOwn(split, key)) {
		key = word.slice(0, key.length + 1);
	}
	return key;
}

function shardIndex(key: string, shards: number): number {
	return fnv1a(key) % shards;
}

/** Collects the words of pages and counts the pages each is on. */
export function createVocabularyBuilder() {
	const pages = new Map<string, number>();
	let pageCount = 0;
	const textWords = createTextWords(500_000);
	return {
		/** Adds the text Pagefind indexed for one page. */
		addPage(text: string): void {
			pageCount++;
			const words = new Set<string>();
			textWords(text, words);
			for (const word of words) pages.set(word, (pages.get(word) ?? 0) + 1);
		},
		/** The shards and manifest, aiming at `shardBytes` per shard. */
		files(shardBytes = 4_096): VocabularyFiles {
			const total = [...pages.keys()].reduce((sum, word) => sum + wordBytes(word), 0);
			let shards = 1;
			while (shards < 4_096 && shards * shardBytes < total) shards *= 2;
			const sorted = [...pages].sort((a, b) => (a[0] < b[0] ? -1 : 1));
			const { groups, split } = groupWords(sorted, SPLIT_FACTOR * shardBytes, pageCount);
			const buckets = new Map<number, [string, number][]>();
			for (const [key, words] of groups) {
				const index = shardIndex(key, shards);
				let bucket = buckets.get(index);
				if (!bucket) buckets.set(index, (bucket = []));
				bucket.push(...words);
			}
			const manifest: VocabularyManifest = {
				version: 1,
				shards,
				pages: pageCount,
				words: pages.size,
				...(Object.keys(split).length ? { split } : {}),
			};
			return {
				manifest,
				files: [
					{ name: 'manifest.json', json: JSON.stringify(manifest) },
					...[...buckets]
						.sort((a, b) => a[0] - b[0])
						.map(([index, bucket]) => ({
							name: vocabularyShardName(index),
							json: JSON.stringify(Object.fromEntries(bucket)),
						})),
				],
			};
		},
	};
}

const wordBytes = (word: string) => word.length + 6;

/**
 * The words by group key: their first letters, and one more, recursively, where a group would
 * be larger than `maxBytes`. Words as long as a split group's key stay in that group.
 */
function groupWords(sorted: readonly [string, number][], maxBytes: number, pageCount: number) {
	const groups = new Map<string, [string, number][]>();
	const split: Record<string, number> = {};
	const place = (key: string, words: [string, number][]) => {
		const bytes = words.reduce((sum, [word]) => sum + wordBytes(word), 0);
		if (bytes <= maxBytes || key.length >= MAX_KEY) {
			groups.set(key, words);
			return;
		}
		split[key] = Math.min(
			pageCount,
			words.reduce((sum, [, count]) => sum + count, 0),
		);
		for (const [part, partWords] of byPrefix(words, key.length + 1)) {
			if (part === key) groups.set(key, partWords);
			else place(part, partWords);
		}
	};
	for (const [key, words] of byPrefix(sorted, VOCABULARY_PREFIX)) place(key, words);
	return { groups, split };
}

/** Entries by their word's first `length` characters, in the order given. */
function byPrefix(entries: readonly [string, number][], length: number) {
	const parts = new Map<string, [string, number][]>();
	for (const entry of entries) {
		const part = entry[0].slice(0, length);
		let words = parts.get(part);
		if (!words) parts.set(part, (words = []));
		words.push(entry);
	}
	return parts;
}

/** Builds the vocabulary of the pages' indexed text in one go. */
export function buildVocabulary(texts: Iterable<string>, shardBytes?: number): VocabularyFiles {
	const builder = createVocabularyBuilder();
	for (const text of texts) builder.addPage(text);
	return builder.files(shardBytes);
}

/** The shard files that hold the given words (and every word they start). */
export function vocabularyShardFiles(
	words: Iterable<string>,
	manifest: Pick<VocabularyManifest, 'shards' | 'split'>,
): string[] {
	if (!(manifest.shards > 0)) return [];
	const split = validSplit(manifest.split);
	const files = new Set<string>();
	for (const word of words) {
		if (word.length >= VOCABULARY_PREFIX) {
			files.add(vocabularyShardName(shardIndex(groupKey(word, split), manifest.shards)));
		}
	}
	return [...files];
}

/** The manifest's split groups, or none when the field is not an object of counts. */
function validSplit(split: unknown): Split {
	return split && typeof split === 'object' && !Array.isArray(split) ? (split as Split) : undefined;
}

/** What the index knows about the words of the loaded shards. */
export interface Lexicon {
	/** Pages in the index. */
	readonly pages: number;
	/** Pages that hold the word exactly; 0 when the index does not have it. */
	count(word: string): number;
	/** Pages that hold some word starting with `prefix` (at most the sum of their counts). */
	prefixCount(prefix: string): number;
	/** The indexed words sharing the word's first letters (the candidates for a typo). */
	neighbours(word: string): readonly string[];
	/** The index has the word, or words it starts. */
	has(word: string): boolean;
}

/**
 * A lexicon over loaded shards. Words whose shard is not among them count as absent, so load
 * every shard {@link vocabularyShardFiles} names for the query's words first. Pass the same
 * shard objects again for the next query (callers cache them): each is indexed once.
 */
export function createLexicon(
	manifest: Pick<VocabularyManifest, 'pages' | 'shards' | 'split'>,
	shards: readonly VocabularyShard[],
): Lexicon {
	const split = validSplit(manifest.split);
	// All the words of one group are in one shard.
	const byKey = new Map<string, GroupWords>();
	for (const shard of shards) {
		if (!shard || typeof shard !== 'object') continue;
		for (const [key, words] of indexShard(shard, split)) byKey.set(key, words);
	}
	const group = (word: string) => byKey.get(groupKey(word, split));
	const prefixCounts = new Map<string, number>();
	const count = (word: string) => group(word)?.counts.get(word) ?? 0;
	const lexicon: Lexicon = {
		pages: manifest.pages,
		count,
		prefixCount(prefix) {
			let total = prefixCounts.get(prefix);
			if (total === undefined) {
				const key = groupKey(prefix, split);
				// A split group's words are in many shards; the manifest counted them.
				if (key === prefix && split && Object.hasOwn(split, key)) total = Number(split[key]) || 0;
				else {
					total = 0;
					for (const [word, pages] of group(prefix)?.counts ?? []) {
						if (word.startsWith(prefix)) total += pages;
					}
				}
				total = Math.min(total, manifest.pages);
				prefixCounts.set(prefix, total);
			}
			return total;
		},
		neighbours: (word) => group(word)?.words ?? [],
		has: (word) => count(word) > 0 || lexicon.prefixCount(word) > 0,
	};
	return lexicon;
}

interface GroupWords {
	readonly words: readonly string[];
	readonly counts: ReadonlyMap<string, number>;
}

// Shards come from one build, so from one manifest: a shard's grouping never changes.
const indexed = new WeakMap<VocabularyShard, ReadonlyMap<string, GroupWords>>();

/** One shard's words by group, built once per shard object. */
function indexShard(shard: VocabularyShard, split: Split): ReadonlyMap<string, GroupWords> {
	let index = indexed.get(shard);
	if (!index) {
		const groups = new Map<string, { words: string[]; counts: Map<string, number> }>();
		for (const [word, pages] of Object.entries(shard)) {
			if (typeof pages !== 'number') continue;
			const key = groupKey(word, split);
			let group = groups.get(key);
			if (!group) groups.set(key, (group = { words: [], counts: new Map() }));
			group.words.push(word);
			group.counts.set(word, pages);
		}
		index = groups;
		indexed.set(shard, index);
	}
	return index;
}
