import { redirectText } from '../../i18n/redirect';
import { escapeHtml } from '../escape-html';
import { withBase } from '../paths';

export interface RedirectPage {
	/** Where the page sends the reader, with the base: `/faq/sertifikat-x509-kedaluwarsa/`. */
	target: string;
	/** The absolute URL of the target, for search engines. */
	canonical: string;
	/** The target entry's title, for the visible link. */
	title: string;
	/** The site's redirect script (`public/redirect.js`), with the base. */
	script: string;
}

/**
 * A redirect page: a meta refresh, a canonical link and a visible link, so it works with no
 * server and no JavaScript, plus a small script that keeps the old URL's `#section`, which a
 * meta refresh drops. A plain string: a site of 10,000 entries writes 10,000 of these.
 */
export function redirectPageHtml({ target, canonical, title, script }: RedirectPage): string {
	const to = escapeHtml(target);
	return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(redirectText.title(title))}</title>
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>${escapeHtml(redirectText.moved)} <a href="${to}" data-redirect>${escapeHtml(title)}</a>.</p>
<script src="${escapeHtml(script)}"></script>
</body>
</html>
`;
}

/** The redirect page to a site path (without the base): /r/<ref>/ and the alias pages. */
export function redirectTo(
	to: string,
	title: string,
	{ base, site }: { base: string; site: string | URL | undefined },
): string {
	const target = withBase(base, to);
	return redirectPageHtml({
		target,
		canonical: new URL(target, site).href,
		title,
		script: withBase(base, 'redirect.js'),
	});
}
