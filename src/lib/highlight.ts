/** At most this many words are highlighted: the URL is untrusted and could carry thousands. */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 60;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Where the searched words occur in a text, as [start, end) ranges, sorted and merged. A word
 * matches at the start of a word of the text (so "sertifikat" marks "sertifikatnya" but "at"
 * marks nothing inside "sertifikat"), case-insensitively. Plain string search, never a regular
 * expression built from the input, so hostile terms cost linear time.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
	const haystack = text.toLowerCase();
	// Lowercasing can change the length of some characters; then offsets would not line up.
	if (haystack.length !== text.length) return [];
	const words = [...new Set(terms.slice(0, MAX_TERMS).map((t) => t.trim().toLowerCase()))].filter(
		(t) => t.length >= 2 && t.length <= MAX_TERM_LENGTH,
	);
	const ranges: [number, number][] = [];
	for (const word of words) {
		for (
			let at = haystack.indexOf(word);
			at !== -1;
			at = haystack.indexOf(word, at + word.length)
		) {
			if (!isWordChar(haystack[at - 1])) ranges.push([at, at + word.length]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}
