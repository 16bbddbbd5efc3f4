/**
 * Checks one link as pasted in a ticket against the current build: does it still lead to the
 * page and section it meant, directly or through a redirect?
 */
import { type LinkGraph, resolvePath } from './link-graph';
import { faqPath, siteUrl } from './site-url';

/** The verdict on one link. `url` is where a reader ends up; `via` the redirects on the way. */
export type LinkResolution =
	| { status: 'ok'; input: string; url: string }
	| { status: 'redirect'; input: string; url: string; via: string[] }
	| { status: 'broken'; input: string; reason: string };

/**
 * Looks up a page that is not an entry (home, tag pages): its element ids, or undefined when
 * the build has no such page. `path` is base-independent, e.g. `/tag/kategori/jaringan/`.
 */
export type OtherPageLookup = (path: string) => readonly string[] | undefined;

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const ENTRY = /^\/(?:faq|r)\/[^/]+\/$/;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * Resolves an absolute URL on the FAQ's host (with or without the base path) or a site-relative
 * path. Entries, earlier slugs (`/faq/<alias>/`), short links (`/r/<ref>/`) and moved anchors are
 * resolved from the graph; any other page of the site only through `otherPage`.
 */
export function resolveLink(
	input: string,
	graph: LinkGraph,
	otherPage?: OtherPageLookup,
): LinkResolution {
	const { root } = graph;
	const broken = (reason: string): LinkResolution => ({ status: 'broken', input, reason });
	const text = input.trim();
	let url: URL;
	const via: string[] = [];
	if (SCHEME.test(text) || text.startsWith('//')) {
		try {
			url = new URL(text, root);
		} catch {
			return broken('not a valid URL');
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') {
			return broken(`not a web address (${url.protocol})`);
		}
		if (url.host !== root.host) {
			// A build made without SITE_URL knows only localhost, and every real link would fail.
			const local = /^(?:localhost|127\.|\[::1\])/.test(root.host)
				? ` (faq.json was built for ${root.origin}; build with SITE_URL set to the real site)`
				: '';
			return broken(`foreign host ${url.host}; this FAQ is on ${root.host}${local}`);
		}
		if (url.protocol !== root.protocol)
			via.push(`${url.protocol.slice(0, -1)} → ${root.protocol.slice(0, -1)}`);
	} else if (text.startsWith('/')) {
		url = new URL(text, root.origin);
	} else {
		return broken('neither an absolute URL nor a path starting with /');
	}

	let path = decode(url.pathname);
	const base = root.pathname;
	if (base !== '/') {
		if (path.startsWith(base)) path = path.slice(base.length - 1);
		else if (`${path}/` === base) path = '/';
		else via.push(`base path ${base} added`);
	}
	if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
	else if (!path.endsWith('/') && !/\.[a-z\d]+$/i.test(path)) {
		path += '/';
		via.push('trailing slash added');
	}
	const anchor = decode(url.hash.slice(1)) || undefined;

	let target: string;
	if (ENTRY.test(path)) {
		const resolved = resolvePath(graph, path, anchor);
		if (!resolved.ok) return broken(resolved.reason);
		via.push(...resolved.via);
		target = faqPath(resolved.page.entry.slug, resolved.anchor);
	} else {
		const ids = otherPage?.(path);
		if (!ids) {
			return broken(
				otherPage
					? `the site has no page ${path}`
					: `${path} is neither an entry (/faq/<slug>/) nor a short link (/r/<ref>/)`,
			);
		}
		if (anchor !== undefined && !ids.includes(anchor))
			return broken(`${path} has no element #${anchor}`);
		target = path + (anchor === undefined ? '' : `#${anchor}`);
	}
	const final = siteUrl(root.href, target);
	return via.length
		? { status: 'redirect', input, url: final, via }
		: { status: 'ok', input, url: final };
}

/** One line of checker output: `OK url`, `REDIRECT url → target (why)`, `BROKEN url: reason`. */
export function formatResolution(r: LinkResolution): string {
	switch (r.status) {
		case 'ok':
			return `OK        ${r.input}`;
		case 'redirect':
			return `REDIRECT  ${r.input} → ${r.url} (${r.via.join('; ')})`;
		case 'broken':
			return `BROKEN    ${r.input}: ${r.reason}`;
	}
}

/**
 * The links in a text file exported from a ticket system: one per line; blank lines and lines
 * starting with `#` are skipped. Returns each with its 1-based line number.
 */
export function readLinkList(text: string): { line: number; link: string }[] {
	return text
		.split(/\r?\n/)
		.map((raw, i) => ({ line: i + 1, link: raw.trim() }))
		.filter(({ link }) => link !== '' && !link.startsWith('#'));
}
