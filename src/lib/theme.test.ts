import { describe, expect, it } from 'vitest';
import { nextTheme, parseTheme } from './theme';

describe('theme choice', () => {
	it('cycles automatic, light, dark and back', () => {
		expect([nextTheme('auto'), nextTheme('light'), nextTheme('dark')]).toEqual([
			'light',
			'dark',
			'auto',
		]);
	});
	it('falls back to automatic for a missing or corrupted stored value', () => {
		expect(parseTheme(null)).toBe('auto');
		expect(parseTheme('"dark"')).toBe('auto');
		expect(parseTheme('dark')).toBe('dark');
	});
});
