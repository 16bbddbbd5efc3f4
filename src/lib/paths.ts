/**
 * Site paths under Astro's `base`. Every internal URL goes through here, so the whole site works
 * when it is published under a sub-path such as `/docs/ack-faq/`.
 */
export function withBase(base: string, path: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return root + path.replace(/^\/+/, '');
}

export const entryPath = (slug: string) => `faq/${slug}/`;
export const tagPath = (facet: string, value: string) =>
	`tag/${facet}/${encodeURIComponent(value)}/`;
export const searchPath = (query = '') =>
	query ? `cari/?q=${encodeURIComponent(query)}` : 'cari/';
