// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** The "Kluster saya" profile form and what the pages say about a saved profile. */
export const profileText = {
	saved: 'Profil disimpan',
	cleared: 'Profil dihapus',
	cannotStore: 'Profil tidak dapat disimpan di peramban ini.',
	unknownChoice: 'Pilihan profil tidak dikenal; profil tidak disimpan.',
	invalidStored: 'Profil kluster tersimpan tidak valid dan diabaikan.',
} as const;

/** The profile page's labels, rendered at build time (src/pages/kluster-saya.astro); never bundled. */
export const profileLabels = {
	title: 'Kluster saya',
	description:
		'Simpan runtime, tipe kluster, versi Kubernetes, dan sistem operasi kluster Anda agar FAQ menandai jawaban yang tidak berlaku.',
	intro:
		'Pilih apa yang Anda jalankan. Pilihan disimpan hanya di peramban ini. Entri yang tidak berlaku untuk kluster Anda akan ditandai, dan filter pencarian terisi sesuai profil ini.',
	noJs: 'Profil disimpan oleh peramban ini dengan JavaScript, yang tidak aktif di sini.',
	any: 'Semua / tidak tahu',
	save: 'Simpan',
	clear: 'Hapus profil',
} as const;
