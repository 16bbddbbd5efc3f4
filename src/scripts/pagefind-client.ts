import type { PagefindApi } from '../lib/search/pagefind-types';

export type {
	PagefindApi,
	PagefindFilters,
	PagefindResultData,
	PagefindSearchResponse,
} from '../lib/search/pagefind-types';

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind on first use only: no search code or index is fetched until a reader focuses or
 * types in a search box. The base path makes it work when the site lives under a sub-path.
 */
export function loadPagefind(): Promise<PagefindApi> {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	loading ??= (
		import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>
	).then(
		async (pagefind) => {
			await pagefind.options({ baseUrl: base, excerptLength: 26 });
			await pagefind.init();
			return pagefind;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		},
	);
	return loading;
}
