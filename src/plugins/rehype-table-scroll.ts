import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps every table in a box that scrolls sideways, so a wide table never makes a phone's page
 * scroll. The box is a labelled, focusable region: keyboard readers can scroll it too.
 *
 * ```html
 * <div class="table-scroll" role="region" aria-label="Tabel" tabindex="0"><table>…</table></div>
 * ```
 */
export function rehypeTableScroll() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (node.tagName === 'pre') return SKIP;
			if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
			const box: Element = {
				type: 'element',
				tagName: 'div',
				properties: {
					className: ['table-scroll'],
					role: 'region',
					ariaLabel: 'Tabel',
					tabIndex: 0,
				},
				children: [node],
			};
			parent.children[index] = box;
			return SKIP;
		});
	};
}
