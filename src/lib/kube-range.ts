/**
 * Kubernetes version ranges in entry frontmatter (`>=1.24`, `<1.24`, `1.22 - 1.24`, `^1.24`, `*`)
 * expanded to the concrete minor versions they contain. Pure, so the schema, the tag pages and
 * the search filters all agree on what "applies to 1.28" means.
 */

interface Comparator {
	op: '<' | '<=' | '>' | '>=' | '=';
	version: [number, number];
	/** Bounds the author did not write (the top of ^1.24) are not checked against the known list. */
	implied?: true;
}

const VERSION = /^v?(\d{1,3})\.(\d{1,3})(?:\.(?:\d{1,3}|x|\*))?$/;

/** Thrown for a range the author must fix; the message is written for them. */
export class RangeSyntaxError extends Error {
	override name = 'RangeSyntaxError';
}

function parseVersion(text: string, range: string): [number, number] {
	const m = VERSION.exec(text);
	if (!m) {
		throw new RangeSyntaxError(
			`"${text}" in "${range}" is not a Kubernetes minor version; write it as 1.24`,
		);
	}
	return [Number(m[1]), Number(m[2])];
}

function compare(a: readonly [number, number], b: readonly [number, number]): number {
	return a[0] - b[0] || a[1] - b[1];
}

/** One `||`-free part of a range, as comparators that must all hold. */
function parseConjunction(part: string, range: string): Comparator[] {
	const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(part);
	if (hyphen) {
		return [
			{ op: '>=', version: parseVersion(hyphen[1]!, range) },
			{ op: '<=', version: parseVersion(hyphen[2]!, range) },
		];
	}
	const out: Comparator[] = [];
	// Glue "> = 1.24" and ">= 1.24" back together before splitting on spaces.
	for (const token of part.replace(/([<>=^~])\s+(?=[\dv])/g, '$1').split(/\s+/)) {
		if (token === '*' || token === 'x' || token === '') continue;
		const m = /^(<=|>=|<|>|=|\^|~)?(.*)$/.exec(token)!;
		const op = m[1] ?? '=';
		const version = parseVersion(m[2]!, range);
		if (op === '^' || op === '~') {
			// Kubernetes minors are the unit here: ^1.24 means 1.24 and every later 1.x, ~1.24 means 1.24 only.
			out.push({ op: '>=', version });
			out.push(
				op === '^'
					? { op: '<', version: [version[0] + 1, 0], implied: true }
					: { op: '<=', version },
			);
		} else {
			out.push({ op: op as Comparator['op'], version });
		}
	}
	return out;
}

function satisfies(v: readonly [number, number], c: Comparator): boolean {
	const d = compare(v, c.version);
	switch (c.op) {
		case '<':
			return d < 0;
		case '<=':
			return d <= 0;
		case '>':
			return d > 0;
		case '>=':
			return d >= 0;
		case '=':
			return d === 0;
	}
}

/** Parses a range into alternatives of comparators; throws RangeSyntaxError when it cannot. */
export function parseRange(range: string): Comparator[][] {
	const text = range.trim();
	if (text === '') throw new RangeSyntaxError('the range is empty; use "*" for every version');
	if (text.length > 100) throw new RangeSyntaxError('the range is longer than 100 characters');
	return text.split('||').map((part) => parseConjunction(part.trim(), text));
}

/** True when the range places no constraint at all (`*`). */
export function isUnbounded(range: string): boolean {
	return parseRange(range).some((alt) => alt.length === 0);
}

/**
 * The versions of `known` that `range` contains, in the order of `known`.
 * Throws RangeSyntaxError when the range does not parse, names a version outside `known`,
 * or contains none of them: each of those is an authoring mistake, never a silent empty list.
 */
export function expandRange(range: string, known: readonly string[]): string[] {
	const alternatives = parseRange(range);
	const parsedKnown = known.map((k) => [k, parseVersion(k, k)] as const);
	const first = parsedKnown[0]?.[1];
	const last = parsedKnown.at(-1)?.[1];
	for (const alt of alternatives) {
		for (const c of alt) {
			if (c.implied) continue;
			// A bound one minor past either end is still meaningful (<1.21 when 1.20 is the first).
			const tooLow = first && compare(c.version, [first[0], first[1] - 1]) < 0;
			const tooHigh = last && compare(c.version, [last[0], last[1] + 1]) > 0;
			if (tooLow || tooHigh) {
				throw new RangeSyntaxError(
					`"${range}" names ${c.version.join('.')}, outside the known versions ${known[0]}–${known.at(-1)}; add it to src/config/kubernetes-versions.json first`,
				);
			}
		}
	}
	const hits = parsedKnown
		.filter(([, v]) => alternatives.some((alt) => alt.every((c) => satisfies(v, c))))
		.map(([k]) => k);
	if (hits.length === 0) {
		throw new RangeSyntaxError(
			`"${range}" contains none of the known versions ${known.join(', ')}`,
		);
	}
	return hits;
}

/** A short Indonesian label for a badge: "Kubernetes < 1.24", "Kubernetes 1.22–1.24", "Semua versi". */
export function rangeLabel(range: string): string {
	const text = range.trim().replace(/\s+/g, ' ');
	if (isUnbounded(text)) return 'Semua versi Kubernetes';
	return `Kubernetes ${text.replace(/(<=|>=|<|>)\s*/g, '$1 ').replace(/ - /g, '–')}`;
}
