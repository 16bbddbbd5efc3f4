import type { APIRoute, GetStaticPaths } from 'astro';
import { getRedirectPlan } from '../../../data/links';
import { redirectTo } from '../../../lib/links/redirect-html';

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

export const GET: APIRoute<{ to: string; title: string }> = ({ props, site }) =>
	new Response(redirectTo(props.to, props.title, { base: import.meta.env.BASE_URL, site }), {
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
