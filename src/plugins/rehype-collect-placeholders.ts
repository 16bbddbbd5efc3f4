/**
 * Lists the placeholders a page uses, so the page can render its `<faq-placeholders>` panel.
 * Runs after Shiki; reads the `span.ph` marks of src/plugins/shiki-commands.ts.
 */
import type { Element, Root, RootContent, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { classesOf, propOf } from '../lib/commands/classes-of';

/** One placeholder of a page, in `frontmatter.placeholders`. */
export interface PagePlaceholder {
	/** `NODE_NAME` for `[$NODE_NAME]`; the literal itself for declared literals (`XX.XX.XX.XX`). */
	name: string;
	/** The placeholder as written in the code. */
	text: string;
	label: string;
	example?: string;
}

/** The `span.ph` marks under `node`, in document order. */
function marks(node: Root | RootContent | ElementContent, found: Element[] = []): Element[] {
	if (node.type === 'element' && node.tagName === 'span' && classesOf(node).includes('ph'))
		found.push(node);
	if ('children' in node) for (const child of node.children) marks(child, found);
	return found;
}

const textOf = (node: Element) =>
	node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/**
 * Sets `file.data.astro.frontmatter.placeholders` to the page's placeholders in first-use order
 * (an empty list when there are none; Astro exposes it as `remarkPluginFrontmatter`).
 * A page has one input per placeholder, so one name with two labels is an authoring error.
 */
export function rehypeCollectPlaceholders() {
	return (tree: Root, file: VFile) => {
		const found = new Map<string, PagePlaceholder>();
		for (const mark of marks(tree)) {
			const name = propOf(mark, 'dataPh', 'data-ph');
			const label = propOf(mark, 'dataPhLabel', 'data-ph-label');
			if (!name || !label) continue;
			const example = propOf(mark, 'dataPhExample', 'data-ph-example');
			const known = found.get(name);
			if (!known) {
				found.set(name, { name, text: textOf(mark), label, ...(example ? { example } : {}) });
			} else if (known.label !== label) {
				file.fail(
					`${file.path}: placeholder ${known.text} is labelled "${known.label}" in one code block and "${label}" in another; ` +
						'a page has one value per placeholder, so give both the same label or use a different placeholder',
				);
			} else if (example && !known.example) {
				known.example = example;
			}
		}
		const astro = (file.data.astro ??= {});
		(astro.frontmatter ??= {})['placeholders'] = [...found.values()];
	};
}
