/**
 * Word variants: misspellings, English words, abbreviations, affixed Indonesian forms and
 * typos, all mapped to the words our pages use. The data lives in
 * `src/config/search-variants.json`; this module compiles it and applies it to one word.
 */
import data from '../../config/search-variants.json';
import { letterWordsOf } from './words';

/** The shape of `src/config/search-variants.json` (its `$comment` documents each field). */
export interface VariantsData {
	readonly misspellings: Readonly<Record<string, string>>;
	readonly english: Readonly<Record<string, string>>;
	readonly abbreviations: Readonly<Record<string, string>>;
	readonly vocabulary: readonly string[];
	readonly affixes: {
		readonly roots: readonly string[];
		readonly exceptions: Readonly<Record<string, string>>;
		readonly keep: readonly string[];
	};
	readonly stopwords: readonly string[];
	readonly keepNumbers: readonly string[];
}

/** Compiled variants, ready for lookups. Build one with {@link compileVariants}. */
export interface Variants {
	readonly misspellings: ReadonlyMap<string, string>;
	readonly english: ReadonlyMap<string, string>;
	readonly abbreviations: ReadonlyMap<string, string>;
	readonly roots: ReadonlySet<string>;
	readonly exceptions: ReadonlyMap<string, string>;
	readonly keep: ReadonlySet<string>;
	readonly stopwords: ReadonlySet<string>;
	readonly keepNumbers: ReadonlySet<string>;
	/** Every word typos are corrected to. */
	readonly lexicon: readonly string[];
	/** Words that are never treated as typos. */
	readonly known: ReadonlySet<string>;
}

/** How a word was changed by {@link mapWord}. */
export type Change = 'misspelling' | 'abbreviation' | 'english' | 'affix' | 'typo';

export interface MappedWord {
	/** The words to search for (more than one when a variant is a phrase). */
	readonly words: readonly string[];
	/** The last change applied, or null when the word is searched as it is. */
	readonly change: Change | null;
}

const LETTERS = /^\p{L}+$/u;
const VOWEL = /^[aiueo]/;
const lower = (value: string) => value.trim().toLowerCase();
const splitWords = (value: string) => lower(value).split(/\s+/).filter(Boolean);
const toMap = (record: Readonly<Record<string, string>>) =>
	new Map(Object.entries(record).map(([key, value]) => [lower(key), lower(value)]));

/** Compiles the variants data. Call once; the result is immutable. */
export function compileVariants(source: VariantsData): Variants {
	const misspellings = toMap(source.misspellings);
	const english = toMap(source.english);
	const abbreviations = toMap(source.abbreviations);
	const roots = new Set(source.affixes.roots.map(lower));
	const exceptions = toMap(source.affixes.exceptions);
	const keep = new Set(source.affixes.keep.map(lower));
	const stopwords = new Set(source.stopwords.map(lower));
	const lexicon = new Set<string>([
		...source.vocabulary.map(lower),
		...roots,
		...keep,
		...[...misspellings.values(), ...english.values(), ...abbreviations.values()].flatMap(
			splitWords,
		),
		...english.keys(),
	]);
	const known = new Set<string>([
		...lexicon,
		...stopwords,
		...misspellings.keys(),
		...abbreviations.keys(),
		...exceptions.keys(),
	]);
	return {
		misspellings,
		english,
		abbreviations,
		roots,
		exceptions,
		keep,
		stopwords,
		keepNumbers: new Set(source.keepNumbers.map(lower)),
		lexicon: [...lexicon],
		known,
	};
}

/**
 * Maps one word to what our pages say. `standalone`: the word stood alone in the text (not
 * inside an identifier like `diagnose_k8s.sh`); only standalone words are changed. `typed`:
 * the text was typed rather than pasted, so English words are translated and typos corrected
 * (a pasted error message is English on our pages too).
 */
export function mapWord(
	word: string,
	standalone: boolean,
	typed: boolean,
	variants: Variants,
): MappedWord {
	if (!standalone) return { words: [word], change: null };
	const abbreviation = variants.abbreviations.get(word);
	if (abbreviation) return { words: splitWords(abbreviation), change: 'abbreviation' };
	if (!LETTERS.test(word)) return { words: [word], change: null };
	const misspelling = variants.misspellings.get(word);
	if (misspelling) return { words: splitWords(misspelling), change: 'misspelling' };
	if (typed) {
		const meaning = variants.english.get(word);
		if (meaning) {
			return {
				words: splitWords(meaning).map((part) => deaffix(part, variants)),
				change: 'english',
			};
		}
	}
	const base = deaffix(word, variants);
	if (base !== word) return { words: [base], change: 'affix' };
	if (typed && !variants.known.has(word)) {
		const corrected = correctTypo(word, variants);
		if (corrected) {
			const mapped = mapWord(corrected, true, typed, variants);
			return { words: mapped.words, change: 'typo' };
		}
	}
	return { words: [word], change: null };
}

// ---------------------------------------------------------------- de-affixing

/** Base-word candidates for a prefixed form, with Indonesian sound changes undone. */
function unprefix(word: string): string[] {
	const out: string[] = [];
	const add = (candidate: string) => {
		if (candidate.length >= 3) out.push(candidate);
	};
	const rest = (prefix: string) => (word.startsWith(prefix) ? word.slice(prefix.length) : null);
	for (const nasal of ['me', 'pe']) {
		let r = rest(`${nasal}ny`);
		if (r !== null && VOWEL.test(r)) add(`s${r}`);
		r = rest(`${nasal}ng`);
		if (r !== null) {
			add(r);
			if (VOWEL.test(r)) add(`k${r}`);
		}
		r = rest(`${nasal}m`);
		if (r !== null) {
			if (VOWEL.test(r)) {
				add(`p${r}`);
				add(`m${r}`);
			} else if (/^[bfpv]/.test(r)) add(r);
		}
		r = rest(`${nasal}n`);
		if (r !== null) {
			if (VOWEL.test(r)) {
				add(`t${r}`);
				add(`n${r}`);
			} else if (/^[cdjstz]/.test(r)) add(r);
		}
		r = rest(nasal);
		if (r !== null && /^[lmnrwy]/.test(r)) add(r);
	}
	for (const prefix of ['di', 'ter', 'ber', 'per', 'ke', 'se']) {
		const r = rest(prefix);
		if (r !== null) add(r);
	}
	const be = rest('be');
	if (be !== null && /^k/.test(be)) add(be);
	return out;
}

/** The word and its forms without particle, possessive and derivational suffixes. */
function unsuffix(word: string): string[] {
	let forms = [word];
	for (const suffixes of [
		['lah', 'kah', 'tah', 'pun'],
		['nya', 'ku', 'mu'],
		['kan', 'an', 'i'],
	]) {
		const next = [...forms];
		for (const form of forms) {
			for (const suffix of suffixes) {
				if (form.endsWith(suffix) && form.length - suffix.length >= 3) {
					next.push(form.slice(0, -suffix.length));
				}
			}
		}
		forms = next;
	}
	return [...new Set(forms)];
}

/**
 * Reduces an affixed Indonesian word to its base word (`memigrasikan` → `migrasi`,
 * `menambahkan` → `tambah`), trying the me-/mem-/men-/meng-/meny-/di-/ber-/ter-/pe-/per-/ke-
 * prefixes with their sound changes and the -kan/-an/-i/-nya/-lah suffixes. Only a base word
 * listed in the data's roots is accepted, so words the rules do not know are returned
 * unchanged (Pagefind's stemmer still applies to them).
 */
export function deaffix(word: string, variants: Variants): string {
	let known = deaffixed.get(variants);
	if (!known) deaffixed.set(variants, (known = new Map()));
	let base = known.get(word);
	if (base === undefined) {
		base = deaffixWord(word, variants);
		if (known.size < MAX_REMEMBERED) known.set(word, base);
	}
	return base;
}

/**
 * Words already reduced, per variants: the build reduces every word of every entry, and entries
 * share most of their words (at 10,000 entries this took 7 % of rendering).
 */
const deaffixed = new WeakMap<Variants, Map<string, string>>();
const MAX_REMEMBERED = 100_000;

function deaffixWord(word: string, variants: Variants): string {
	const exception = variants.exceptions.get(word);
	if (exception) return exception;
	if (word.length < 5 || variants.keep.has(word) || variants.roots.has(word)) return word;
	let best: string | null = null;
	let bestCost = Infinity;
	const consider = (candidate: string, cost: number) => {
		if (!variants.roots.has(candidate)) return;
		if (cost < bestCost || (cost === bestCost && best !== null && candidate.length > best.length)) {
			best = candidate;
			bestCost = cost;
		}
	};
	for (const form of unsuffix(word)) {
		const suffixCost = form === word ? 0 : 1;
		consider(form, suffixCost);
		for (const first of unprefix(form)) {
			consider(first, suffixCost + 1);
			for (const second of unprefix(first)) consider(second, suffixCost + 2);
		}
	}
	return best ?? word;
}

/**
 * For a word still being typed: the prefix of a base word it may begin (`memigr` → `migr`,
 * since `migrasi` is a known base word), else the word itself.
 */
export function deaffixPrefix(partial: string, variants: Variants): string {
	if (partial.length < 4 || !LETTERS.test(partial)) return partial;
	const startsSome = (prefix: string) => variants.lexicon.some((word) => word.startsWith(prefix));
	if (startsSome(partial)) return partial;
	for (const first of unprefix(partial)) {
		if (startsSome(first)) return first;
		for (const second of unprefix(first)) if (startsSome(second)) return second;
	}
	return partial;
}

// ---------------------------------------------------------------- typos

/**
 * The lexicon word closest to `word` (optimal string alignment distance: one edit for words of
 * five to seven letters, two from eight letters), or null when none is close. Between equally
 * close words, the likelier slip wins: a dropped, doubled or swapped letter, or a neighbouring
 * key or vowel struck instead, before any other letter (`diagnosik` is `diagnostik` with a
 * dropped `t`, not `diagnosis` with `s` typed as `k`); a tie that remains gives null.
 */
export function correctTypo(word: string, variants: Variants): string | null {
	return closestWord(word, variants.lexicon);
}

/** {@link correctTypo} against any list of words (e.g. the indexed words that share its first letters). */
export function closestWord(word: string, words: Iterable<string>): string | null {
	if (word.length < 5 || word.length > 30) return null;
	const limit = word.length >= 8 ? 2 : 1;
	let best: string[] = [];
	let bestDistance = limit + 1;
	for (const candidate of words) {
		if (Math.abs(candidate.length - word.length) > limit) continue;
		const distance = osaDistance(word, candidate, limit);
		if (distance > limit) continue;
		if (distance < bestDistance) {
			best = [candidate];
			bestDistance = distance;
		} else if (distance === bestDistance && !best.includes(candidate)) {
			best.push(candidate);
		}
	}
	if (best.length <= 1) return best[0] ?? null;
	const costs = best.map((candidate) => slipCost(word, candidate));
	const lowest = Math.min(...costs);
	const winners = best.filter((_, index) => costs[index] === lowest);
	return winners.length === 1 ? winners[0]! : null;
}

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map<string, [number, number]>();
KEYBOARD_ROWS.forEach((row, r) => [...row].forEach((key, c) => KEY_AT.set(key, [r, c + r * 0.5])));

/** Keys next to each other on a QWERTY keyboard, or two vowels (a common spelling slip). */
function nearSlip(a: string, b: string): boolean {
	if (/[aiueo]/.test(a) && /[aiueo]/.test(b)) return true;
	const p = KEY_AT.get(a);
	const q = KEY_AT.get(b);
	return !!p && !!q && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

/**
 * The alignment cost of `typed` against `target` where a substitution of a letter that is not
 * a near slip costs a little more than any other edit.
 */
function slipCost(typed: string, target: string): number {
	const rows = typed.length + 1;
	const cols = target.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const a = typed[i - 1]!;
			const b = target[j - 1]!;
			const substitution = a === b ? 0 : nearSlip(a, b) ? 1 : 1.25;
			let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + substitution);
			if (i > 1 && j > 1 && a === target[j - 2] && typed[i - 2] === b) {
				value = Math.min(value, d[i - 2]![j - 2]! + 1);
			}
			d[i]![j] = value;
		}
	}
	return d[typed.length]![target.length]!;
}

/** Optimal string alignment distance, giving up (returning limit + 1) past `limit`. */
function osaDistance(a: string, b: string, limit: number): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	let prevPrev = new Array<number>(cols).fill(0);
	let prev = Array.from({ length: cols }, (_, j) => j);
	for (let i = 1; i < rows; i++) {
		const current = new Array<number>(cols).fill(0);
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, prevPrev[j - 2]! + 1);
			}
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		prevPrev = prev;
		prev = current;
	}
	return prev[cols - 1]!;
}

// ---------------------------------------------------------------- index side

/**
 * Extra text for the build to index with an entry (e.g. in a hidden element inside the
 * Pagefind body), so English and base-word queries match through the index: for each
 * Indonesian word of `text` the English words that mean it, and the base word of each affixed
 * form (`memigrasikan` → `migrasi`, which Pagefind's stemmer does not find). Give it the
 * entry's title, description, keywords and body text: the body is where most affixed forms
 * are. Words already in `text` are left out; at most the first 5,000 words are read.
 */
export function indexSynonyms(text: string, variants: Variants = defaultVariants): string {
	const words = letterWordsOf(text).slice(0, 5_000);
	const present = new Set(words);
	const extra = new Set<string>();
	const add = (word: string) => {
		if (!present.has(word)) extra.add(word);
	};
	const joined = ` ${words.join(' ')} `;
	const synonyms = synonymsOf(variants);
	for (const word of present) {
		const base = deaffix(word, variants);
		if (base !== word) add(base);
		for (const key of new Set([word, base])) {
			for (const synonym of synonyms.get(key) ?? []) add(synonym);
		}
	}
	for (const { englishWord, meaning, firstWord } of phrasesOf(variants)) {
		if (present.has(firstWord) && joined.includes(` ${meaning} `)) add(englishWord);
	}
	return [...extra].join(' ');
}

/**
 * Indonesian word (or its base) → the English words that mean it. Only the build needs them, so
 * they are worked out on first use: a browser compiling the variants would pay for a hundred
 * base-word look-ups before its first search.
 */
function synonymsOf(variants: Variants): ReadonlyMap<string, readonly string[]> {
	let found = synonymTables.get(variants);
	if (!found) {
		found = new Map<string, string[]>();
		for (const [word, meaning] of variants.english) {
			for (const key of new Set([meaning, deaffix(meaning, variants)])) {
				const list = found.get(key) ?? [];
				if (!list.includes(word)) list.push(word);
				found.set(key, list);
			}
		}
		synonymTables.set(variants, found);
	}
	return found;
}
const synonymTables = new WeakMap<Variants, Map<string, string[]>>();

/**
 * The English words whose Indonesian meaning is a phrase, with the phrase's first word: a page
 * without that word cannot contain the phrase, which spares most of the text searches.
 */
function phrasesOf(variants: Variants) {
	let found = phrases.get(variants);
	if (!found) {
		found = [...variants.english]
			.filter(([, meaning]) => meaning.includes(' '))
			.map(([englishWord, meaning]) => ({
				englishWord,
				meaning,
				firstWord: meaning.split(' ')[0]!,
			}));
		phrases.set(variants, found);
	}
	return found;
}
const phrases = new WeakMap<
	Variants,
	{ englishWord: string; meaning: string; firstWord: string }[]
>();

// Last: compiling runs the functions above.
/** The site's variants, from `src/config/search-variants.json`. */
export const defaultVariants: Variants = compileVariants(data);
