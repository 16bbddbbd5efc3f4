// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The search page's filters. */
export const filtersText = {
	/** Beside "Saring" on a narrow screen, where the filters are folded away: how many are ticked. */
	ticked: (count: number) => (count ? `(${count} aktif)` : ''),
} as const;
