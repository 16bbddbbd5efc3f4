import type { APIRoute, GetStaticPaths } from 'astro';
import { getSignatureTables } from '../../../data/signatures';

/** Emits the error-signature shards that the search box fetches on demand. */
export const getStaticPaths = (async () => {
	const { files } = await getSignatureTables();
	return files.map((file) => ({ params: { file: file.name }, props: { json: file.json } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props['json'] as string, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
