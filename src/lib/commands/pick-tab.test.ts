import { describe, expect, it } from 'vitest';
import { pickTab } from './pick-tab';

describe('pickTab', () => {
	const values = ['containerd', 'docker'];
	it("opens on the reader's remembered choice", () => {
		expect(pickTab(values, 'docker', 'containerd')).toBe('docker');
	});
	it('follows the profile runtime when nothing is remembered or the choice is not in the group', () => {
		expect(pickTab(values, null, 'docker')).toBe('docker');
		expect(pickTab(values, 'sandboxed', 'docker')).toBe('docker');
	});
	it('falls back to the first variant', () => {
		expect(pickTab(values, 'sandboxed', undefined)).toBe('containerd');
	});
});
