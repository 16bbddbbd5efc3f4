import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';

/** Which file claimed each slug: two files with one slug would silently shadow each other. */
const claimedBy = new Map<string, string>();

/**
 * `content/faq` holds the real entries. `content/bench` is where `npm run bench` puts synthetic
 * corpora next to them (git-ignored); it is read only when ACK_FAQ_BENCH=1, so a leftover corpus
 * can never ship with the real site.
 */
const CONTENT_PATTERNS = process.env['ACK_FAQ_BENCH'] === '1' ? ['faq/*.mdx', 'bench/*.mdx'] : ['faq/*.mdx'];

const faq = defineCollection({
	loader: glob({
		pattern: CONTENT_PATTERNS,
		base: './content',
		// The file name is the slug, whichever folder it is in.
		generateId: ({ entry }) => {
			const slug = entry.replace(/^.*\//, '').replace(/\.mdx$/, '');
			const owner = claimedBy.get(slug);
			if (owner && owner !== entry) {
				throw new Error(
					`content/${entry}: slug "${slug}" is already used by content/${owner}; every entry needs its own file name`,
				);
			}
			claimedBy.set(slug, entry);
			return slug;
		},
	}),
	schema: faqSchema,
});

export const collections = { faq };
