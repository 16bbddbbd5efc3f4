import { describe, expect, it } from 'vitest';
import { applicability, applicabilityData, applicabilityFromData } from './applicability';
import type { EntryFacets } from './entry-facets';

const entry = (over: Partial<EntryFacets> = {}): EntryFacets => ({
	category: 'runtime',
	runtime: [],
	clusterType: [],
	kubernetes: '*',
	os: [],
	...over,
});

describe('applicability', () => {
	it('rules out a <1.24 entry for a 1.24 cluster and says why', () => {
		expect(applicability(entry({ kubernetes: '<1.24' }), { kubernetes: '1.24' })).toEqual({
			applies: false,
			reasons: ['hanya untuk Kubernetes < 1.24'],
		});
	});

	it('keeps a <1.24 entry for a 1.23 cluster', () => {
		expect(applicability(entry({ kubernetes: '<1.24' }), { kubernetes: '1.23' })).toEqual({
			applies: true,
			reasons: [],
		});
	});

	it('names the runtime, cluster type and node OS an entry is limited to', () => {
		const e = entry({ runtime: ['docker'], clusterType: ['dedicated'], os: ['windows'] });
		expect(
			applicability(e, { runtime: 'containerd', clusterType: 'managed', os: 'linux' }).reasons,
		).toEqual([
			'hanya untuk runtime Docker',
			'hanya untuk ACK dedicated',
			'hanya untuk node Windows',
		]);
	});

	it('lists several allowed values as alternatives', () => {
		const e = entry({
			runtime: ['containerd', 'sandboxed'],
			clusterType: ['edge', 'self-managed'],
		});
		expect(applicability(e, { runtime: 'docker', clusterType: 'pro' }).reasons).toEqual([
			'hanya untuk runtime containerd atau Sandboxed-Container',
			'hanya untuk ACK Edge atau kluster dikelola sendiri',
		]);
	});

	it('never excludes on a facet the profile leaves unset', () => {
		const e = entry({
			runtime: ['docker'],
			clusterType: ['dedicated'],
			kubernetes: '<1.24',
			os: ['windows'],
		});
		expect(applicability(e, {})).toEqual({ applies: true, reasons: [] });
		expect(applicability(e, null)).toEqual({ applies: true, reasons: [] });
	});

	it('never excludes on a facet the entry does not name', () => {
		expect(
			applicability(entry(), {
				runtime: 'docker',
				clusterType: 'edge',
				kubernetes: '1.30',
				os: 'windows',
			}).applies,
		).toBe(true);
	});

	it('applies when the profile value is one of the entry values', () => {
		expect(
			applicability(entry({ runtime: ['containerd', 'docker'] }), { runtime: 'docker' }).applies,
		).toBe(true);
	});
});

describe('applicabilityData', () => {
	it('writes space-separated values and expanded versions', () => {
		expect(
			applicabilityData(
				entry({ runtime: ['containerd', 'docker'], kubernetes: '<1.24', os: ['linux'] }),
			),
		).toEqual({
			'data-runtime': 'containerd docker',
			'data-kluster': '',
			'data-versi': '1.20 1.21 1.22 1.23',
			'data-versi-label': 'Kubernetes < 1.24',
			'data-os': 'linux',
		});
	});

	it('writes empty attributes for an entry that holds everywhere', () => {
		expect(Object.values(applicabilityData(entry()))).toEqual(['', '', '', '', '']);
	});
});

describe('applicabilityFromData', () => {
	it('decides from dataset values without parsing ranges', () => {
		const dataset = {
			runtime: '',
			kluster: '',
			versi: '1.22 1.23 1.24',
			versiLabel: 'Kubernetes 1.22–1.24',
			os: '',
		};
		expect(applicabilityFromData(dataset, { kubernetes: '1.24' }).applies).toBe(true);
		expect(applicabilityFromData(dataset, { kubernetes: '1.25' }).reasons).toEqual([
			'hanya untuk Kubernetes 1.22–1.24',
		]);
	});

	it('treats missing attributes as "every value"', () => {
		expect(applicabilityFromData({}, { runtime: 'docker', kubernetes: '1.20' })).toEqual({
			applies: true,
			reasons: [],
		});
	});

	it('names the versions when the label is missing', () => {
		expect(applicabilityFromData({ versi: '1.20 1.21' }, { kubernetes: '1.28' }).reasons).toEqual([
			'hanya untuk Kubernetes 1.20 atau 1.21',
		]);
	});

	it('agrees with applicability for every version of a bounded entry', () => {
		const e = entry({ kubernetes: '>=1.24' });
		const d = applicabilityData(e);
		const dataset = { versi: d['data-versi'], versiLabel: d['data-versi-label'] };
		for (const v of ['1.20', '1.23', '1.24', '1.30']) {
			expect(applicabilityFromData(dataset, { kubernetes: v })).toEqual(
				applicability(e, { kubernetes: v }),
			);
		}
		expect(applicability(e, { kubernetes: '1.23' }).applies).toBe(false);
	});

	it('shows an unknown attribute value as written rather than reaching the prototype', () => {
		expect(
			applicabilityFromData({ runtime: 'constructor' }, { runtime: 'docker' }).reasons,
		).toEqual(['hanya untuk runtime constructor']);
	});
});
