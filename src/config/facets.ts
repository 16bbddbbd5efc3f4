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

/**
 * The one name each facet goes by outside the frontmatter: URL parameter of the search page,
 * Pagefind filter, `data-*` attribute, profile form field and tag page segment
 * (`/tag/kluster/edge/`, `/cari/?kluster=edge`, `data-kluster="edge"`). Frontmatter fields are
 * English (`clusterType`); what readers see in URLs is Indonesian (`kluster`).
 */
export const FACET_NAMES = {
	category: 'kategori',
	runtime: 'runtime',
	clusterType: 'kluster',
	kubernetes: 'versi',
	os: 'os',
} as const;

/** A facet's frontmatter field. */
export type FacetField = keyof typeof FACET_NAMES;
/** A facet's name in URLs, filters and attributes. */
export type FacetName = (typeof FACET_NAMES)[FacetField];

/** Facets that have tag pages, with the URL segment of `/tag/<segment>/<value>/`. */
export const TAG_FACETS = [
	{ key: 'category', segment: FACET_NAMES.category, label: 'Kategori', values: CATEGORIES },
	{ key: 'runtime', segment: FACET_NAMES.runtime, label: 'Runtime', values: RUNTIMES },
	{
		key: 'clusterType',
		segment: FACET_NAMES.clusterType,
		label: 'Tipe kluster',
		values: CLUSTER_TYPES,
	},
	{ key: 'kubernetes', segment: FACET_NAMES.kubernetes, label: 'Versi Kubernetes', values: null },
	{ key: 'os', segment: FACET_NAMES.os, label: 'Sistem operasi', values: OPERATING_SYSTEMS },
] as const;

export type TagFacet = (typeof TAG_FACETS)[number];
