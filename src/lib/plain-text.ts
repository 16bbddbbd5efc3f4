/**
 * The readable text of an entry's MDX source, for places that want the answer without markup:
 * structured data for search engines and link previews. Code stays (commands are part of the
 * answer); syntax goes.
 */
export function markdownToText(source: string): string {
	return source
		.replace(/\{\/\*[^]*?\*\/\}/g, '') // MDX comments, e.g. pinned heading ids
		.replace(/^```[^\n]*$/gm, '') // fence lines; the code between them stays
		.replace(/^>\s?\[!(\w+)\]\s*$/gm, '') // callout markers
		.replace(/^>\s?/gm, '')
		.replace(/^#{1,6}\s+/gm, '')
		.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
		.replace(/^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '') // table rules
		.replace(/[ \t]*\|[ \t]*/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|~~|`)/g, '')
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}
