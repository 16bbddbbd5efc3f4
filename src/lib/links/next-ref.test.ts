import { describe, expect, it } from 'vitest';
import { nextRef } from './next-ref';

describe('nextRef', () => {
	it('returns one more than the highest ref, padded to four digits', () => {
		expect(nextRef(['ACK-0002', 'ACK-0008', 'ACK-0001'])).toBe('ACK-0009');
	});

	it('never fills a gap, since a freed number may still be quoted in tickets', () => {
		expect(nextRef(['ACK-0001', 'ACK-0005'])).toBe('ACK-0006');
	});

	it('starts at ACK-0001 and ignores values that are not refs', () => {
		expect(nextRef([])).toBe('ACK-0001');
		expect(nextRef(['', 'ACK-12', 'ack-0040', 'ACK-0040x'])).toBe('ACK-0001');
	});

	it('ignores synthetic corpus refs from ACK-100000 up', () => {
		expect(nextRef(['ACK-0007', 'ACK-100000', 'ACK-100999'])).toBe('ACK-0008');
	});

	it('grows past four digits', () => {
		expect(nextRef(['ACK-9999'])).toBe('ACK-10000');
	});

	it('refuses to step into the synthetic range', () => {
		expect(() => nextRef(['ACK-99999'])).toThrow(
			/ACK-100000 and up belong to the synthetic corpus/,
		);
	});
});
