import { describe, expect, it } from 'vitest';
import { buildFaqIndex } from './faq-index';
import { fixtureEntry as entry } from './fixture-entry';
import { redirectFiles, redirectHtml } from './redirect-html';

describe('redirectHtml', () => {
	it('returns a complete Indonesian document with meta refresh, canonical and a visible link', () => {
		expect(
			redirectHtml({ to: 'https://help.example.com/docs/ack-faq/faq/baru/', title: 'Apa itu?' }),
		).toBe(
			[
				'<!doctype html>',
				'<html lang="id">',
				'<head>',
				'<meta charset="utf-8">',
				'<title>Dipindahkan: Apa itu?</title>',
				'<meta name="robots" content="noindex">',
				'<link rel="canonical" href="https://help.example.com/docs/ack-faq/faq/baru/">',
				'<meta http-equiv="refresh" content="0; url=https://help.example.com/docs/ack-faq/faq/baru/">',
				'</head>',
				'<body>',
				'<p>Halaman ini telah dipindahkan ke <a href="https://help.example.com/docs/ack-faq/faq/baru/" data-redirect>Apa itu?</a>.</p>',
				'</body>',
				'</html>',
				'',
			].join('\n'),
		);
	});

	it('keeps the fragment of the target in the refresh, the canonical and the link', () => {
		const html = redirectHtml({ to: 'https://h.example/faq/baru/#solusi', title: 'T' });
		expect(html).toContain('content="0; url=https://h.example/faq/baru/#solusi"');
		expect(html).toContain('<link rel="canonical" href="https://h.example/faq/baru/#solusi">');
		expect(html).toContain('<a href="https://h.example/faq/baru/#solusi" data-redirect>');
	});

	it('escapes the title and the URL', () => {
		const html = redirectHtml({
			to: 'https://h.example/faq/a/?q="x"&y=<z>',
			title: 'Pod <none> & "pending"\n  lagi',
		});
		expect(html).toContain(
			'<title>Dipindahkan: Pod &lt;none&gt; &amp; &quot;pending&quot; lagi</title>',
		);
		expect(html).toContain('href="https://h.example/faq/a/?q=%22x%22&amp;y=%3Cz%3E"');
		expect(html).not.toMatch(/<none>|"pending"/);
	});

	it('references the share script as a module when given one', () => {
		expect(
			redirectHtml({ to: 'https://h.example/faq/a/', title: 'T', script: '/_astro/faq-share.js' }),
		).toContain('<script type="module" src="/_astro/faq-share.js"></script>\n</head>');
	});

	it('refuses a target that is not an absolute http(s) URL', () => {
		expect(() => redirectHtml({ to: '/faq/a/', title: 'T' })).toThrow(
			'redirectHtml: to: "/faq/a/" is not an absolute URL',
		);
		expect(() => redirectHtml({ to: 'javascript:alert(1)', title: 'T' })).toThrow(
			/must be an http\(s\) URL/,
		);
	});
});

describe('redirectFiles', () => {
	const index = buildFaqIndex({
		site: 'https://help.example.com',
		base: '/docs/ack-faq/',
		entries: [entry('baru', 'ACK-0014', { aliases: ['lama'] }), entry('istio', 'ACK-0006')],
	});

	it('lays out one index.html per short link and earlier slug, without the base', () => {
		expect(redirectFiles(index).map((f) => f.file)).toEqual([
			'faq/lama/index.html',
			'r/ACK-0006/index.html',
			'r/ACK-0014/index.html',
		]);
	});

	it('points each page at the absolute URL of its entry and passes the script on', () => {
		const [lama, , short] = redirectFiles(index, '/docs/ack-faq/_astro/faq-share.js');
		for (const page of [lama, short]) {
			expect(page?.html).toContain(
				'<link rel="canonical" href="https://help.example.com/docs/ack-faq/faq/baru/">',
			);
			expect(page?.html).toContain(
				'<script type="module" src="/docs/ack-faq/_astro/faq-share.js">',
			);
		}
	});
});
