// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The 404 page (src/pages/404.astro). */
export const notFoundText = {
	title: 'Halaman tidak ditemukan',
	explanation: 'Halaman yang Anda cari tidak ada atau telah dipindahkan. Coba cari jawabannya:',
	allQuestions: 'Lihat semua pertanyaan',
} as const;
