import { describe, expect, it } from 'vitest';
import { entryBadges } from './badges';

describe('entryBadges', () => {
	it('labels the x509 entry for Docker and containerd on dedicated clusters below 1.24', () => {
		const badges = entryBadges({
			category: 'sertifikat',
			runtime: ['containerd', 'docker'],
			clusterType: ['dedicated'],
			kubernetes: '<1.24',
			os: ['linux'],
		});
		expect(badges.map((b) => b.label)).toEqual([
			'containerd',
			'Docker',
			'ACK dedicated',
			'Kubernetes < 1.24',
			'Linux',
		]);
		expect(badges.map((b) => b.path)).toEqual([
			'tag/runtime/containerd/',
			'tag/runtime/docker/',
			'tag/kluster/dedicated/',
			'tag/versi/',
			'tag/os/linux/',
		]);
	});
	it('always states the Kubernetes range, even for every version', () => {
		expect(
			entryBadges({ category: 'izin', runtime: [], clusterType: [], kubernetes: '*', os: [] }).map(
				(b) => b.label,
			),
		).toEqual(['Semua versi Kubernetes']);
	});
});
