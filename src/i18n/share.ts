// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** What a "copy link" button says when it cannot copy by itself (src/scripts/faq-share.ts). */
export const shareText = {
	/** Announced after a copy when the button names nothing else in `data-copied`. */
	copied: 'Disalin',
	selectedCopyByHand: 'Teks sudah dipilih. Tekan Ctrl+C (⌘C di Mac) untuk menyalin.',
	/** The name of the selected field the reader copies from by hand. */
	field: 'Teks untuk disalin',
} as const;

/**
 * The copy buttons of an entry and of its sections, with what each announces (`data-copied`),
 * rendered at build time (EntryPage.astro, src/plugins/rehype-section-share.ts); never bundled.
 */
export const shareLabels = {
	copyLink: 'Salin tautan',
	linkCopied: 'Tautan disalin',
	copyTicket: 'Salin untuk tiket',
	ticketCopied: 'Referensi tiket disalin',
	copyPlain: 'Teks biasa',
	plainCopied: 'Referensi tiket (teks biasa) disalin',
	/** A section's buttons: their names say which section, their titles what they do. */
	copySectionLink: (section: string) => `Salin tautan, bagian ${section}`,
	copySectionLinkHint: 'Salin tautan ke bagian ini',
	sectionLinkCopied: 'Tautan ke bagian disalin',
	copySectionTicket: (section: string) => `Salin untuk tiket, bagian ${section}`,
	copySectionTicketHint: 'Salin referensi bagian ini untuk tiket',
	/** The # link beside a section heading. */
	sectionAnchor: 'Tautan ke bagian ini',
} as const;
