import { describe, expect, it } from 'vitest';
import { versions } from '../config/kubernetes-versions.json';
import {
	FACETS,
	MAX_QUERY_LENGTH,
	buildPagefindFilters,
	explainEmpty,
	facetCounts,
	filtersToDrop,
	pagefindFilterSpecs,
	pagefindFilterValues,
	parseFilterState,
	serializeFilterState,
	type FilterState,
	type PagefindCountsResponse,
} from './facet-filters';
import type { EntryFacets } from './entry-facets';

const entry = (over: Partial<EntryFacets> = {}): EntryFacets => ({
	runtime: [],
	clusterType: [],
	kubernetes: '*',
	os: [],
	category: 'runtime',
	...over,
});

const none = { runtime: [], kluster: [], versi: [], os: [], kategori: [] };
const state = (filters: Partial<FilterState['filters']>, q = ''): FilterState => ({
	q,
	filters: { ...none, ...filters },
});

/** Which entries an ANY filter on one version finds, the way Pagefind matches indexed values. */
const matchingVersion = (entries: Record<string, EntryFacets>, version: string) =>
	Object.entries(entries)
		.filter(([, e]) => pagefindFilterValues(e).versi.includes(version))
		.map(([name]) => name);

describe('pagefindFilterValues', () => {
	const entries = {
		old: entry({ kubernetes: '<1.24' }),
		new: entry({ kubernetes: '>=1.24' }),
		any: entry({ kubernetes: '*' }),
	};

	it('finds a <1.24 entry at 1.23 and a >=1.24 entry at 1.24, never both', () => {
		expect(matchingVersion(entries, '1.23')).toEqual(['old', 'any']);
		expect(matchingVersion(entries, '1.24')).toEqual(['new', 'any']);
	});

	it('indexes a "*" entry under every known version', () => {
		expect(pagefindFilterValues(entries.any).versi).toEqual(versions);
		for (const v of versions) expect(matchingVersion(entries, v)).toContain('any');
	});

	it('indexes an entry that names no runtime, cluster type or OS under all of their values', () => {
		const values = pagefindFilterValues(entry());
		expect(values.runtime).toEqual(['containerd', 'docker', 'sandboxed']);
		expect(values.kluster).toHaveLength(7);
		expect(values.os).toEqual(['linux', 'windows']);
	});

	it('indexes only the values an entry names, and its one category', () => {
		const values = pagefindFilterValues(
			entry({
				runtime: ['docker'],
				clusterType: ['dedicated'],
				os: ['windows'],
				category: 'sertifikat',
			}),
		);
		expect(values).toEqual({
			runtime: ['docker'],
			kluster: ['dedicated'],
			versi: versions,
			os: ['windows'],
			kategori: ['sertifikat'],
		});
	});

	it('writes the values as inline Pagefind filter specs', () => {
		const specs = pagefindFilterSpecs(
			entry({ runtime: ['docker'], kubernetes: '<1.21', os: ['linux'] }),
		);
		expect(specs.filter((s) => !s.startsWith('kluster:'))).toEqual([
			'runtime:docker',
			'versi:1.20',
			'os:linux',
			'kategori:runtime',
		]);
	});
});

describe('buildPagefindFilters', () => {
	it('sends two values of one facet as a single any', () => {
		expect(buildPagefindFilters(state({ runtime: ['containerd', 'docker'] }))).toEqual({
			runtime: { any: ['containerd', 'docker'] },
		});
	});

	it('keeps different facets as separate keys, which Pagefind combines with AND', () => {
		expect(
			buildPagefindFilters(state({ runtime: ['docker'], versi: ['1.28'], os: ['linux'] })),
		).toEqual({
			runtime: { any: ['docker'] },
			versi: { any: ['1.28'] },
			os: { any: ['linux'] },
		});
	});

	it('leaves out empty facets and unknown values', () => {
		expect(buildPagefindFilters(state({ runtime: ['podman'], kategori: [] }))).toEqual({});
	});

	it('drops the one facet it is told to omit', () => {
		expect(buildPagefindFilters(state({ runtime: ['docker'], os: ['linux'] }), 'runtime')).toEqual({
			os: { any: ['linux'] },
		});
	});
});

describe('parseFilterState and serializeFilterState', () => {
	it('reads the documented URL', () => {
		const params = new URLSearchParams(
			'q=sertifikat+kedaluwarsa&runtime=containerd&runtime=docker&versi=1.28&kluster=dedicated&os=linux&kategori=sertifikat',
		);
		expect(parseFilterState(params)).toEqual({
			q: 'sertifikat kedaluwarsa',
			filters: {
				runtime: ['containerd', 'docker'],
				kluster: ['dedicated'],
				versi: ['1.28'],
				os: ['linux'],
				kategori: ['sertifikat'],
			},
		});
	});

	it('round-trips a state through the URL', () => {
		const original = state(
			{
				runtime: ['containerd', 'sandboxed'],
				kluster: ['self-managed'],
				versi: ['1.20', '1.30'],
				kategori: ['service-mesh'],
			},
			'kubelet & "docker" ?=#',
		);
		const query = serializeFilterState(original);
		expect(parseFilterState(new URLSearchParams(query))).toEqual(original);
		expect(serializeFilterState(parseFilterState(new URLSearchParams(query)))).toBe(query);
	});

	it('writes a stable order whatever order the values were picked in', () => {
		const a = serializeFilterState(
			state({ os: ['windows', 'linux'], runtime: ['docker', 'containerd'] }, 'x'),
		);
		const b = serializeFilterState(
			state({ runtime: ['containerd', 'docker'], os: ['linux', 'windows'] }, 'x'),
		);
		expect(a).toBe(b);
		expect(a).toBe('q=x&runtime=containerd&runtime=docker&os=linux&os=windows');
	});

	it('writes nothing for an empty state, so browsing has a clean URL', () => {
		expect(serializeFilterState(state({}, '  '))).toBe('');
		expect(parseFilterState(new URLSearchParams(''))).toEqual(state({}));
	});

	it('drops unknown parameters and unknown values, and reads each value once', () => {
		const parsed = parseFilterState(
			new URLSearchParams(
				'cluster=dedicated&runtime=podman&runtime=docker&runtime=DOCKER&any=x&__proto__=1&utm_source=x',
			),
		);
		expect(parsed).toEqual(state({ runtime: ['docker'] }));
	});

	it('never turns markup into a filter value and keeps the query as plain text', () => {
		const xss = '<img src=x onerror=alert(1)>';
		const params = new URLSearchParams();
		params.append('q', xss);
		params.append('runtime', xss);
		params.append(xss, 'docker');
		const parsed = parseFilterState(params);
		expect(parsed.filters).toEqual(none);
		expect(parsed.q).toBe(xss);
		expect(serializeFilterState(parsed)).toBe('q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E');
	});

	it('caps the query length and strips control characters', () => {
		const parsed = parseFilterState(new URLSearchParams({ q: `a\u0000b\nc${'x'.repeat(10_000)}` }));
		expect(parsed.q.startsWith('a b c')).toBe(true);
		expect(parsed.q).toHaveLength(MAX_QUERY_LENGTH);
	});

	it('survives 10k parameters and reads only the first ones', () => {
		const params = new URLSearchParams();
		for (let i = 0; i < 10_000; i++) params.append('runtime', i % 2 ? 'docker' : `junk${i}`);
		params.append('os', 'linux');
		// `os=linux` comes after the cap, so it is never read.
		expect(parseFilterState(params)).toEqual(state({ runtime: ['docker'] }));
	});

	it('ignores absurdly long values without matching them', () => {
		const parsed = parseFilterState(new URLSearchParams({ os: `linux${' '.repeat(100_000)}` }));
		expect(parsed.filters.os).toEqual([]);
	});

	it('reads a pasted patch version as its minor', () => {
		expect(parseFilterState(new URLSearchParams('versi=v1.28.3')).filters.versi).toEqual(['1.28']);
		expect(parseFilterState(new URLSearchParams('versi=1.31')).filters.versi).toEqual([]);
	});
});

describe('FACETS', () => {
	it('lists the facets in UI order with Indonesian labels', () => {
		expect(FACETS.map((f) => [f.param, f.label])).toEqual([
			['runtime', 'Runtime'],
			['kluster', 'Tipe kluster'],
			['versi', 'Versi Kubernetes'],
			['os', 'Sistem operasi'],
			['kategori', 'Kategori'],
		]);
	});

	it('offers the versions of kubernetes-versions.json and labelled vocabulary values', () => {
		const byKey = Object.fromEntries(FACETS.map((f) => [f.key, f.options]));
		expect(byKey.versi?.map((o) => o.value)).toEqual(versions);
		expect(byKey.runtime).toContainEqual({ value: 'docker', label: 'Docker' });
		expect(byKey.kluster).toContainEqual({ value: 'dedicated', label: 'ACK dedicated' });
	});

	it('uses no name Pagefind reserves for compound filters', () => {
		for (const f of FACETS) expect(['any', 'all', 'none', 'not']).not.toContain(f.key);
	});
});

describe('explainEmpty', () => {
	const totals = (over: Record<string, Record<string, number>>) => ({
		runtime: { containerd: 5, docker: 3, sandboxed: 0 },
		kluster: { managed: 4, edge: 0, dedicated: 2 },
		versi: { '1.20': 1, '1.28': 6 },
		os: { linux: 6, windows: 0 },
		kategori: { sertifikat: 2, jaringan: 0 },
		...over,
	});

	it('names the one filter that no result of the words carries', () => {
		const s = state({ runtime: ['docker'], kluster: ['edge'] });
		const counts = { unfilteredResultCount: 8, totalFilters: totals({}) };
		expect(filtersToDrop(s, counts)).toEqual(['kluster']);
		expect(explainEmpty(s, counts)).toBe(
			'Tidak ada entri untuk kombinasi ini. Coba hapus filter Tipe kluster: ACK Edge.',
		);
	});

	it('names every value of a facet whose values all come up empty', () => {
		const s = state({ runtime: ['docker', 'sandboxed'] });
		const counts = {
			unfilteredResultCount: 8,
			totalFilters: totals({ runtime: { docker: 0, sandboxed: 0 } }),
		};
		expect(explainEmpty(s, counts)).toBe(
			'Tidak ada entri untuk kombinasi ini. Coba hapus filter Runtime: Docker atau Sandboxed-Container.',
		);
	});

	it('asks to drop all facets that each rule everything out', () => {
		const s = state({ kluster: ['edge'], os: ['windows'], runtime: ['docker'] });
		expect(explainEmpty(s, { unfilteredResultCount: 8, totalFilters: totals({}) })).toBe(
			'Tidak ada entri untuk kombinasi ini. Coba hapus filter Tipe kluster: ACK Edge dan filter Sistem operasi: Windows.',
		);
	});

	it('offers the facets whose removal brings results back, most results first', () => {
		const s = state({ runtime: ['docker'], versi: ['1.20'], os: ['linux'] });
		const counts = {
			unfilteredResultCount: 8,
			totalFilters: totals({}),
			withoutFacet: { runtime: 1, versi: 3, os: 0 },
		};
		expect(filtersToDrop(s, counts)).toEqual(['versi', 'runtime']);
		expect(explainEmpty(s, counts)).toBe(
			'Tidak ada entri untuk kombinasi ini. Coba hapus filter Versi Kubernetes: 1.20 (3 entri) atau filter Runtime: Docker (1 entri).',
		);
	});

	it('falls back to every active filter when only the combination is to blame', () => {
		const s = state({ runtime: ['docker'], versi: ['1.20'] });
		expect(explainEmpty(s, { unfilteredResultCount: 8, totalFilters: totals({}) })).toBe(
			'Tidak ada entri untuk kombinasi ini. Coba hapus filter Runtime: Docker atau filter Versi Kubernetes: 1.20.',
		);
	});

	it('does not blame a facet when Pagefind returned no filter counts', () => {
		const s = state({ runtime: ['docker'], versi: ['1.20'] });
		expect(filtersToDrop(s, { unfilteredResultCount: 8, totalFilters: {} })).toEqual([
			'runtime',
			'versi',
		]);
	});

	it('blames the words, not the filters, when the words alone find nothing', () => {
		const s = state({ runtime: ['docker'] }, 'kata-yang-tidak-ada');
		expect(filtersToDrop(s, { unfilteredResultCount: 0, totalFilters: {} })).toEqual([]);
		expect(explainEmpty(s, { unfilteredResultCount: 0, totalFilters: {} })).toBe(
			'Tidak ada entri yang cocok dengan kata kunci ini, bahkan tanpa filter. Coba kata kunci lain.',
		);
	});
});

describe('facetCounts', () => {
	const response = (
		results: number,
		filters: Record<string, Record<string, number>>,
	): PagefindCountsResponse => ({
		results: Array.from({ length: results }),
		unfilteredResultCount: 9,
		filters,
		totalFilters: { runtime: { containerd: 6, docker: 4, sandboxed: 1 } },
	});

	it('counts a filtered facet from the search that omits it, so unticked values are not undercounted', () => {
		// Filtered by runtime=docker and os=linux. With runtime=docker applied, Pagefind sees containerd only on entries that also name docker.
		const main = response(2, {
			runtime: { containerd: 1, docker: 2 },
			os: { linux: 2, windows: 0 },
		});
		const withoutRuntime = response(5, { runtime: { containerd: 4, docker: 2, sandboxed: 1 } });
		const withoutOs = response(3, { os: { linux: 2, windows: 1 } });
		const counts = facetCounts(main, { runtime: withoutRuntime, os: withoutOs });
		expect(counts.perValue.runtime).toEqual({ containerd: 4, docker: 2, sandboxed: 1 });
		expect(counts.perValue.os).toEqual({ linux: 2, windows: 1 });
		expect(counts.search.withoutFacet).toEqual({ runtime: 5, os: 3 });
	});

	it('counts an unfiltered facet from the main search and fills missing values with 0', () => {
		const counts = facetCounts(response(9, { kluster: { edge: 3 } }));
		expect(counts.perValue.kluster.edge).toBe(3);
		expect(counts.perValue.kluster.dedicated).toBe(0);
		expect(counts.perValue.versi).toEqual(Object.fromEntries(versions.map((v) => [v, 0])));
		expect(counts.search).toEqual({
			unfilteredResultCount: 9,
			totalFilters: { runtime: { containerd: 6, docker: 4, sandboxed: 1 } },
			withoutFacet: {},
		});
	});

	it('feeds explainEmpty with the counts of the omitting searches', () => {
		const s = state({ runtime: ['docker'], os: ['windows'] });
		const main = response(0, {});
		const counts = facetCounts(
			{ ...main, totalFilters: { runtime: { docker: 4 }, os: { windows: 2 } } },
			{
				runtime: response(2, {}),
				os: response(0, {}),
			},
		);
		expect(explainEmpty(s, counts.search)).toBe(
			'Tidak ada entri untuk kombinasi ini. Coba hapus filter Runtime: Docker (2 entri).',
		);
	});
});
