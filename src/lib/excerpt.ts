export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

function decode(text: string): string {
	return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
		if (name) return NAMED[name.toLowerCase()] ?? whole;
		const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/**
 * Splits a Pagefind excerpt into plain-text runs, marking the hits. Only `<mark>` is honoured;
 * any other markup stays literal text, so page content can never inject HTML into results.
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece) parts.push({ text: decode(piece), marked });
	}
	return parts;
}
