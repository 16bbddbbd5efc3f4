import { describe, expect, it } from 'vitest';
import { badgesHtml, entryItemHtml } from './entry-list-html';

const data = {
	title: 'Mengapa <img src=x onerror=alert(1)> & "kutip"?',
	description: 'Jawaban satu kalimat.',
	category: 'runtime' as const,
	runtime: ['docker'] as const,
	clusterType: [] as const,
	kubernetes: '<1.24',
	os: [] as const,
};

describe('entryItemHtml', () => {
	const html = entryItemHtml({ href: '/faq/contoh/', data }, 3);

	it('writes the title and description as text, never as markup', () => {
		expect(html).toContain('Mengapa &#60;img src=x onerror=alert(1)&#62; &#38; &#34;kutip&#34;?');
		expect(html).not.toContain('<img');
	});
	it('links the title at the heading level asked for', () => {
		expect(html).toContain('<h3 class="entry-list__title"><a href="/faq/contoh/">');
		expect(entryItemHtml({ href: '/faq/contoh/', data }, 2)).toContain(
			'<h2 class="entry-list__title">',
		);
	});
	it('carries what faq-applicability-list reads, with empty values bare', () => {
		expect(html).toMatch(
			/^<li class="entry-list__item" data-runtime="docker" data-kluster data-versi="1\.20 1\.21 1\.22 1\.23" data-versi-label="Kubernetes &#60; 1\.24" data-os>/,
		);
	});
	it('shows the badges as labels, since the item title is already a link', () => {
		expect(html).toContain('<li><span class="badge">Docker</span></li>');
		expect(html).not.toContain('class="badge" href');
	});
});

describe('badgesHtml', () => {
	it('links each badge to its tag page when asked', () => {
		expect(
			badgesHtml(
				[{ label: 'Docker', facet: 'runtime', path: '/tag/runtime/docker/' }],
				(p) => `/docs${p}`,
			),
		).toBe(
			'<ul class="badges" aria-label="Berlaku untuk"><li><a class="badge" href="/docs/tag/runtime/docker/">Docker</a></li></ul>',
		);
	});
});
