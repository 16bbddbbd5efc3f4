/**
 * Builds entries for the link tests the way the build does: frontmatter through the real schema,
 * so a test can never pass on data the site would reject.
 */
import { type FaqData, type FaqInput, parseFaqData } from '../../src/schemas/faq';
import type { Anchor, LinkEntry } from '../../src/lib/links/redirect-plan';

/** One entry: `ref` plus any frontmatter overrides; anchors as ids, their text derived. */
export function fixtureEntry(
	slug: string,
	ref: string,
	overrides: Partial<FaqInput> = {},
	anchors: readonly string[] = ['gejala', 'penyebab', 'solusi'],
): LinkEntry<FaqData> {
	const file = `content/faq/${slug}.mdx`;
	const data = parseFaqData(
		{
			ref,
			title: `Pertanyaan tentang ${slug}?`,
			description: `Jawaban singkat untuk ${slug}.`,
			category: 'jaringan',
			kubernetes: '*',
			updated: '2026-11-27',
			...overrides,
		},
		file,
	);
	return {
		slug,
		file,
		data,
		anchors: anchors.map((id): Anchor => ({ id, text: id[0]!.toUpperCase() + id.slice(1) })),
	};
}
