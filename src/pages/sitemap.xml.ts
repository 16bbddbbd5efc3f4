import type { APIRoute } from 'astro';
import { TAG_FACETS } from '../config/facets';
import { getFaqEntries } from '../data/faq';
import { getTagListings } from '../data/tags';
import { entryPath, tagPath, withBase } from '../lib/paths';

const escapeXml = (text: string) =>
	text.replace(
		/[<>&'"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
	);

/** Every page a search engine should index: the home page, the entries and the tag pages. */
export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const url = (path: string) => new URL(withBase(base, path), site).href;
	const entries = await getFaqEntries();
	const facets = await getTagListings();
	const pages = [
		{ loc: url('') },
		...entries.map((e) => ({
			loc: url(entryPath(e.id)),
			lastmod: e.data.updated.toISOString().slice(0, 10),
		})),
		{ loc: url('tag/') },
		...TAG_FACETS.map((f) => ({ loc: url(`tag/${f.segment}/`) })),
		...facets.flatMap(({ listings }) =>
			listings.map((l) => ({ loc: url(tagPath(l.facet.segment, l.value)) })),
		),
	];
	const body = pages
		.map(
			(p) =>
				`<url><loc>${escapeXml(p.loc)}</loc>${'lastmod' in p ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
		)
		.join('\n');
	return new Response(
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
		{ headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
	);
};
