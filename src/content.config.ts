import { defineCollection } from 'astro:content';
import { faqFolders } from './loaders/folders';
import { faqLoader } from './loaders/faq-mdx';
import { faqSchema } from './schemas/faq';

const faq = defineCollection({
	loader: faqLoader({ folders: faqFolders() }),
	schema: faqSchema,
});

export const collections = { faq };
