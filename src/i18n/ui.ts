/**
 * The interface's words, in Indonesian: every sentence a reader sees that the browser scripts or
 * the build put on a page, in one table, so wording is changed in one place and tests can wait
 * on states instead of text.
 *
 * One `export const` per part of the interface, so that a script bundles only the part it uses.
 * To add a string: put it in its part's table (or start a new `…Text` table for a new part) under
 * a key that says what it is for, not what it says; a string built from values is a function of
 * them. Import the table where the string is shown: `import { profileText } from '../i18n/ui'`.
 */

/** The "Kluster saya" profile form and what the pages say about a saved profile. */
export const profileText = {
	saved: 'Profil disimpan',
	cleared: 'Profil dihapus',
	cannotStore: 'Profil tidak dapat disimpan di peramban ini.',
	unknownChoice: 'Pilihan profil tidak dikenal; profil tidak disimpan.',
	invalidStored: 'Profil kluster tersimpan tidak valid dan diabaikan.',
} as const;

/** Why an entry does not apply to the reader's cluster. */
export const applicabilityText = {
	/** The visible label on a list item that does not apply. */
	notApplicable: 'Tidak berlaku untuk kluster Anda',
	/** "Tidak berlaku untuk kluster Anda: hanya untuk Kubernetes < 1.24" (reasons joined by "; "). */
	notApplicableBecause: (reasons: readonly string[]) =>
		`${applicabilityText.notApplicable}: ${reasons.join('; ')}`,
	onlyRuntime: (runtimes: string) => `hanya untuk runtime ${runtimes}`,
	onlyFor: (what: string) => `hanya untuk ${what}`,
	/** A cluster type whose label is not a name of its own: "kluster dikelola sendiri". */
	clusterNoun: (label: string) => `kluster ${label.toLowerCase()}`,
	kubernetes: (versions: string) => `Kubernetes ${versions}`,
	onlyOs: (systems: string) => `hanya untuk node ${systems}`,
} as const;

/** The theme toggle's label, which is also its state. */
export const themeText = {
	auto: 'Tema: otomatis',
	light: 'Tema: terang',
	dark: 'Tema: gelap',
	chosen: (label: string) => `${label} dipilih`,
} as const;

/** The hint under a filtered search that found nothing. */
export const emptySearchText = {
	nothingEvenUnfiltered:
		'Tidak ada entri yang cocok dengan kata kunci ini, bahkan tanpa filter. Coba kata kunci lain.',
	noEntries: 'Belum ada entri.',
	nothing: 'Tidak ada entri yang cocok. Coba kata kunci lain.',
	/** "Runtime: Docker (3 entri)" */
	filter: (facet: string, values: string, count?: number) =>
		`${facet}: ${values}${count ? ` (${count} entri)` : ''}`,
	dropFilters: (filters: readonly string[], each: boolean) =>
		`Tidak ada entri untuk kombinasi ini. Coba hapus filter ${filters.join(each ? ' dan filter ' : ' atau filter ')}.`,
} as const;
