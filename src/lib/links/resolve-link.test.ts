import { describe, expect, it } from 'vitest';
import { buildFaqIndex } from './faq-index';
import { fixtureEntry as entry } from '../../../test-support/links/fixture-entry';
import { linkGraph } from './link-graph';
import { formatResolution, readLinkList, resolveLink } from './resolve-link';

const SITE = 'https://help.example.com/docs/ack-faq';
const graph = linkGraph(
	buildFaqIndex({
		site: 'https://help.example.com',
		base: '/docs/ack-faq/',
		entries: [
			entry('sertifikat-kedaluwarsa', 'ACK-0014', {
				aliases: ['x509-expired'],
				movedAnchors: { langkah: 'solusi', istio: 'dukungan-istio#gejala' },
			}),
			entry('dukungan-istio', 'ACK-0006'),
		],
	}),
);
const resolve = (link: string) => resolveLink(link, graph);

describe('resolveLink', () => {
	it('accepts an entry URL and section that exist', () => {
		expect(resolve(`${SITE}/faq/sertifikat-kedaluwarsa/#solusi`)).toEqual({
			status: 'ok',
			input: `${SITE}/faq/sertifikat-kedaluwarsa/#solusi`,
			url: `${SITE}/faq/sertifikat-kedaluwarsa/#solusi`,
		});
	});

	it('accepts a site-relative path with the base', () => {
		expect(resolve('/docs/ack-faq/faq/dukungan-istio/')).toMatchObject({
			status: 'ok',
			url: `${SITE}/faq/dukungan-istio/`,
		});
	});

	it('follows an earlier slug, keeping the section', () => {
		expect(resolve(`${SITE}/faq/x509-expired/#penyebab`)).toEqual({
			status: 'redirect',
			input: `${SITE}/faq/x509-expired/#penyebab`,
			url: `${SITE}/faq/sertifikat-kedaluwarsa/#penyebab`,
			via: ['earlier slug /faq/x509-expired/ → /faq/sertifikat-kedaluwarsa/'],
		});
	});

	it('follows a short link', () => {
		expect(resolve(`${SITE}/r/ACK-0014/`)).toMatchObject({
			status: 'redirect',
			url: `${SITE}/faq/sertifikat-kedaluwarsa/`,
			via: ['short link ACK-0014 → /faq/sertifikat-kedaluwarsa/'],
		});
	});

	it('follows a moved anchor on the same page and to another page', () => {
		expect(resolve(`${SITE}/faq/sertifikat-kedaluwarsa/#langkah`)).toMatchObject({
			status: 'redirect',
			url: `${SITE}/faq/sertifikat-kedaluwarsa/#solusi`,
			via: [
				'moved anchor /faq/sertifikat-kedaluwarsa/#langkah → /faq/sertifikat-kedaluwarsa/#solusi',
			],
		});
		expect(resolve(`${SITE}/r/ACK-0014/#istio`)).toMatchObject({
			status: 'redirect',
			url: `${SITE}/faq/dukungan-istio/#gejala`,
			via: [
				'short link ACK-0014 → /faq/sertifikat-kedaluwarsa/',
				'moved anchor /faq/sertifikat-kedaluwarsa/#istio → /faq/dukungan-istio/#gejala',
			],
		});
	});

	it('accepts a URL without the base, telling that the base was added', () => {
		expect(resolve('https://help.example.com/faq/dukungan-istio/')).toMatchObject({
			status: 'redirect',
			url: `${SITE}/faq/dukungan-istio/`,
			via: ['base path /docs/ack-faq/ added'],
		});
		expect(resolve('/faq/dukungan-istio/#solusi')).toMatchObject({
			status: 'redirect',
			url: `${SITE}/faq/dukungan-istio/#solusi`,
		});
	});

	it('treats index.html as the page itself and a missing trailing slash as a redirect', () => {
		expect(resolve(`${SITE}/faq/dukungan-istio/index.html`)).toMatchObject({ status: 'ok' });
		expect(resolve(`${SITE}/faq/dukungan-istio#gejala`)).toMatchObject({
			status: 'redirect',
			url: `${SITE}/faq/dukungan-istio/#gejala`,
			via: ['trailing slash added'],
		});
	});

	it('reports a page that does not exist', () => {
		expect(resolve(`${SITE}/faq/akses-node-master/`)).toEqual({
			status: 'broken',
			input: `${SITE}/faq/akses-node-master/`,
			reason: 'no entry has the slug or alias "akses-node-master"',
		});
		expect(resolve(`${SITE}/r/ACK-0099/`)).toMatchObject({
			status: 'broken',
			reason: 'no entry has the ref ACK-0099',
		});
	});

	it('reports a short link in the wrong case with the right spelling', () => {
		expect(resolve('/docs/ack-faq/r/ack-0014/')).toMatchObject({
			status: 'broken',
			reason: 'no entry has the ref ack-0014; refs are upper case: /r/ACK-0014/',
		});
	});

	it('reports a section that does not exist, listing those that do', () => {
		expect(resolve(`${SITE}/faq/x509-expired/#langkah-3`)).toEqual({
			status: 'broken',
			input: `${SITE}/faq/x509-expired/#langkah-3`,
			reason:
				'/faq/sertifikat-kedaluwarsa/ has no section #langkah-3 (its sections: gejala, penyebab, solusi)',
		});
	});

	it('reports a link to another host', () => {
		expect(resolve('https://www.alibabacloud.com/help/id/ack/faq/')).toMatchObject({
			status: 'broken',
			reason: 'foreign host www.alibabacloud.com; this FAQ is on help.example.com',
		});
	});

	it('points to SITE_URL when faq.json was built for localhost', () => {
		const local = linkGraph(
			buildFaqIndex({
				site: 'http://localhost:4321',
				base: '/',
				entries: [entry('a', 'ACK-0001')],
			}),
		);
		expect(resolveLink('https://help.example.com/faq/a/', local)).toMatchObject({
			status: 'broken',
			reason:
				'foreign host help.example.com; this FAQ is on localhost:4321 (faq.json was built for http://localhost:4321; build with SITE_URL set to the real site)',
		});
	});

	it('reports text that is neither an absolute URL nor a site path', () => {
		expect(resolve('faq/dukungan-istio/')).toMatchObject({
			status: 'broken',
			reason: 'neither an absolute URL nor a path starting with /',
		});
		expect(resolve('mailto:support@example.com')).toMatchObject({
			status: 'broken',
			reason: 'not a web address (mailto:)',
		});
	});

	it('checks other pages of the site only through the lookup it is given', () => {
		expect(resolve(`${SITE}/tag/kategori/jaringan/`)).toMatchObject({
			status: 'broken',
			reason:
				'/tag/kategori/jaringan/ is neither an entry (/faq/<slug>/) nor a short link (/r/<ref>/)',
		});
		const pages: Record<string, string[]> = { '/tag/kategori/jaringan/': ['daftar'] };
		const lookup = (path: string) => pages[path];
		expect(resolveLink(`${SITE}/tag/kategori/jaringan/#daftar`, graph, lookup)).toMatchObject({
			status: 'ok',
		});
		expect(resolveLink(`${SITE}/tag/kategori/jaringan/#lain`, graph, lookup)).toMatchObject({
			status: 'broken',
			reason: '/tag/kategori/jaringan/ has no element #lain',
		});
		expect(resolveLink(`${SITE}/tag/lain/`, graph, lookup)).toMatchObject({
			status: 'broken',
			reason: 'the site has no page /tag/lain/',
		});
	});
});

describe('formatResolution', () => {
	it('prints one line per link with its verdict first', () => {
		expect(formatResolution(resolve(`${SITE}/faq/dukungan-istio/`))).toBe(
			`OK        ${SITE}/faq/dukungan-istio/`,
		);
		expect(formatResolution(resolve(`${SITE}/r/ACK-0006/`))).toBe(
			`REDIRECT  ${SITE}/r/ACK-0006/ → ${SITE}/faq/dukungan-istio/ (short link ACK-0006 → /faq/dukungan-istio/)`,
		);
		expect(formatResolution(resolve('/faq/hilang/'))).toBe(
			'BROKEN    /faq/hilang/: no entry has the slug or alias "hilang"',
		);
	});
});

describe('readLinkList', () => {
	it('skips blank lines and # comments and keeps line numbers', () => {
		expect(
			readLinkList('# ekspor Zendesk\n\n  https://a.example/x  \r\n#komentar\n/faq/y/\n'),
		).toEqual([
			{ line: 3, link: 'https://a.example/x' },
			{ line: 5, link: '/faq/y/' },
		]);
	});
});
