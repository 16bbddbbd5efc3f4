import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { rehypeHeadingAnchors, type Section } from './rehype-heading-anchors';
import { remarkFaqLinks } from './remark-faq-links';

async function compile(source: string) {
	const file = new VFile({
		value: source,
		path: 'content/faq/contoh.mdx',
		data: { astro: { frontmatter: {} } },
	});
	await createProcessor({
		remarkPlugins: [remarkFaqLinks({ base: '/docs/', slugs: new Set(['lain']) })],
		rehypePlugins: [rehypeHeadingAnchors],
	}).process(file);
	return (file.data as { astro: { frontmatter: { sections: Section[] } } }).astro.frontmatter
		.sections;
}

describe('section ids', () => {
	it('keeps a pinned id and slugs unpinned headings from their own text', async () => {
		expect(await compile('## Solusi {/* #solusi */}\n\n## Langkah Berikut')).toEqual([
			{ id: 'solusi', text: 'Solusi', depth: 2 },
			{ id: 'langkah-berikut', text: 'Langkah Berikut', depth: 2 },
		]);
	});

	it('does not let a generated id take a pinned one', async () => {
		const sections = await compile('## Penyebab\n\n## Lain {/* #penyebab-1 */}');
		expect(sections.map((s) => s.id)).toEqual(['penyebab', 'penyebab-1']);
	});

	it('fails on a duplicate pinned id, naming the file and both headings', async () => {
		await expect(compile('## Gejala {/* #a */}\n\n## Solusi {/* #a */}')).rejects.toThrow(
			'content/faq/contoh.mdx: heading id "#a" is used by both "Gejala" and "Solusi"; ids must be unique on a page',
		);
	});

	it('rejects a pinned id that is not a lowercase slug', async () => {
		await expect(compile('## Solusi {/* #Solusi_1 */}')).rejects.toThrow(
			'heading id "#Solusi_1" is not allowed; use lowercase letters, digits and single hyphens',
		);
	});
});

describe('faq: links', () => {
	it('fails on a link to an entry that does not exist, naming the file and the link', async () => {
		await expect(compile('[x](faq:tidak-ada#solusi)')).rejects.toThrow(
			'content/faq/contoh.mdx: link "faq:tidak-ada#solusi" points to no entry; "tidak-ada" must be the file name of an entry in content/faq',
		);
	});

	it('resolves a link to an entry under the base path', async () => {
		const file = new VFile({ value: '[x](faq:lain#solusi)', path: 'a.mdx' });
		const out = String(
			await createProcessor({
				remarkPlugins: [remarkFaqLinks({ base: '/docs/', slugs: new Set(['lain']) })],
			}).process(file),
		);
		expect(out).toContain('"/docs/faq/lain/#solusi"');
	});
});
