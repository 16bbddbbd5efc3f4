// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The tag pages (src/pages/tag/). */
export const tagText = {
	title: 'Tag',
	heading: 'Telusuri menurut tag',
	description:
		'Telusuri FAQ kluster ACK menurut kategori, runtime kontainer, tipe kluster, versi Kubernetes, dan sistem operasi.',
	breadcrumb: 'Remah roti',
	facetDescription: (facet: string) => `Entri FAQ kluster ACK menurut ${facet.toLowerCase()}.`,
	/** "12 entri khusus, 3 entri berlaku umum" on a facet's page. */
	counts: (specific: number, general: number) =>
		`${specific} entri khusus${general > 0 ? `, ${general} entri berlaku umum` : ''}`,
	valueDescription: (value: string) => `Entri FAQ kluster ACK untuk ${value}.`,
	specific: (value: string) => `Khusus ${value}`,
	/** The heading over entries that hold whatever the value is. */
	general: (facet: { key: string; label: string }) =>
		facet.key === 'kubernetes'
			? 'Berlaku untuk semua versi Kubernetes'
			: `Tidak bergantung pada ${facet.label.toLowerCase()}`,
	alsoApplies: (value: string) => `Entri ini juga berlaku untuk ${value}.`,
} as const;
