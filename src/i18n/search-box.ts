// The interface's words for one part of it; how to add one: src/i18n/README.md.

/**
 * What the header's and the 404 page's search box say before their search code is loaded
 * (src/scripts/faq-search.ts). The first-load script imports this, so it is bundled into every
 * page: keep it to this message. What the box says about results is in search-box-results.ts.
 */
export const searchBoxText = {
	cannotLoad: 'Pencarian tidak dapat dimuat. Tekan Enter untuk membuka halaman pencarian.',
} as const;

/** The box's labels, rendered at build time (src/components/SearchBox.astro); never bundled. */
export const searchBoxLabels = {
	label: 'Cari di FAQ',
	placeholder: 'Cari atau tempel pesan galat…',
	submit: 'Cari',
	shortcutHint: 'Tekan garis miring atau Ctrl+K untuk mencari dari mana saja.',
	results: 'Hasil pencarian',
} as const;
