import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';

/**
 * `content/faq` holds the real entries. `content/bench` is where `npm run bench` puts synthetic
 * corpora next to them; it is git-ignored and normally absent.
 */
const faq = defineCollection({
	loader: glob({
		pattern: ['faq/*.mdx', 'bench/*.mdx'],
		base: './content',
		// The file name is the slug, whichever folder it is in.
		generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
	}),
	schema: faqSchema,
});

export const collections = { faq };
