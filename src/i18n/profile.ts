// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The "Kluster saya" profile form and what the pages say about a saved profile. */
export const profileText = {
	saved: 'Profil disimpan',
	cleared: 'Profil dihapus',
	cannotStore: 'Profil tidak dapat disimpan di peramban ini.',
	unknownChoice: 'Pilihan profil tidak dikenal; profil tidak disimpan.',
	invalidStored: 'Profil kluster tersimpan tidak valid dan diabaikan.',
} as const;
