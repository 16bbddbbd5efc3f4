/**
 * The vocabularies of the FAQ's facets. One place for every allowed value, its Indonesian
 * label and the URL segment of its tag page, so the schema, the badges, the tag pages and the
 * search filters can never disagree.
 */
export const CATEGORIES = {
	migrasi: 'Migrasi',
	'sistem-operasi': 'Sistem operasi',
	runtime: 'Runtime kontainer',
	keamanan: 'Keamanan',
	'service-mesh': 'Service mesh',
	diagnostik: 'Diagnostik',
	'pemecahan-masalah': 'Pemecahan masalah',
	izin: 'Izin',
	jaringan: 'Jaringan',
	'node-master': 'Node master',
	sertifikat: 'Sertifikat',
} as const;

export const RUNTIMES = {
	containerd: 'containerd',
	docker: 'Docker',
	sandboxed: 'Sandboxed-Container',
} as const;

export const CLUSTER_TYPES = {
	managed: 'ACK managed',
	pro: 'ACK Managed Pro',
	dedicated: 'ACK dedicated',
	edge: 'ACK Edge',
	lingjun: 'ACK Lingjun',
	serverless: 'ACK Serverless',
	'self-managed': 'Dikelola sendiri',
} as const;

export const OPERATING_SYSTEMS = {
	linux: 'Linux',
	windows: 'Windows',
} as const;

export type Category = keyof typeof CATEGORIES;
export type Runtime = keyof typeof RUNTIMES;
export type ClusterType = keyof typeof CLUSTER_TYPES;
export type OperatingSystem = keyof typeof OPERATING_SYSTEMS;

export const keysOf = <T extends Record<string, string>>(o: T) =>
	Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Facets that have tag pages, with the URL segment of `/tag/<segment>/<value>/`. */
export const TAG_FACETS = [
	{ key: 'category', segment: 'kategori', label: 'Kategori', values: CATEGORIES },
	{ key: 'runtime', segment: 'runtime', label: 'Runtime', values: RUNTIMES },
	{ key: 'clusterType', segment: 'kluster', label: 'Tipe kluster', values: CLUSTER_TYPES },
	{ key: 'kubernetes', segment: 'versi', label: 'Versi Kubernetes', values: null },
	{ key: 'os', segment: 'os', label: 'Sistem operasi', values: OPERATING_SYSTEMS },
] as const;

export type TagFacet = (typeof TAG_FACETS)[number];
