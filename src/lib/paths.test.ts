import { describe, expect, it } from 'vitest';
import { entryPath, searchPath, tagPath, withBase } from './paths';

describe('withBase', () => {
	it('joins paths under the root base', () => {
		expect(withBase('/', entryPath('sertifikat-x509-kedaluwarsa'))).toBe(
			'/faq/sertifikat-x509-kedaluwarsa/',
		);
	});
	it('joins paths under a sub-path base with or without its trailing slash', () => {
		expect(withBase('/docs/ack-faq/', 'cari/')).toBe('/docs/ack-faq/cari/');
		expect(withBase('/docs/ack-faq', '/cari/')).toBe('/docs/ack-faq/cari/');
	});
	it('encodes the query and tag values it puts in URLs', () => {
		expect(searchPath('a&b <x>')).toBe('cari/?q=a%26b%20%3Cx%3E');
		expect(tagPath('versi', '1.24')).toBe('tag/versi/1.24/');
	});
});
