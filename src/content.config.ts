import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';

/** Which file claimed each slug: two files with one slug would silently shadow each other. */
const claimedBy = new Map<string, string>();

/**
 * `content/faq` holds the real entries. FAQ_EXTRA_CONTENT names one more folder (relative to the
 * project root) for builds that need more entries beside them: the benchmark's synthetic corpus,
 * the e2e suite's link fixtures. Without it nothing else is read, so a leftover corpus can never
 * ship with the real site.
 */
const extra = process.env['FAQ_EXTRA_CONTENT']?.replace(/\/+$/, '');
const patterns = ['content/faq/*.mdx', ...(extra ? [`${extra}/*.mdx`] : [])];

const faq = defineCollection({
	loader: glob({
		pattern: patterns,
		base: '.',
		// The file name is the slug, whichever folder it is in.
		generateId: ({ entry }) => {
			const slug = entry.replace(/^.*\//, '').replace(/\.mdx$/, '');
			const owner = claimedBy.get(slug);
			if (owner && owner !== entry) {
				throw new Error(
					`${entry}: slug "${slug}" is already used by ${owner}; every entry needs its own file name`,
				);
			}
			claimedBy.set(slug, entry);
			return slug;
		},
	}),
	schema: faqSchema,
});

export const collections = { faq };
