import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { parseFaqData } from '../../schemas/faq';
import { entrySkeleton } from './entry-skeleton';

const text = entrySkeleton({
	ref: 'ACK-0009',
	question: 'Mengapa pod  saya\n"Pending"?',
	updated: '2026-11-28',
});

describe('entrySkeleton', () => {
	it('fails the schema only on the fields the author must fill in', () => {
		const { frontmatter } = parseFrontmatter(text);
		expect(() => parseFaqData(frontmatter, 'content/faq/x.mdx')).toThrow(
			/^content\/faq\/x\.mdx: description: is too short; answer the question in one sentence\ncontent\/faq\/x\.mdx: category: "" is not a known category; allowed: migrasi, /,
		);
	});

	it('passes the schema once description and category are filled in', () => {
		const { frontmatter } = parseFrontmatter(text);
		const data = parseFaqData(
			{
				...frontmatter,
				description: 'Periksa kuota node dan event pod.',
				category: 'pemecahan-masalah',
			},
			'content/faq/x.mdx',
		);
		expect(data).toMatchObject({
			ref: 'ACK-0009',
			title: 'Mengapa pod saya "Pending"?',
			kubernetes: '*',
			aliases: [],
		});
		expect(data.updated.toISOString()).toBe('2026-11-28T00:00:00.000Z');
	});

	it('marks every placeholder with TODO and pins the section ids', () => {
		expect(text.match(/TODO/g)).toHaveLength(6);
		expect(text).toContain('## Gejala {/* #gejala */}\n');
		expect(text).toContain('## Penyebab {/* #penyebab */}\n');
		expect(text).toContain('## Solusi {/* #solusi */}\n');
	});
});
