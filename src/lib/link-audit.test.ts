import { describe, expect, it } from 'vitest';
import { auditLinks, brokenLinksReport, scanHtml } from './link-audit';

const site = [
	scanHtml(
		'/faq/a/',
		'<h2 id="solusi">Solusi</h2><a href="/faq/b/#gejala">b</a><a href="#solusi">here</a>',
	),
	scanHtml(
		'/faq/b/',
		'<h2 id="gejala">G</h2><a href="../a/">a</a><a href="https://example.org/x">ext</a>',
	),
];

describe('auditLinks', () => {
	it('accepts links to existing pages and anchors, relative or absolute', () => {
		expect(auditLinks(site, '/')).toEqual([]);
	});
	it('names the page, the link and the missing anchor', () => {
		const pages = [...site, scanHtml('/faq/c/', '<a href="/faq/a/#penyebab">x</a>')];
		expect(auditLinks(pages, '/')).toEqual([
			{
				from: '/faq/c/',
				href: '/faq/a/#penyebab',
				reason: '/faq/a/ has no section with id "penyebab"',
			},
		]);
	});
	it('reports a link to a page that does not exist', () => {
		const pages = [...site, scanHtml('/faq/c/', '<a href="/faq/hilang/">x</a>')];
		expect(auditLinks(pages, '/')[0]?.reason).toBe('no page /faq/hilang/ exists');
	});
	it('reports a root-relative link that escapes a sub-path base', () => {
		const pages = [scanHtml('/faq/a/', '<a href="/faq/a/">x</a>')];
		expect(auditLinks(pages, '/docs/ack-faq/')[0]?.reason).toBe(
			"it is outside the site's base /docs/ack-faq/",
		);
	});
	it('resolves links under a sub-path base', () => {
		const pages = [scanHtml('/faq/a/', '<h2 id="s">S</h2><a href="/docs/ack-faq/faq/a/#s">x</a>')];
		expect(auditLinks(pages, '/docs/ack-faq/')).toEqual([]);
	});
	it('asks the caller about files that are not pages', () => {
		const pages = [scanHtml('/', '<a href="/favicon.svg">x</a><a href="/nope.css">y</a>')];
		expect(auditLinks(pages, '/', (p) => p === '/favicon.svg').map((b) => b.href)).toEqual([
			'/nope.css',
		]);
	});
});

describe('brokenLinksReport', () => {
	const broken = [
		{
			from: '/faq/c/',
			href: '/faq/a/#penyebab',
			reason: '/faq/a/ has no section with id "penyebab"',
		},
		{ from: '/tag/', href: '/faq/hilang/', reason: 'no page /faq/hilang/ exists' },
	];

	it('names the file of an entry in whichever folder it is, and the link and the reason', () => {
		const files = new Map([['c', 'content/tambahan/c.mdx']]);
		expect(brokenLinksReport(broken, (slug) => files.get(slug))).toBe(
			[
				'Broken internal links:',
				'  /faq/c/ (content/tambahan/c.mdx) links to "/faq/a/#penyebab": /faq/a/ has no section with id "penyebab"',
				'  /tag/ links to "/faq/hilang/": no page /faq/hilang/ exists',
			].join('\n'),
		);
	});

	it('names no file for a page that is not an entry, such as an alias redirect', () => {
		expect(brokenLinksReport(broken.slice(0, 1), () => undefined)).not.toContain('.mdx');
	});
});
