// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The titles of GitHub-style alerts in entries, `> [!NOTE]` (src/plugins/remark-callouts.ts). */
export const calloutText = {
	NOTE: 'Catatan',
	TIP: 'Tips',
	IMPORTANT: 'Penting',
	WARNING: 'Peringatan',
	CAUTION: 'Perhatian',
} as const;
