// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** Indonesian alternatives: "a", "a atau b", "a, b, atau c". */
export function joinAlternatives(items: readonly string[]): string {
	return items.length < 3
		? items.join(' atau ')
		: `${items.slice(0, -1).join(', ')}, atau ${items.at(-1)}`;
}
