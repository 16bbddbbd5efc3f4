/**
 * The published link graph as read back from faq.json: pages, earlier slugs, short links and
 * moved anchors, keyed by base-independent paths. The lock check and the ticket-link checker
 * both resolve through here, so they can never disagree about what still works.
 */
import type { FaqIndex, FaqIndexEntry } from './faq-index';
import { isSyntheticRef } from './next-ref';

/** One entry page. */
export interface GraphPage {
	entry: FaqIndexEntry;
	/** `/faq/<slug>/` */
	path: string;
	anchors: ReadonlySet<string>;
	/** Old anchor → base-independent target path, `/faq/<slug>/` or `/faq/<slug>/#anchor`. */
	moved: ReadonlyMap<string, string>;
}

/** Everything faq.json says resolves. */
export interface LinkGraph {
	/** The site root with base, from faq.json's `site`. */
	root: URL;
	pages: ReadonlyMap<string, GraphPage>;
	/** `/faq/<earlier-slug>/` → the page it redirects to. */
	aliases: ReadonlyMap<string, GraphPage>;
	/** `ACK-0014` → its page. */
	refs: ReadonlyMap<string, GraphPage>;
}

/** The source file of an entry, for messages: synthetic corpora live in content/bench. */
export function entryFile(entry: Pick<FaqIndexEntry, 'ref' | 'slug'>): string {
	return `content/${isSyntheticRef(entry.ref) ? 'bench' : 'faq'}/${entry.slug}.mdx`;
}

/** Reads the graph out of faq.json. Throws when a URL in it is not under its own `site`. */
export function linkGraph(index: FaqIndex): LinkGraph {
	const root = new URL(index.site);
	const toPath = (url: string) => {
		if (!url.startsWith(root.href)) {
			throw new Error(`faq.json: ${url} is not under its own site ${root.href}; rebuild the site`);
		}
		return `/${url.slice(root.href.length)}`;
	};
	const pages = new Map<string, GraphPage>();
	const aliases = new Map<string, GraphPage>();
	const refs = new Map<string, GraphPage>();
	for (const entry of index.entries) {
		const page: GraphPage = {
			entry,
			path: toPath(entry.url),
			anchors: new Set(entry.sections.map((s) => s.id)),
			moved: new Map(Object.entries(entry.movedAnchors).map(([key, url]) => [key, toPath(url)])),
		};
		pages.set(page.path, page);
		refs.set(entry.ref, page);
		for (const alias of entry.aliases) aliases.set(toPath(alias), page);
	}
	return { root, pages, aliases, refs };
}

/** Where a path and anchor lead, or why they lead nowhere. */
export type Resolved =
	| { ok: true; page: GraphPage; anchor?: string; via: string[] }
	| { ok: false; missing: 'page'; reason: string }
	| {
			ok: false;
			missing: 'anchor';
			page: GraphPage;
			anchor: string;
			via: string[];
			reason: string;
	  };

const MAX_MOVES = 8;

/**
 * Resolves a base-independent entry path (`/faq/<slug>/` or `/r/<ref>/`) and an optional anchor
 * the way a reader's browser would: through an earlier slug or a short link to the page, then
 * through the page's moved anchors. `via` lists each redirect taken, for people to read.
 */
export function resolvePath(graph: LinkGraph, path: string, anchor?: string): Resolved {
	const via: string[] = [];
	const found = findPage(graph, path, via);
	if (typeof found === 'string') return { ok: false, missing: 'page', reason: found };
	let page: GraphPage = found;
	let current = anchor || undefined;
	for (let moves = 0; current !== undefined && !page.anchors.has(current); moves++) {
		const to = page.moved.get(current);
		const next =
			to === undefined || moves === MAX_MOVES ? undefined : graph.pages.get(to.replace(/#.*/, ''));
		if (to === undefined || next === undefined) {
			const sections = page.anchors.size
				? `its sections: ${[...page.anchors].join(', ')}`
				: 'it has no sections';
			const reason =
				to === undefined
					? `${page.path} has no section #${current} (${sections})`
					: `#${current} on ${page.path} moved to ${to}, which does not resolve`;
			return { ok: false, missing: 'anchor', page, anchor: current, via, reason };
		}
		via.push(`moved anchor ${page.path}#${current} → ${to}`);
		page = next;
		current = /#(.+)$/.exec(to)?.[1];
	}
	return current === undefined ? { ok: true, page, via } : { ok: true, page, anchor: current, via };
}

/** The page at an entry path, a short link or an earlier slug (noting the redirect), or why none. */
function findPage(graph: LinkGraph, path: string, via: string[]): GraphPage | string {
	const direct = graph.pages.get(path);
	if (direct) return direct;
	const ref = /^\/r\/([^/]+)\/$/.exec(path)?.[1];
	if (ref !== undefined) {
		const page = graph.refs.get(ref);
		if (!page) {
			const upper = ref.toUpperCase();
			return `no entry has the ref ${ref}${graph.refs.has(upper) ? `; refs are upper case: /r/${upper}/` : ''}`;
		}
		via.push(`short link ${ref} → ${page.path}`);
		return page;
	}
	const page = graph.aliases.get(path);
	if (page) {
		via.push(`earlier slug ${path} → ${page.path}`);
		return page;
	}
	const slug = /^\/faq\/([^/]+)\/$/.exec(path)?.[1];
	return slug === undefined
		? `${path} is not an entry page`
		: `no entry has the slug or alias "${slug}"`;
}
