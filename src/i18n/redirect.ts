// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** A redirect page's words, around the link to where the page went (src/lib/links/redirect-html.ts). */
export const redirectText = {
	title: (target: string) => `Dialihkan ke: ${target}`,
	/** Before the link to the new page; a full stop follows it. */
	moved: 'Halaman ini telah dipindahkan ke',
} as const;
