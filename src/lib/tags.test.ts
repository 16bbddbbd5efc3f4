import { describe, expect, it } from 'vitest';
import { tagListings, type Taggable } from './tags';

const entry = (slug: string, over: Partial<Taggable> = {}): Taggable => ({
	slug,
	category: 'runtime',
	runtime: [],
	clusterType: [],
	kubernetes: '*',
	os: [],
	...over,
});

const x509 = entry('x509', {
	category: 'sertifikat',
	runtime: ['containerd', 'docker'],
	clusterType: ['dedicated'],
	kubernetes: '<1.24',
	os: ['linux'],
});
const newer = entry('newer', { kubernetes: '>=1.24', runtime: ['containerd'] });
const general = entry('general');

const find = (segment: string, value: string) =>
	tagListings([x509, newer, general]).find((l) => l.facet.segment === segment && l.value === value);

describe('tagListings', () => {
	it('lists a <1.24 entry under 1.23 but not under 1.24', () => {
		expect(find('versi', '1.23')?.specific.map((e) => e.slug)).toEqual(['x509']);
		expect(find('versi', '1.24')?.specific.map((e) => e.slug)).toEqual(['newer']);
	});
	it('adds version-independent entries as holding for every version', () => {
		expect(find('versi', '1.23')?.general.map((e) => e.slug)).toEqual(['general']);
	});
	it('makes no page for a value no entry names', () => {
		expect(find('runtime', 'sandboxed')).toBeUndefined();
		expect(find('kluster', 'edge')).toBeUndefined();
	});
	it('lists runtime-independent entries apart from the Docker ones', () => {
		const docker = find('runtime', 'docker');
		expect(docker?.specific.map((e) => e.slug)).toEqual(['x509']);
		expect(docker?.general.map((e) => e.slug)).toEqual(['general']);
		expect(docker?.label).toBe('Docker');
	});
	it('never lists another category as general', () => {
		expect(find('kategori', 'runtime')?.specific.map((e) => e.slug)).toEqual(['newer', 'general']);
		expect(find('kategori', 'runtime')?.general).toEqual([]);
	});
});
