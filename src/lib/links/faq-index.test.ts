import { describe, expect, it } from 'vitest';
import { buildFaqIndex, faqIndexJson, parseFaqIndex } from './faq-index';
import { fixtureEntry as entry } from '../../../test-support/links/fixture-entry';
import { LinkPlanError } from './redirect-plan';

const location = { site: 'https://help.example.com/ignored/path', base: '/docs/ack-faq' };

describe('buildFaqIndex', () => {
	it('describes each entry with absolute URLs under site and base', () => {
		const index = buildFaqIndex({
			...location,
			entries: [
				entry('sertifikat-kedaluwarsa', 'ACK-0014', {
					runtime: ['containerd'],
					kubernetes: '>=1.28',
					os: ['linux'],
					errors: ['x509: certificate has expired'],
					keywords: ['cert'],
					aliases: ['x509-expired'],
					movedAnchors: { langkah: 'solusi', lain: 'dukungan-istio#gejala' },
					related: ['dukungan-istio'],
				}),
				entry('dukungan-istio', 'ACK-0006'),
			],
		});
		expect(index.version).toBe(1);
		expect(index.site).toBe('https://help.example.com/docs/ack-faq/');
		expect(index.entries.map((e) => e.ref)).toEqual(['ACK-0006', 'ACK-0014']);
		expect(index.entries[1]).toEqual({
			ref: 'ACK-0014',
			slug: 'sertifikat-kedaluwarsa',
			url: 'https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/',
			shortUrl: 'https://help.example.com/docs/ack-faq/r/ACK-0014/',
			title: 'Pertanyaan tentang sertifikat-kedaluwarsa?',
			description: 'Jawaban singkat untuk sertifikat-kedaluwarsa.',
			facets: {
				category: 'jaringan',
				runtime: ['containerd'],
				clusterType: [],
				os: ['linux'],
				kubernetes: { range: '>=1.28', versions: ['1.28', '1.29', '1.30'] },
			},
			errors: ['x509: certificate has expired'],
			keywords: ['cert'],
			sections: [
				{
					id: 'gejala',
					title: 'Gejala',
					url: 'https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/#gejala',
				},
				{
					id: 'penyebab',
					title: 'Penyebab',
					url: 'https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/#penyebab',
				},
				{
					id: 'solusi',
					title: 'Solusi',
					url: 'https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/#solusi',
				},
			],
			aliases: ['https://help.example.com/docs/ack-faq/faq/x509-expired/'],
			movedAnchors: {
				langkah: 'https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/#solusi',
				lain: 'https://help.example.com/docs/ack-faq/faq/dukungan-istio/#gejala',
			},
			related: ['https://help.example.com/docs/ack-faq/faq/dukungan-istio/'],
			updated: '2026-11-27',
		});
	});

	it('orders entries by ref number, so 5- and 6-digit refs sort after 4-digit ones', () => {
		const index = buildFaqIndex({
			...location,
			entries: [entry('c', 'ACK-100000'), entry('b', 'ACK-20000'), entry('a', 'ACK-0002')],
		});
		expect(index.entries.map((e) => e.ref)).toEqual(['ACK-0002', 'ACK-20000', 'ACK-100000']);
	});

	it('produces the same bytes for the same entries in any input order', () => {
		const a = entry('a', 'ACK-0001');
		const b = entry('b', 'ACK-0002');
		expect(faqIndexJson(buildFaqIndex({ ...location, entries: [a, b] }))).toBe(
			faqIndexJson(buildFaqIndex({ ...location, entries: [b, a] })),
		);
	});

	it('refuses to index entries whose links are inconsistent', () => {
		expect(() =>
			buildFaqIndex({ ...location, entries: [entry('a', 'ACK-0001'), entry('b', 'ACK-0001')] }),
		).toThrow(LinkPlanError);
	});
});

describe('parseFaqIndex', () => {
	it('returns a built index unchanged after a JSON round trip', () => {
		const index = buildFaqIndex({ ...location, entries: [entry('a', 'ACK-0001')] });
		expect(parseFaqIndex(JSON.parse(faqIndexJson(index)), 'dist/faq.json')).toEqual(index);
	});

	it('names the file, the field and the version it reads', () => {
		expect(() =>
			parseFaqIndex({ version: 2, site: 'https://h.example/', entries: [] }, 'dist/faq.json'),
		).toThrow(
			'dist/faq.json: version: found 2; this tool reads version 1 (rebuild the site or update the tool)',
		);
		expect(() =>
			parseFaqIndex({ version: 1, site: 'https://h.example/' }, 'dist/faq.json'),
		).toThrow(/^dist\/faq\.json: entries: /);
	});
});
