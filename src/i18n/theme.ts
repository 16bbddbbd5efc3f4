// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The theme toggle's label, which is also its state. */
export const themeText = {
	auto: 'Tema: otomatis',
	light: 'Tema: terang',
	dark: 'Tema: gelap',
	chosen: (label: string) => `${label} dipilih`,
} as const;
