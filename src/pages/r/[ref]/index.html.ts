import type { APIRoute, GetStaticPaths } from 'astro';
import { getRedirectPlan } from '../../../data/links';
import { redirectPageHtml } from '../../../lib/links/redirect-html';
import { withBase } from '../../../lib/paths';

/**
 * `/r/ACK-0014/`: the permanent short link of an entry, whatever its slug becomes. An endpoint
 * rather than a page component: there is one per entry, and a string costs a fraction of a
 * component render.
 */
export const getStaticPaths = (async () => {
	const { redirects } = await getRedirectPlan();
	return redirects
		.filter((r) => r.kind === 'ref')
		.map((r) => ({ params: { ref: r.ref }, props: { to: r.to, title: r.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ to: string; title: string }> = ({ props, site }) => {
	const base = import.meta.env.BASE_URL;
	const target = withBase(base, props.to);
	const html = redirectPageHtml({
		target,
		canonical: new URL(target, site).href,
		title: props.title,
		script: withBase(base, 'redirect.js'),
	});
	return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
