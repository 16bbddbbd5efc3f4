// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** An entry page's own labels (src/components/EntryPage.astro, PageToc.astro). */
export const entryText = {
	errorsAnswered: 'Pesan galat yang dijawab:',
	seeAlso: 'Lihat juga',
	updated: 'Terakhir diperbarui:',
	/** The contents list, both its heading and its navigation's name. */
	onThisPage: 'Di halaman ini',
} as const;
