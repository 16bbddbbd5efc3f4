/** A built page as the link audit sees it: its site path, the links it has and the ids it offers. */
export interface AuditedPage {
	/** Site path without the base, e.g. `/faq/x/` or `/404.html`. */
	path: string;
	hrefs: readonly string[];
	ids: ReadonlySet<string>;
}

export interface BrokenLink {
	from: string;
	href: string;
	reason: string;
}

const ATTR = /\s(id|href)="([^"]*)"/g;

/** Reads ids and link targets out of HTML that Astro wrote (attributes always double-quoted). */
export function scanHtml(path: string, html: string): AuditedPage {
	const hrefs: string[] = [];
	const ids: string[] = [];
	for (const m of html.matchAll(ATTR)) {
		const value = m[2]!.replace(/&amp;/g, '&');
		if (m[1] === 'id') ids.push(value);
		else hrefs.push(value);
	}
	return { path, hrefs: detach(hrefs), ids: new Set(detach(ids)) };
}

/**
 * Copies of `values` that do not keep the page they were read from in memory. V8 keeps a regex
 * capture as a slice of the string it was found in, so the build, which scans 20,000 pages as
 * they render, would hold every page's HTML until the audit ends (1 GiB at 10,000 entries).
 */
function detach(values: readonly string[]): string[] {
	return values.length > 0 ? values.join('\0').split('\0') : [];
}

/**
 * Every internal link that points to a page or an anchor that does not exist. External links,
 * `mailto:` and the like are not checked; links into assets outside `pages` are checked by the
 * caller's `exists`.
 */
export function auditLinks(
	pages: readonly AuditedPage[],
	base: string,
	exists: (sitePath: string) => boolean = () => false,
): BrokenLink[] {
	const root = base.endsWith('/') ? base : `${base}/`;
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of new Set(page.hrefs)) {
			if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue;
			const url = new URL(href, `http://site${root}${page.path.replace(/^\//, '')}`);
			if (!url.pathname.startsWith(root)) {
				broken.push({ from: page.path, href, reason: `it is outside the site's base ${root}` });
				continue;
			}
			const path = `/${decodeURIComponent(url.pathname.slice(root.length))}`;
			const target = byPath.get(path) ?? byPath.get(`${path}index.html`);
			if (!target) {
				if (!exists(path)) broken.push({ from: page.path, href, reason: `no page ${path} exists` });
				continue;
			}
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && !target.ids.has(id)) {
				broken.push({ from: page.path, href, reason: `${path} has no section with id "${id}"` });
			}
		}
	}
	return broken;
}

/**
 * What the build fails with: each broken link, and for an entry page the file to fix, which
 * `fileOf` finds from the entry's slug (entries live in more than one folder).
 */
export function brokenLinksReport(
	broken: readonly BrokenLink[],
	fileOf: (slug: string) => string | undefined,
): string {
	const lines = broken.map((b) => {
		const slug = /^\/faq\/([^/]+)\/$/.exec(b.from)?.[1];
		const file = slug === undefined ? undefined : fileOf(slug);
		return `  ${b.from}${file ? ` (${file})` : ''} links to "${b.href}": ${b.reason}`;
	});
	return `Broken internal links:\n${lines.join('\n')}`;
}
