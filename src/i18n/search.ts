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
