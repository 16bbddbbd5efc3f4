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

/** `manifest.json` of the vocabulary folder. */
export interface VocabularyManifest {
	readonly version: 1;
	/** Number of shards, a power of two; shard `i` is in {@link vocabularyShardName}(i). */
	readonly shards: number;
	/** Pages in the index: with a word's page count, how rare the word is. */
	readonly pages: number;
	readonly words: number;
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

function shardIndex(word: string, shards: number): number {
	return fnv1a(word.slice(0, VOCABULARY_PREFIX)) % shards;
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
			const total = [...pages.keys()].reduce((sum, word) => sum + word.length + 6, 0);
			let shards = 1;
			while (shards < 4_096 && shards * shardBytes < total) shards *= 2;
			const buckets = new Map<number, [string, number][]>();
			for (const [word, count] of [...pages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
				const index = shardIndex(word, shards);
				const bucket = buckets.get(index) ?? [];
				bucket.push([word, count]);
				buckets.set(index, bucket);
			}
			const manifest: VocabularyManifest = {
				version: 1,
				shards,
				pages: pageCount,
				words: pages.size,
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

/** Builds the vocabulary of the pages' indexed text in one go. */
export function buildVocabulary(texts: Iterable<string>, shardBytes?: number): VocabularyFiles {
	const builder = createVocabularyBuilder();
	for (const text of texts) builder.addPage(text);
	return builder.files(shardBytes);
}

/** The shard files that hold the given words (and every word they start). */
export function vocabularyShardFiles(
	words: Iterable<string>,
	manifest: Pick<VocabularyManifest, 'shards'>,
): string[] {
	if (!(manifest.shards > 0)) return [];
	const files = new Set<string>();
	for (const word of words) {
		if (word.length >= VOCABULARY_PREFIX) {
			files.add(vocabularyShardName(shardIndex(word, manifest.shards)));
		}
	}
	return [...files];
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
	manifest: Pick<VocabularyManifest, 'pages' | 'shards'>,
	shards: readonly VocabularyShard[],
): Lexicon {
	// All the words sharing their first letters are in one shard.
	const byPrefix = new Map<string, PrefixWords>();
	for (const shard of shards) {
		if (!shard || typeof shard !== 'object') continue;
		for (const [key, words] of indexShard(shard)) byPrefix.set(key, words);
	}
	const prefixCounts = new Map<string, number>();
	const count = (word: string) =>
		byPrefix.get(word.slice(0, VOCABULARY_PREFIX))?.counts.get(word) ?? 0;
	const lexicon: Lexicon = {
		pages: manifest.pages,
		count,
		prefixCount(prefix) {
			let total = prefixCounts.get(prefix);
			if (total === undefined) {
				total = 0;
				for (const [word, pages] of byPrefix.get(prefix.slice(0, VOCABULARY_PREFIX))?.counts ??
					[]) {
					if (word.startsWith(prefix)) total += pages;
				}
				total = Math.min(total, manifest.pages);
				prefixCounts.set(prefix, total);
			}
			return total;
		},
		neighbours: (word) => byPrefix.get(word.slice(0, VOCABULARY_PREFIX))?.words ?? [],
		has: (word) => count(word) > 0 || lexicon.prefixCount(word) > 0,
	};
	return lexicon;
}

interface PrefixWords {
	readonly words: readonly string[];
	readonly counts: ReadonlyMap<string, number>;
}

const indexed = new WeakMap<VocabularyShard, ReadonlyMap<string, PrefixWords>>();

/** One shard's words grouped by their first letters, built once per shard object. */
function indexShard(shard: VocabularyShard): ReadonlyMap<string, PrefixWords> {
	let index = indexed.get(shard);
	if (!index) {
		const groups = new Map<string, { words: string[]; counts: Map<string, number> }>();
		for (const [word, pages] of Object.entries(shard)) {
			if (typeof pages !== 'number') continue;
			const key = word.slice(0, VOCABULARY_PREFIX);
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
