import type { APIRoute } from 'astro';
import { getFaqIndex } from '../data/links';
import { faqIndexJson } from '../lib/links/faq-index';

/** The index for ticket systems and chatbots; its schema is documented in the README. */
export const GET: APIRoute = async () =>
	new Response(faqIndexJson(await getFaqIndex()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
