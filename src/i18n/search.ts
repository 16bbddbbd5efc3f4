// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The hint under a filtered search that found nothing. */
export const emptySearchText = {
	nothingEvenUnfiltered:
		'Tidak ada entri yang cocok dengan kata kunci ini, bahkan tanpa filter. Coba kata kunci lain.',
	noEntries: 'Belum ada entri.',
	nothing: 'Tidak ada entri yang cocok. Coba kata kunci lain.',
	/** "Runtime: Docker (3 entri)" */
	filter: (facet: string, values: string, count?: number) =>
		`${facet}: ${values}${count ? ` (${count} entri)` : ''}`,
	dropFilters: (filters: readonly string[], each: boolean) =>
		`Tidak ada entri untuk kombinasi ini. Coba hapus filter ${filters.join(each ? ' dan filter ' : ' atau filter ')}.`,
} as const;

/** What the search page says as it searches (src/scripts/faq-search-page.ts). */
export const searchPageText = {
	searching: 'Mencari…',
	cannotLoad: 'Pencarian tidak dapat dimuat. Periksa koneksi Anda lalu coba lagi.',
	prompt: 'Ketik kata kunci, tempelkan pesan galat, atau pilih filter.',
	/** Follows the count when no page has every word. */
	approximate: 'Tidak ada hasil yang cocok dengan semua kata; menampilkan hasil terdekat.',
	/** "3 hasil untuk “x509”." (query empty when browsing by filters alone) */
	results: (count: number, query: string, approximate: boolean) =>
		`${count} hasil${query ? ` untuk “${query}”` : ''}.${approximate ? ` ${searchPageText.approximate}` : ''}`,
	nothing: (query: string) => `Tidak ada hasil${query ? ` untuk “${query}”` : ''}.`,
} as const;

/** The search page's labels, rendered at build time (src/pages/cari.astro); never bundled. */
export const searchPageLabels = {
	title: 'Cari',
	description: 'Cari di FAQ kluster ACK: kata kunci, perintah, atau pesan galat dari log Anda.',
	query: 'Kata kunci, perintah, atau pesan galat',
	submit: 'Cari',
	filters: 'Filter',
	/** The folded filters' line on a narrow screen. */
	fold: 'Saring',
	/** Before the link to the profile page. */
	fromProfile: 'Filter diisi dari profil',
	clearFilters: 'Hapus semua filter',
	/** Shown until the script replaces it, with links to browse instead. */
	needsJs: {
		text: 'Pencarian memerlukan JavaScript. Telusuri',
		allQuestions: 'semua pertanyaan',
		or: 'atau',
		tags: 'tag',
	},
	results: 'Hasil pencarian',
} as const;
