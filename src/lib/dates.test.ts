import { describe, expect, it } from 'vitest';
import { longDate } from './dates';

describe('longDate', () => {
	it('writes the day, the Indonesian month name and the year', () => {
		expect(longDate(new Date('2025-08-05'))).toBe('5 Agustus 2025');
	});

	it('keeps the calendar day of the frontmatter date, whatever the build machine’s zone', () => {
		expect(longDate(new Date('2024-12-31T00:00:00Z'))).toBe('31 Desember 2024');
	});
});
