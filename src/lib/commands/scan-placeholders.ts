/**
 * Finding placeholders in code. Shared by the build (to mark them) and the browser (to fill them
 * in the copied text), so both see exactly the same occurrences.
 */

/** One placeholder occurrence in a text. */
export interface PlaceholderMatch {
	/** `NODE_NAME` for `[$NODE_NAME]`; the literal itself (`XX.XX.XX.XX`) for declared literals. */
	name: string;
	/** The text as written in the code. */
	text: string;
	start: number;
	end: number;
}

/**
 * `[$NAME]` where NAME starts with an uppercase letter, so bash's own `arr[$i]` is not taken for
 * a placeholder. Bounded quantifier: linear on any input.
 */
export const BRACKET_PLACEHOLDER = /\[\$([A-Z][A-Za-z0-9_]{0,63})\]/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORD = /\w/;

/** A literal only counts as a whole word where its own edge is a word character (`XX` ≠ `XXL`). */
function literalPattern(literal: string): string {
	const head = WORD.test(literal[0] ?? '') ? '(?<!\\w)' : '';
	const tail = WORD.test(literal.at(-1) ?? '') ? '(?!\\w)' : '';
	return head + escapeRegExp(literal) + tail;
}

/**
 * Every placeholder in `text`, left to right, without overlaps: `[$NAME]` tokens, plus the
 * declared `literals` (such as `XX.XX.XX.XX`), longest first where two could match at one spot.
 * Literals are matched as plain text, never as patterns.
 */
export function scanPlaceholders(
	text: string,
	literals: readonly string[] = [],
): PlaceholderMatch[] {
	const alternatives = [...new Set(literals)]
		.filter((l) => l !== '')
		.sort((a, b) => b.length - a.length)
		.map(literalPattern);
	const pattern = new RegExp([BRACKET_PLACEHOLDER.source, ...alternatives].join('|'), 'g');
	const found: PlaceholderMatch[] = [];
	for (const m of text.matchAll(pattern)) {
		found.push({ name: m[1] ?? m[0], text: m[0], start: m.index, end: m.index + m[0].length });
	}
	return found;
}
