import { describe, expect, it } from 'vitest';
import { versions } from '../config/kubernetes-versions.json';
import {
	appliesTo,
	facetVocabulary,
	limitsOf,
	valuesApplying,
	type EntryFacets,
} from './entry-facets';

const entry = (over: Partial<EntryFacets> = {}): EntryFacets => ({
	category: 'sertifikat',
	runtime: [],
	clusterType: [],
	kubernetes: '*',
	os: [],
	...over,
});

describe('limitsOf', () => {
	it('gives the values an entry names, and nothing for a facet it names none of', () => {
		const e = entry({ runtime: ['docker'], os: [] });
		expect(limitsOf(e, 'runtime')).toEqual(['docker']);
		expect(limitsOf(e, 'os')).toEqual([]);
	});

	it('expands a Kubernetes range to its minors, and a range holding every minor to nothing', () => {
		expect(limitsOf(entry({ kubernetes: '<1.24' }), 'kubernetes')).toEqual([
			'1.20',
			'1.21',
			'1.22',
			'1.23',
		]);
		expect(limitsOf(entry({ kubernetes: '*' }), 'kubernetes')).toEqual([]);
		expect(limitsOf(entry({ kubernetes: `>=${versions[0]}` }), 'kubernetes')).toEqual([]);
	});

	it('always limits an entry to its own category', () => {
		expect(limitsOf(entry(), 'category')).toEqual(['sertifikat']);
	});
});

describe('appliesTo', () => {
	it('holds for a named value and not for another', () => {
		expect(appliesTo(['docker'], 'docker')).toBe(true);
		expect(appliesTo(['docker'], 'containerd')).toBe(false);
	});

	it('holds for every value when nothing is named', () => {
		expect(appliesTo([], 'containerd')).toBe(true);
	});
});

describe('valuesApplying', () => {
	it('lists every value of a facet an entry is not limited in', () => {
		expect(valuesApplying(entry(), 'os')).toEqual(facetVocabulary('os'));
		expect(valuesApplying(entry(), 'kubernetes')).toEqual(versions);
	});

	it('lists the minors of a range at the 1.23/1.24 boundary', () => {
		const values = valuesApplying(entry({ kubernetes: '>=1.24' }), 'kubernetes');
		expect(values).toContain('1.24');
		expect(values).not.toContain('1.23');
	});
});
