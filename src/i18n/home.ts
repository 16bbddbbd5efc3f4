// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The home page (src/pages/index.astro). */
export const homeText = {
	heading: 'FAQ kluster ACK',
	description:
		'Jawaban atas pertanyaan umum dan masalah kluster Kubernetes di Alibaba Cloud ACK: runtime kontainer, sertifikat, diagnostik, izin, jaringan, dan node master.',
	intro:
		'Masalah umum dan solusinya terkait pembuatan, penggunaan, dan pengelolaan kluster Kubernetes di Alibaba Cloud Container Service for Kubernetes (ACK). Cari dengan kata kunci, atau tempelkan pesan galat dari log Anda ke kotak pencarian.',
	searchLabel: 'Cari jawaban atau tempel pesan galat',
	searchPlaceholder: 'mis. x509: certificate has expired',
	categories: 'Kategori',
	/** "(3 pertanyaan)" after a category's heading. */
	questions: (count: number) => `(${count} pertanyaan)`,
	seeAll: (count: number, category: string) => `Lihat semua ${count} pertanyaan ${category}`,
} as const;
