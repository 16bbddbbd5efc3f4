/**
 * Where the built site lives, and the one way to turn an entry's slug, a ref or a section into
 * a URL. Everything else in src/lib/links works on base-independent paths (`/faq/<slug>/`), so
 * the lock file and the redirect plan survive a change of `base` or of the host.
 */
import { withBase } from '../paths';

/** `site` and `base` exactly as astro.config sets them (`import.meta.env.SITE`, `BASE_URL`). */
export interface SiteLocation {
	site: string;
	base: string;
}

/**
 * The absolute URL of the site's root, ending in '/': the origin of `site` plus `base`.
 * Throws when `site` is not an absolute http(s) URL, since every canonical URL depends on it.
 */
export function siteRoot({ site, base }: SiteLocation): string {
	let origin: string;
	try {
		origin = new URL(site).origin;
	} catch {
		origin = 'null';
	}
	if (!/^https?:\/\//.test(origin)) {
		throw new TypeError(
			`astro.config.mjs: site: found ${JSON.stringify(site)}; set it to the absolute http(s) URL the FAQ is served from, e.g. https://help.example.com`,
		);
	}
	return new URL(withBase(base, ''), origin).href;
}

/** The absolute URL of a base-independent path such as `/faq/<slug>/#solusi`. */
export function siteUrl(location: SiteLocation | string, path: string): string {
	const root = typeof location === 'string' ? location : siteRoot(location);
	return root + path.replace(/^\//, '');
}

/** The base-independent path of an entry, optionally with a section: `/faq/<slug>/#<anchor>`. */
export function faqPath(slug: string, anchor?: string): string {
	return `/faq/${slug}/${anchor ? `#${anchor}` : ''}`;
}

/** The base-independent path of an entry's permanent short link: `/r/ACK-0014/`. */
export function refPath(ref: string): string {
	return `/r/${ref}/`;
}
