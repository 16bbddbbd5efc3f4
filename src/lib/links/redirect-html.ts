/**
 * The static HTML of a redirect page. Static hosts cannot answer with a 301, so each old URL
 * gets a tiny page that works three ways: a meta refresh, a canonical link for crawlers, and a
 * visible link for anyone whose browser ignores the refresh.
 */
import type { FaqIndex } from './faq-index';

/** Input of redirectHtml. */
export interface RedirectPage {
	/** Absolute http(s) URL of the target, fragment included when the redirect needs one. */
	to: string;
	/** Title of the target page, shown in the visible link. */
	title: string;
	/**
	 * URL of the share script (src/scripts/faq-share.ts as built). When given, the page loads
	 * it so a fragment on the old URL (`/faq/old/#solusi`) is carried to the target; a meta
	 * refresh alone drops it. Without it the reader lands on the top of the target page.
	 */
	script?: string;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The complete HTML document of a redirect page (`<html lang="id">`, noindex, canonical, meta
 * refresh, a visible link marked `data-redirect` for the share script). Throws a TypeError when
 * `to` is not an absolute http(s) URL: a canonical link must be absolute, and anything else
 * (a `javascript:` URL) must never reach the page.
 */
export function redirectHtml({ to, title, script }: RedirectPage): string {
	let target: URL;
	try {
		target = new URL(to);
	} catch {
		throw new TypeError(`redirectHtml: to: ${JSON.stringify(to)} is not an absolute URL`);
	}
	if (target.protocol !== 'https:' && target.protocol !== 'http:') {
		throw new TypeError(`redirectHtml: to: ${JSON.stringify(to)} must be an http(s) URL`);
	}
	const href = escapeHtml(target.href);
	const name = escapeHtml(title.replace(/\s+/g, ' ').trim());
	return [
		'<!doctype html>',
		'<html lang="id">',
		'<head>',
		'<meta charset="utf-8">',
		`<title>Dipindahkan: ${name}</title>`,
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" href="${href}">`,
		`<meta http-equiv="refresh" content="0; url=${href}">`,
		...(script ? [`<script type="module" src="${escapeHtml(script)}"></script>`] : []),
		'</head>',
		'<body>',
		`<p>Halaman ini telah dipindahkan ke <a href="${href}" data-redirect>${name}</a>.</p>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}

/** One file to write into the build output. */
export interface RedirectFile {
	/** Path under the output directory, without base: `r/ACK-0014/index.html`. */
	file: string;
	html: string;
}

/**
 * Every redirect page the built faq.json promises (each entry's short link and earlier slugs),
 * as files to write into the output directory, laid out as Astro lays out `dist/` (no base).
 * Built from faq.json rather than from the collection, so the pages on disk are exactly what
 * the link checkers resolve. `script` is the URL of the built share script; see RedirectPage.
 */
export function redirectFiles(index: FaqIndex, script?: string): RedirectFile[] {
	const file = (url: string) => {
		if (!url.startsWith(index.site)) throw new Error(`faq.json: ${url} is not under ${index.site}`);
		return `${url.slice(index.site.length)}index.html`;
	};
	return index.entries
		.flatMap((entry) => [entry.shortUrl, ...entry.aliases].map((from) => ({ from, entry })))
		.map(({ from, entry }) => ({
			file: file(from),
			html: redirectHtml({ to: entry.url, title: entry.title, ...(script ? { script } : {}) }),
		}))
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
