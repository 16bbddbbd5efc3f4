import { describe, expect, it } from 'vitest';
import {
	INVALID_PROFILE_NOTICE,
	PROFILE_STORAGE_KEY,
	normalizeProfile,
	parseProfile,
	profileToFilterState,
	serializeProfile,
	type Profile,
} from './profile';

const invalid = { profile: null, notice: INVALID_PROFILE_NOTICE };

describe('parseProfile', () => {
	it('stores under the agreed key', () => {
		expect(PROFILE_STORAGE_KEY).toBe('ack-faq:profile');
	});

	it('reads nothing stored as no profile and no notice', () => {
		expect(parseProfile(null)).toEqual({ profile: null, notice: null });
	});

	it('reads a valid stored profile', () => {
		const raw =
			'{"v":1,"runtime":"docker","clusterType":"dedicated","kubernetes":"1.23","os":"windows"}';
		expect(parseProfile(raw)).toEqual({
			profile: { runtime: 'docker', clusterType: 'dedicated', kubernetes: '1.23', os: 'windows' },
			notice: null,
		});
	});

	it('reads a profile that sets only some fields', () => {
		expect(parseProfile('{"v":1,"kubernetes":"1.28"}')).toEqual({
			profile: { kubernetes: '1.28' },
			notice: null,
		});
	});

	it('treats a profile with no field set as no profile', () => {
		expect(parseProfile('{"v":1}')).toEqual({ profile: null, notice: null });
	});

	it('ignores the whole profile when one value is unknown', () => {
		expect(parseProfile('{"v":1,"runtime":"docker","os":"macos"}')).toEqual(invalid);
		expect(parseProfile('{"v":1,"kubernetes":"1.99"}')).toEqual(invalid);
		expect(parseProfile('{"v":1,"runtime":"constructor"}')).toEqual(invalid);
		expect(parseProfile('{"v":1,"kubernetes":1.28}')).toEqual(invalid);
	});

	it('ignores an old or unknown format version', () => {
		expect(parseProfile('{"runtime":"docker"}')).toEqual(invalid);
		expect(parseProfile('{"v":0,"runtime":"docker"}')).toEqual(invalid);
		expect(parseProfile('{"v":"1","runtime":"docker"}')).toEqual(invalid);
		expect(parseProfile('{"v":2,"runtime":"docker"}')).toEqual(invalid);
	});

	it('ignores broken JSON and JSON that is not an object', () => {
		for (const raw of [
			'{"v":1,',
			'',
			'undefined',
			'null',
			'42',
			'"docker"',
			'[1]',
			`{"v":1,"x":"${'a'.repeat(5000)}"}`,
		]) {
			expect(parseProfile(raw), raw.slice(0, 20)).toEqual(invalid);
		}
	});

	it('gives a notice of one line', () => {
		expect(INVALID_PROFILE_NOTICE).toBe('Profil kluster tersimpan tidak valid dan diabaikan.');
		expect(INVALID_PROFILE_NOTICE).not.toMatch(/\n/);
	});
});

describe('serializeProfile', () => {
	it('writes versioned JSON that parses back to the same profile', () => {
		const profile: Profile = {
			runtime: 'containerd',
			clusterType: 'self-managed',
			kubernetes: '1.30',
			os: 'linux',
		};
		const raw = serializeProfile(profile);
		expect(JSON.parse(raw)).toMatchObject({ v: 1 });
		expect(parseProfile(raw)).toEqual({ profile, notice: null });
	});

	it('never stores a value parseProfile would reject', () => {
		expect(serializeProfile({ runtime: 'docker', kubernetes: '1.99' })).toBe(
			'{"v":1,"runtime":"docker"}',
		);
	});
});

describe('normalizeProfile', () => {
	it('reads empty form values as unset', () => {
		expect(
			normalizeProfile({ runtime: '', clusterType: 'edge', kubernetes: null, os: '' }),
		).toEqual({
			clusterType: 'edge',
		});
	});

	it('rejects a form value outside the vocabulary', () => {
		expect(normalizeProfile({ runtime: 'podman' })).toBeNull();
	});
});

describe('profileToFilterState', () => {
	it('pre-selects one value per field the profile sets', () => {
		expect(profileToFilterState({ runtime: 'docker', kubernetes: '1.28' })).toEqual({
			q: '',
			filters: { runtime: ['docker'], kluster: [], versi: ['1.28'], os: [], kategori: [] },
		});
	});

	it('pre-selects nothing without a profile', () => {
		expect(profileToFilterState(null).filters).toEqual({
			runtime: [],
			kluster: [],
			versi: [],
			os: [],
			kategori: [],
		});
	});
});
