import { afterAll, describe, expect, it, vi } from 'vitest';

// A build machine west of UTC: a date-only frontmatter value is midnight UTC, which is the
// previous evening there. The formatter is made when the module loads, so load it under that zone.
const zone = process.env['TZ'];
process.env['TZ'] = 'America/Los_Angeles';
vi.resetModules();
const { longDate } = await import('./dates');
afterAll(() => {
	if (zone === undefined) delete process.env['TZ'];
	else process.env['TZ'] = zone;
});

describe('longDate', () => {
	it('writes the day, the Indonesian month name and the year', () => {
		expect(longDate(new Date('2025-08-05'))).toBe('5 Agustus 2025');
	});

	it('keeps the calendar day of the frontmatter date on a machine west of UTC', () => {
		expect(longDate(new Date('2024-12-31'))).toBe('31 Desember 2024');
	});
});
