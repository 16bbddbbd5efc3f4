// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The list of an entry's applicability badges, on entry pages, entry lists and search results. */
export const badgesText = {
	label: 'Berlaku untuk',
} as const;
