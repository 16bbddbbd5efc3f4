// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** What every page shows around its content (src/layouts/Base.astro, SiteHeader.astro). */
export const siteText = {
	name: 'FAQ Kluster ACK',
	skipToContent: 'Langsung ke konten',
	footer:
		'FAQ pemecahan masalah kluster Kubernetes di Alibaba Cloud Container Service for Kubernetes (ACK).',
	/** The main navigation's name, and its links. */
	nav: 'Utama',
	allQuestions: 'Semua pertanyaan',
	tags: 'Tag',
	profile: 'Kluster saya',
} as const;
