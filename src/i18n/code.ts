// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** What a code block's copy button announces (src/scripts/faq-code.ts). */
export const codeText = {
	copied: 'Disalin',
	selectedCopyByHand: 'Teks sudah dipilih; tekan Ctrl+C untuk menyalin',
	/** Appended to either message above. */
	unfilled: (placeholders: readonly string[]) =>
		` — masih ada placeholder yang belum diisi: ${placeholders.join(', ')}`,
} as const;

/** Code blocks' labels, rendered at build time (src/plugins, PlaceholderPanel.astro); never bundled. */
export const codeLabels = {
	copy: 'Salin',
	/** The caption of a block that is program output, not a command. */
	output: 'Keluaran',
	/** The name of a group of variant tabs (containerd, Docker). */
	variants: 'Varian',
	placeholdersTitle: 'Nilai untuk perintah di halaman ini',
	placeholdersHint: 'Ganti nilai berikut di setiap perintah sebelum menjalankannya.',
	clearValues: 'Hapus nilai',
} as const;
