/**
 * links.lock.json: every entry URL and section anchor ever published, so a rename that would
 * break a link pasted into a ticket years ago fails the check instead of shipping. The lock only
 * grows (scripts/update-link-lock.ts); an author keeps old links alive with `aliases` and
 * `movedAnchors`, never by editing the lock.
 */
import { z } from 'zod';
import { formatIssues } from '../format-issues';
import type { FaqIndex } from './faq-index';
import { entryFile, type GraphPage, type LinkGraph, linkGraph, resolvePath } from './link-graph';
import { isSyntheticRef, nextRef } from './next-ref';

const lockSchema = z.object({
	version: z.literal(1, {
		error: (issue) => `found ${JSON.stringify(issue.input)}; this tool reads version 1`,
	}),
	pages: z.record(
		z.string().regex(/^\/faq\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/, {
			error: 'must be an entry path such as /faq/dukungan-istio/',
		}),
		z.object({
			ref: z.string().regex(/^ACK-\d{4,6}$/, { error: 'must be a ref such as ACK-0014' }),
			anchors: z.array(z.string()),
		}),
	),
});

/**
 * The lock: per base-independent entry path (current slugs and earlier ones), the ref the page
 * had and every section anchor it ever had, sorted.
 */
export type LinkLock = z.infer<typeof lockSchema>;

/** A lock with nothing in it, for the first run. */
export const emptyLock = (): LinkLock => ({ version: 1, pages: {} });

/** Checks a parsed lock file; throws one error whose lines read "file: field: problem". */
export function parseLock(json: unknown, file: string): LinkLock {
	const result = lockSchema.safeParse(json);
	if (result.success) return result.data;
	// zod reports a bad record key as "Invalid key in record" and keeps our message one level down.
	const issues = result.error.issues.map((issue) =>
		issue.code === 'invalid_key' && issue.issues[0]
			? { ...issue, message: `${JSON.stringify(issue.path.at(-1))} ${issue.issues[0].message}` }
			: issue,
	);
	throw new Error(formatIssues(issues, file));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortedLock(lock: LinkLock): LinkLock {
	const pages: LinkLock['pages'] = {};
	for (const path of Object.keys(lock.pages).sort(compare)) {
		const { ref, anchors } = lock.pages[path]!;
		pages[path] = { ref, anchors: [...new Set(anchors)].sort(compare) };
	}
	return { version: lock.version, pages };
}

/**
 * The lock as JSON: paths and anchors sorted, tab-indented, one trailing newline. The script
 * that writes it passes this through Prettier, which only changes line breaks.
 */
export function lockJson(lock: LinkLock): string {
	return `${JSON.stringify(sortedLock(lock), null, '\t')}\n`;
}

/**
 * Adds what the current build publishes and the lock lacks: new entry paths, new earlier
 * slugs and new anchors. Never removes or changes anything already locked. Synthetic
 * benchmark entries are left out. `added` lists each addition as a path (`/faq/x/#solusi`).
 */
export function mergeLock(lock: LinkLock, current: FaqIndex): { lock: LinkLock; added: string[] } {
	const graph = linkGraph(current);
	const pages: LinkLock['pages'] = {};
	for (const [path, page] of Object.entries(lock.pages)) {
		pages[path] = { ref: page.ref, anchors: [...page.anchors] };
	}
	const added: string[] = [];
	const add = (path: string, ref: string, anchors: readonly string[]) => {
		const locked = (pages[path] ??= (added.push(path), { ref, anchors: [] }));
		for (const anchor of anchors) {
			if (locked.anchors.includes(anchor)) continue;
			locked.anchors.push(anchor);
			added.push(`${path}#${anchor}`);
		}
	};
	for (const page of graph.pages.values()) {
		if (isSyntheticRef(page.entry.ref)) continue;
		add(page.path, page.entry.ref, [...page.anchors]);
	}
	for (const [alias, page] of graph.aliases) {
		if (!isSyntheticRef(page.entry.ref)) add(alias, page.entry.ref, []);
	}
	return { lock: sortedLock({ version: 1, pages }), added: added.sort(compare) };
}

const slugOf = (path: string) => path.slice('/faq/'.length, -1);

/** Fix lines are indented so they stand out in a terminal; the indentation is not part of the fix. */
const FIX = '    ';

/** The frontmatter line that adds `alias` to a page's aliases, keeping the ones it has. */
function aliasFix(page: GraphPage, path: string): string {
	const slugs = page.entry.aliases.map((url) => /([^/]+)\/$/.exec(url)?.[1] ?? url);
	return `${FIX}aliases: [${[...slugs, slugOf(path)].join(', ')}]`;
}

/**
 * Every locked URL and anchor that no longer resolves in `current` (the built faq.json), directly,
 * through an earlier slug or through a moved anchor, each with the frontmatter line that fixes
 * it and the file it goes in. Empty when every published link still works.
 */
export function diffLock(lock: LinkLock, current: FaqIndex): string[] {
	const graph = linkGraph(current);
	const problems: string[] = [];
	for (const path of Object.keys(lock.pages).sort(compare)) {
		const locked = lock.pages[path]!;
		const resolved = resolvePath(graph, path);
		const owner = graph.refs.get(locked.ref);
		// Anchors are checked where the page is, or where its alias will lead once added, so one
		// run lists every fix.
		let anchorsOn = path;
		if (resolved.ok) {
			const problem = refProblem(graph, lock, path, locked.ref, resolved);
			if (problem) problems.push(problem);
		} else if (owner) {
			problems.push(
				`${path} (${locked.ref}) no longer exists; that entry is now ${entryFile(owner.entry)}. Keep the old URL working with this line in its frontmatter:\n${aliasFix(owner, path)}`,
			);
			anchorsOn = owner.path;
		} else {
			problems.push(
				`${path} (${locked.ref}) no longer exists, and no entry has the ref ${locked.ref}. Add "${slugOf(path)}" to the aliases of the entry that now answers it, and keep ${locked.ref} on an entry: /r/${locked.ref}/ is published too`,
			);
			continue;
		}
		for (const anchor of [...locked.anchors].sort(compare)) {
			const r = resolvePath(graph, anchorsOn, anchor);
			if (r.ok || r.missing === 'page') continue;
			const file = entryFile(r.page.entry);
			const existing = Object.keys(r.page.entry.movedAnchors).length > 0;
			const sections = r.page.anchors.size
				? `one of: ${[...r.page.anchors].join(', ')}; or other-entry#anchor`
				: 'this page has no sections: other-entry#anchor or other-entry';
			problems.push(
				`${path}#${anchor}: ${r.reason}. Say where the section went in the frontmatter of ${file}${existing ? ', under its movedAnchors' : ''}:\n` +
					(existing ? '' : `${FIX}movedAnchors:\n`) +
					`${FIX}  ${r.anchor}: <new-anchor>  # ${sections}`,
			);
		}
	}
	return problems;
}

/** Why a locked page that still resolves no longer answers to its locked ref, if it does not. */
function refProblem(
	graph: LinkGraph,
	lock: LinkLock,
	path: string,
	ref: string,
	resolved: { page: GraphPage; via: string[] },
): string | undefined {
	const { page } = resolved;
	if (page.entry.ref === ref) return undefined;
	const file = entryFile(page.entry);
	const owner = graph.refs.get(ref);
	if (owner) {
		const next = nextRef([...graph.refs.keys(), ...Object.values(lock.pages).map((p) => p.ref)]);
		return `${path} was published as ${ref} but now shows ${file} (${page.entry.ref}), while ${ref} names ${entryFile(owner.entry)}; a ref must keep naming the same question. Restore it, and give any new entry an unused ref (the next is ${next})`;
	}
	return resolved.via.length === 0
		? `${file}: ref: was ${ref} when ${path} was published and is now ${page.entry.ref}; tickets quote /r/${ref}/, so restore this line in its frontmatter:\n${FIX}ref: ${ref}`
		: `${path} (${ref}) now redirects to ${file} (${page.entry.ref}), and no entry has ${ref} any more, so /r/${ref}/ breaks; keep an entry with ref ${ref}`;
}
