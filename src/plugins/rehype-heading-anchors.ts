import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { shareLabels } from '../i18n/share';

/** A section of a page: what support engineers link to. */
export interface Section {
	id: string;
	text: string;
	depth: number;
}

const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `{/* #solusi *\/}` at the end of a heading pins its id; MDX keeps it as an expression node. */
const PIN = /^\/\*\s*#([^\s*]{1,80})\s*\*\/$/;

function pinnedId(heading: Element, file: VFile): string | undefined {
	const last = heading.children.at(-1) as { type: string; value?: string } | undefined;
	if (last?.type !== 'mdxTextExpression' || typeof last.value !== 'string') return undefined;
	const m = PIN.exec(last.value.trim());
	if (!m) return undefined;
	const id = m[1]!;
	if (!ANCHOR.test(id)) {
		file.fail(
			`${file.path}: heading id "#${id}" is not allowed; use lowercase letters, digits and single hyphens, e.g. {/* #solusi */}`,
		);
	}
	heading.children.pop();
	// The comment leaves the space before it behind in the heading text.
	const text = heading.children.at(-1);
	if (text?.type === 'text') text.value = text.value.trimEnd();
	return id;
}

/**
 * Gives every h2–h6 a stable id (the author's pinned `{/* #id *\/}` or a slug of its own text,
 * so editing other text never changes it), fails on duplicate ids, adds a visible anchor link,
 * and records the sections in the entry's remark frontmatter for the page, the search index
 * and the link lock.
 */
export function rehypeHeadingAnchors() {
	return (tree: Root, file: VFile) => {
		const headings: { node: Element; id: string | undefined; text: string }[] = [];
		visit(tree, 'element', (node) => {
			// Highlighted code is most of a page's nodes and never holds a heading.
			if (node.tagName === 'pre') return SKIP;
			if (!/^h[2-6]$/.test(node.tagName)) return undefined;
			const id = pinnedId(node, file);
			headings.push({ node, id, text: toText(node).trim() });
			return undefined;
		});
		// Pinned ids are claimed first so a generated slug can never take one.
		const slugger = new GithubSlugger();
		const seen = new Map<string, string>();
		for (const h of headings) {
			if (!h.id) continue;
			if (seen.has(h.id)) {
				file.fail(
					`${file.path}: heading id "#${h.id}" is used by both "${seen.get(h.id)}" and "${h.text}"; ids must be unique on a page`,
				);
			}
			seen.set(h.id, h.text);
			slugger.slug(h.id);
		}
		const sections: Section[] = [];
		for (const h of headings) {
			// The slugger already holds every pinned id, so a generated one never collides.
			const id = h.id ?? slugger.slug(h.text);
			h.node.properties.id = id;
			h.node.properties['tabIndex'] = -1;
			h.node.children.push(anchorLink(id));
			sections.push({ id, text: h.text, depth: Number(h.node.tagName[1]) });
		}
		const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??=
			{});
		(astro.frontmatter ??= {}).sections = sections;
	};
}

/** Text-free, so the heading's own text stays clean in the search index and the headings list. */
function anchorLink(id: string): ElementContent {
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			className: ['heading-anchor'],
			href: `#${id}`,
			ariaLabel: shareLabels.sectionAnchor,
			dataPagefindIgnore: '',
		},
		children: [],
	};
}
