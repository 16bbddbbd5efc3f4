import { describe, expect, it } from 'vitest';
import { parseFaqData } from '../schemas/faq';
import { entryPageData, tableOfContents } from './entry-page';
import { redirectPlan } from './links/redirect-plan';

const file = 'content/faq/sertifikat-kedaluwarsa.mdx';
const data = parseFaqData(
	{
		ref: 'ACK-0014',
		title: 'Sertifikat *API Server* kedaluwarsa?',
		description: 'Perbarui sertifikatnya.',
		category: 'sertifikat',
		clusterType: ['dedicated'],
		kubernetes: '<1.24',
		errors: ['x509: certificate has expired'],
		keywords: ['certificate'],
		movedAnchors: { perbaikan: 'solusi' },
		updated: '2026-11-27',
	},
	file,
);
const sections = [
	{ id: 'gejala', text: 'Gejala', depth: 2 },
	{ id: 'solusi', text: 'Solusi', depth: 2 },
	{ id: 'tingkatkan', text: 'Tingkatkan kluster', depth: 3 },
	{ id: 'catatan-kecil', text: 'Catatan kecil', depth: 4 },
];
const slug = 'sertifikat-kedaluwarsa';
const redirects = redirectPlan([
	{ slug, file, data, anchors: sections.map(({ id, text }) => ({ id, text })) },
]);
const page = (base = '/') =>
	entryPageData({
		slug,
		data,
		body: { html: '<p>Jawab.</p>', text: 'Jawab.', searchWords: 'expired' },
		sections,
		related: [{ slug: 'akses-node-master', title: 'Akses node master?' }],
		redirects,
		site: 'https://faq.example/',
		base,
	});

describe('the contents list', () => {
	it('lists h2s with the h3s under them, and leaves deeper headings out', () => {
		expect(tableOfContents(sections)).toEqual([
			{ href: '#gejala', text: 'Gejala', children: [] },
			{
				href: '#solusi',
				text: 'Solusi',
				children: [{ href: '#tingkatkan', text: 'Tingkatkan kluster' }],
			},
		]);
	});
	it('is empty for an answer with fewer than two sections', () => {
		expect(tableOfContents([{ id: 'solusi', text: 'Solusi', depth: 2 }])).toEqual([]);
		expect(tableOfContents([])).toEqual([]);
	});
	it('counts an h3 before the first h2 as a line of its own', () => {
		expect(
			tableOfContents([
				{ id: 'a', text: 'A', depth: 3 },
				{ id: 'b', text: 'B', depth: 2 },
			]).map((i) => i.href),
		).toEqual(['#a', '#b']);
	});
});

describe('entry page data', () => {
	it('builds the copy texts from the site, under the base path', () => {
		expect(page('/docs/ack-faq/').share).toEqual({
			link: 'https://faq.example/docs/ack-faq/faq/sertifikat-kedaluwarsa/',
			markdown:
				'[ACK-0014] Sertifikat \\*API Server\\* kedaluwarsa? — https://faq.example/docs/ack-faq/faq/sertifikat-kedaluwarsa/',
			plain:
				'ACK-0014: Sertifikat *API Server* kedaluwarsa? — https://faq.example/docs/ack-faq/faq/sertifikat-kedaluwarsa/',
		});
	});
	it('links the category, the related entries and the moved anchors under the base path', () => {
		const p = page('/docs/ack-faq/');
		expect(p.category).toEqual({
			label: 'Sertifikat',
			href: '/docs/ack-faq/tag/kategori/sertifikat/',
		});
		expect(p.related).toEqual([
			{ href: '/docs/ack-faq/faq/akses-node-master/', title: 'Akses node master?' },
		]);
		expect(JSON.parse(p.movedAnchors!)).toEqual({ perbaikan: '#solusi' });
	});
	it('has no moved-anchors block for an entry that moved none', () => {
		const plain = entryPageData({
			slug: 'lain',
			data,
			body: { html: '', text: '', searchWords: '' },
			sections: [],
			related: [],
			redirects: redirectPlan([]),
			site: 'https://faq.example/',
			base: '/',
		});
		expect(plain.movedAnchors).toBeUndefined();
		expect(plain.toc).toEqual([]);
	});
	it('gives the badges, their one-line form for search results, and the update date', () => {
		const p = page();
		expect(p.badges.map((b) => b.label)).toEqual(['ACK dedicated', 'Kubernetes < 1.24']);
		expect(p.badgesMeta).toBe('badges:ACK dedicated · Kubernetes < 1.24');
		expect(p.updated).toEqual({ iso: '2026-11-27', label: '27 November 2026' });
	});
	it('answers in the JSON-LD with the body text, or the description when the body has none', () => {
		expect(JSON.parse(page().jsonLd).mainEntity[0].acceptedAnswer.text).toBe('Jawab.');
		const empty = entryPageData({
			slug,
			data,
			body: { html: '', text: '', searchWords: '' },
			sections,
			related: [],
			redirects,
			site: 'https://faq.example/',
			base: '/',
		});
		expect(JSON.parse(empty.jsonLd).mainEntity[0].acceptedAnswer.text).toBe(
			'Perbarui sertifikatnya.',
		);
	});
	it('gives the search index the keywords and the words found in the body', () => {
		expect(page().searchWords).toBe('certificate expired');
	});
});
