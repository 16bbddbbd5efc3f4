/**
 * The link graph of the FAQ, checked as a whole: which static redirect pages the build must
 * emit (`/r/<ref>/` and every earlier slug) and where each renamed anchor now points. Entries
 * are validated against each other here, because the schema sees one file at a time.
 */
import { nextRef } from './next-ref';
import { withBase } from '../paths';
import { faqPath, refPath } from './site-url';

/** A section heading of a rendered entry: `id` is the anchor, `text` the heading as shown. */
export interface Anchor {
	id: string;
	text: string;
}

/** The frontmatter fields the link graph depends on (src/schemas/faq.ts validates them). */
export interface LinkData {
	ref: string;
	title: string;
	/** Earlier slugs. */
	aliases: readonly string[];
	/** Old anchor → `anchor`, `slug` or `slug#anchor`. */
	movedAnchors: Readonly<Record<string, string>>;
	/** Slugs of related entries. */
	related: readonly string[];
}

/**
 * One entry as the build sees it. `slug` is the collection id (the file name without `.mdx`),
 * `file` the path shown in messages (`content/faq/<slug>.mdx`), `anchors` the ids of its
 * rendered section headings in page order (from `render(entry).headings`).
 */
export interface LinkEntry<D extends LinkData = LinkData> {
	slug: string;
	file: string;
	data: D;
	anchors: readonly Anchor[];
}

/** A static page that sends readers from `from` to `to` (both base-independent paths). */
export interface Redirect {
	kind: 'ref' | 'alias';
	from: string;
	to: string;
	ref: string;
	/** The target entry's title, for the redirect page's visible link. */
	title: string;
}

/** Where a renamed anchor now points: an entry, and a section of it unless the top is meant. */
export interface MovedTarget {
	slug: string;
	anchor?: string;
}

/** Everything the build emits for links that must keep working. */
export interface RedirectPlan {
	/** Sorted by `from`. */
	redirects: Redirect[];
	/** Per entry slug: old anchor → where it now points. Only entries with moved anchors appear. */
	movedAnchors: Record<string, Record<string, MovedTarget>>;
}

/** Thrown with every inconsistency at once; each line reads "file: field: problem". */
export class LinkPlanError extends Error {
	override name = 'LinkPlanError';
	constructor(readonly problems: readonly string[]) {
		super(
			`${problems.length} link ${problems.length === 1 ? 'problem' : 'problems'} in the FAQ entries:\n${problems.join('\n')}`,
		);
	}
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const quote = (s: string) => JSON.stringify(s);
const byFile = (a: LinkEntry, b: LinkEntry) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const anchorList = (e: LinkEntry) =>
	e.anchors.length ? e.anchors.map((a) => a.id).join(', ') : '(none; the page has no sections)';

/**
 * Validates the links of all entries together and returns the redirect plan. Throws one
 * LinkPlanError listing every duplicate ref, clashing slug or alias, unknown `related` slug and
 * broken or pointless `movedAnchors` line, so an author fixes them in one pass.
 */
export function redirectPlan(entries: readonly LinkEntry[]): RedirectPlan {
	const sorted = [...entries].sort(byFile);
	const problems: string[] = [];
	const bySlug = new Map<string, LinkEntry>();
	const byAlias = new Map<string, LinkEntry>();
	const byRef = new Map<string, LinkEntry>();

	for (const e of sorted) {
		if (!SLUG.test(e.slug)) {
			problems.push(
				`${e.file}: file name: ${quote(e.slug)} cannot be a URL slug; allowed: lowercase letters, digits and single hyphens (rename the file)`,
			);
		}
		const sameSlug = bySlug.get(e.slug);
		if (sameSlug)
			problems.push(`${e.file}: slug: ${quote(e.slug)} is also the slug of ${sameSlug.file}`);
		else bySlug.set(e.slug, e);
	}

	for (const e of sorted) {
		const sameRef = byRef.get(e.data.ref);
		if (sameRef) {
			problems.push(
				`${e.file}: ref: ${e.data.ref} is already the ref of ${sameRef.file}; refs are permanent and unique, so give this entry an unused one (the next is ${nextRef(sorted.map((s) => s.data.ref))})`,
			);
		} else byRef.set(e.data.ref, e);
	}

	for (const e of sorted) {
		const seen = new Set<string>();
		for (const alias of e.data.aliases) {
			const other = bySlug.get(alias) ?? byAlias.get(alias);
			if (seen.has(alias)) {
				problems.push(
					`${e.file}: aliases: lists ${quote(alias)} twice; name each earlier slug once`,
				);
			} else if (alias === e.slug) {
				problems.push(
					`${e.file}: aliases: ${quote(alias)} is this entry's own slug; list only slugs it had before`,
				);
			} else if (other && bySlug.has(alias)) {
				problems.push(
					`${e.file}: aliases: ${quote(alias)} is the slug of ${other.file}; an alias must be an earlier slug that no entry uses now`,
				);
			} else if (other) {
				problems.push(
					`${e.file}: aliases: ${quote(alias)} is also an alias of ${other.file}; an earlier slug can redirect to one entry only`,
				);
			} else byAlias.set(alias, e);
			seen.add(alias);
		}
	}

	/** Why `slug` names no entry, with the fix when it is an earlier slug. */
	const unknownSlug = (slug: string) => {
		const renamed = byAlias.get(slug);
		return renamed
			? `${quote(slug)} is an earlier slug of ${renamed.file}; write its current slug ${quote(renamed.slug)}`
			: `${quote(slug)} is not the slug of any entry; allowed: the file name, without .mdx, of an entry in content/faq`;
	};

	for (const e of sorted) {
		for (const slug of e.data.related) {
			if (slug === e.slug)
				problems.push(`${e.file}: related: ${quote(slug)} is this entry itself; remove it`);
			else if (!bySlug.has(slug)) problems.push(`${e.file}: related: ${unknownSlug(slug)}`);
		}
	}

	const movedAnchors: RedirectPlan['movedAnchors'] = {};
	for (const e of sorted) {
		const moved: Record<string, MovedTarget> = {};
		for (const [key, value] of Object.entries(e.data.movedAnchors)) {
			const field = `${e.file}: movedAnchors.${key}`;
			const live = e.anchors.find((a) => a.id === key);
			if (live) {
				problems.push(
					`${field}: #${key} is still the id of the heading ${quote(live.text)} on this page, so old links land there and the line never applies; remove the line, or give that heading another id`,
				);
				continue;
			}
			const target = movedTarget(e, value, bySlug);
			if (typeof target === 'string') {
				problems.push(`${field}: ${target}`);
				continue;
			}
			const page = bySlug.get(target.slug);
			if (!page) {
				problems.push(
					`${field}: ${quote(value)} names no current entry: ${unknownSlug(target.slug)}`,
				);
				continue;
			}
			const anchor = target.anchor;
			if (anchor !== undefined && !page.anchors.some((a) => a.id === anchor)) {
				const onward = page.data.movedAnchors[anchor];
				problems.push(
					onward === undefined
						? `${field}: ${quote(value)} points to #${anchor}, which is not a section of ${page.file}; its anchors: ${anchorList(page)}`
						: `${field}: ${quote(value)} points to #${anchor}, which ${page.file} itself moved to ${quote(onward)}; point to the final place instead`,
				);
				continue;
			}
			moved[key] = target;
		}
		if (Object.keys(moved).length) movedAnchors[e.slug] = moved;
	}

	if (problems.length) throw new LinkPlanError(problems);

	const redirects: Redirect[] = sorted.flatMap((e) => [
		{
			kind: 'ref',
			from: refPath(e.data.ref),
			to: faqPath(e.slug),
			ref: e.data.ref,
			title: e.data.title,
		},
		...e.data.aliases.map((alias): Redirect => ({
			kind: 'alias',
			from: faqPath(alias),
			to: faqPath(e.slug),
			ref: e.data.ref,
			title: e.data.title,
		})),
	]);
	redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
	return { redirects, movedAnchors };
}

/**
 * Reads a movedAnchors value: `#anchor` or `anchor` (this page), `slug` (top of another entry),
 * `slug#anchor`. A bare word is an anchor of this page when the page has it, else a slug.
 * Returns the problem as a string when the value fits neither.
 */
function movedTarget(
	entry: LinkEntry,
	value: string,
	bySlug: ReadonlyMap<string, LinkEntry>,
): MovedTarget | string {
	const hash = value.indexOf('#');
	if (value === '' || value === '#') {
		return 'is empty; allowed: an anchor of this page (solusi), another entry (other-entry) or both (other-entry#solusi)';
	}
	if (hash === 0) return { slug: entry.slug, anchor: value.slice(1) };
	if (hash > 0) return { slug: value.slice(0, hash), anchor: value.slice(hash + 1) };
	if (entry.anchors.some((a) => a.id === value)) return { slug: entry.slug, anchor: value };
	if (bySlug.has(value)) return { slug: value };
	return `${quote(value)} is neither an anchor of this page (its anchors: ${anchorList(entry)}) nor the slug of an entry; allowed: anchor, other-entry or other-entry#anchor`;
}

/**
 * The moved-anchor map one page embeds for the browser (see src/scripts/faq-share.ts):
 * old anchor → `#new` on the same page, or the base-prefixed path of another page
 * (`/docs/ack-faq/faq/other/#new`). Empty when the entry moved no anchors.
 */
export function movedAnchorMap(
	plan: RedirectPlan,
	slug: string,
	base: string,
): Record<string, string> {
	const map: Record<string, string> = {};
	for (const [key, target] of Object.entries(plan.movedAnchors[slug] ?? {})) {
		map[key] =
			target.slug === slug
				? `#${target.anchor ?? 'top'}`
				: withBase(base, faqPath(target.slug, target.anchor));
	}
	return map;
}
