import { describe, expect, it } from 'vitest';
import { redirectPageHtml } from './redirect-html';

const html = redirectPageHtml({
	target: '/docs/faq/baru/',
	canonical: 'https://faq.example/docs/faq/baru/',
	title: 'Judul <b>"tebal"</b> & lain',
	script: '/docs/redirect.js',
});

describe('redirectPageHtml', () => {
	it('redirects without JavaScript: meta refresh, canonical and a visible link', () => {
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/docs/faq/baru/">');
		expect(html).toContain('<link rel="canonical" href="https://faq.example/docs/faq/baru/">');
		expect(html).toContain('<a href="/docs/faq/baru/" data-redirect>');
	});
	it('keeps redirects out of search engines and loads the script that keeps the #section', () => {
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('<script src="/docs/redirect.js"></script>');
	});
	it('writes the title as text', () => {
		expect(html).toContain('Judul &#60;b&#62;&#34;tebal&#34;&#60;/b&#62; &#38; lain');
		expect(html).not.toContain('<b>');
	});
});
