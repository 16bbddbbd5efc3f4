// The interface's words for one part of it; how to add one: src/i18n/README.md.

/**
 * What the header's and the 404 page's search box say about a search
 * (src/scripts/search-box-session.ts). Apart from search-box.ts so that it loads with the search
 * code, on first use, instead of with every page.
 */
export const searchBoxResultsText = {
	failed: 'Pencarian gagal. Tekan Enter untuk membuka halaman pencarian.',
	/** "3 hasil. Tekan Enter untuk semua hasil." */
	results: (count: number, approximate: boolean) =>
		`${count} hasil${approximate ? ' terdekat (tidak ada yang cocok dengan semua kata)' : ''}. Tekan Enter untuk semua hasil.`,
	nothing: (query: string) => `Tidak ada hasil untuk “${query}”.`,
} as const;
