import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** An HTML page the build has just rendered. */
export interface RenderedPage {
	/** Site path without the base, as links use it: `/faq/x/`, `/404.html`. */
	path: string;
	/** The file it is written to, relative to the output folder: `faq/x/index.html`. */
	file: string;
	html: string;
}

export type PageListener = (page: RenderedPage) => void;

const listeners = new Set<PageListener>();

/**
 * Hands every HTML page to `listener` as soon as Astro renders it, until the returned function
 * is called. The link check scans each page here instead of reading every file back from disk
 * afterwards. (Pagefind is not fed from here: sending it every page while Astro rendered slowed
 * rendering more than it saved; see bench/results/.) Pages reach
 * listeners only while the `renderedPages()` integration is installed.
 */
export function onRenderedPage(listener: PageListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Pages Astro writes as `<name>.html` even in the `directory` format. */
const STATUS_PAGES = new Set(['/404', '/500']);

/**
 * The site path and output file of the page Astro rendered at `url`, in the `directory` build
 * format, which is the only one the integration accepts.
 */
export function pageLocation(url: string, base: string): Omit<RenderedPage, 'html'> {
	const { pathname } = new URL(url);
	const root = base.endsWith('/') ? base : `${base}/`;
	const path = pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
	const bare = path.replace(/\/$/, '');
	if (STATUS_PAGES.has(bare)) return { path: `${bare}.html`, file: `${bare.slice(1)}.html` };
	const folder = path.endsWith('/') ? path : `${path}/`;
	return { path: folder, file: `${folder.slice(1)}index.html` };
}

/**
 * Wraps Astro's own prerenderer (the public `setPrerenderer` hook) so that every rendered HTML
 * page also goes to the listeners of `onRenderedPage`. Astro keeps one prerenderer: an adapter
 * that sets its own would replace this one, and the integrations that listen would then fail
 * for want of pages rather than silently check nothing.
 */
export function renderedPages(): AstroIntegration {
	let base = '/';
	const tap = (prerenderer: AstroPrerenderer): AstroPrerenderer => ({
		...prerenderer,
		name: `${prerenderer.name}+ack-faq:rendered-pages`,
		async render(request, options) {
			const result = await prerenderer.render(request, options);
			const response = result instanceof Response ? result : result.response;
			if (listeners.size > 0 && response.headers.get('content-type')?.startsWith('text/html')) {
				const page = { ...pageLocation(request.url, base), html: await response.clone().text() };
				for (const listener of listeners) listener(page);
			}
			return result;
		},
	});
	return {
		name: 'ack-faq:rendered-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (config.build.format !== 'directory') {
					throw new Error(
						`renderedPages() maps pages to files for build.format "directory" only; the config sets "${config.build.format}"`,
					);
				}
				base = config.base;
			},
			'astro:build:start': ({ setPrerenderer }) => setPrerenderer(tap),
		},
	};
}
