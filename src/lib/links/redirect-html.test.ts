import { describe, expect, it } from 'vitest';
import { fixtureEntry as entry } from './fixture-entry';
import { redirectFiles, redirectHtml } from './redirect-html';
import { redirectPlan } from './redirect-plan';

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
		expect(() => redirectHtml({ to: '/faq/a/', title: 'T' })).toThrowError(
			'redirectHtml: to: "/faq/a/" is not an absolute URL',
		);
		expect(() => redirectHtml({ to: 'javascript:alert(1)', title: 'T' })).toThrowError(
			/must be an http\(s\) URL/,
		);
	});
});

describe('redirectFiles', () => {
	it('lays out one index.html per redirect, pointing at the absolute target under the base', () => {
		const plan = redirectPlan([entry('baru', 'ACK-0014', { aliases: ['lama'] })]);
		const files = redirectFiles(plan, { site: 'https://help.example.com', base: '/docs/ack-faq/' });
		expect(files.map((f) => f.file)).toEqual(['faq/lama/index.html', 'r/ACK-0014/index.html']);
		for (const f of files) {
			expect(f.html).toContain(
				'<link rel="canonical" href="https://help.example.com/docs/ack-faq/faq/baru/">',
			);
		}
	});
});
