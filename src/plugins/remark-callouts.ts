import type { Blockquote, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { calloutText } from '../i18n/callouts';

const MARKER = /^\[!([A-Z]+)\][ \t]*(?:\n|$)/;

/**
 * Turns `> [!NOTE]` blockquotes into titled callouts. GitHub's syntax keeps the source readable
 * on GitHub and in any Markdown preview, and needs no MDX import.
 */
export function remarkCallouts() {
	return (tree: Root, file: { path?: string; fail: (m: string) => never }) => {
		visit(tree, 'blockquote', (node: Blockquote) => {
			const first = node.children[0];
			if (first?.type !== 'paragraph') return;
			const lead = first.children[0];
			if (lead?.type !== 'text') return;
			const m = MARKER.exec(lead.value);
			if (!m) return;
			const kind = m[1] as keyof typeof calloutText;
			const title = calloutText[kind];
			if (!title) {
				file.fail(
					`${file.path}: unknown callout [!${m[1]}]; allowed: ${Object.keys(calloutText)
						.map((k) => `[!${k}]`)
						.join(', ')}`,
				);
			}
			lead.value = lead.value.slice(m[0].length);
			if (lead.value === '') first.children.shift();
			if (first.children.length === 0) node.children.shift();
			const heading: Paragraph = {
				type: 'paragraph',
				data: { hProperties: { className: ['callout-title'] } },
				children: [{ type: 'text', value: title }],
			};
			node.children.unshift(heading);
			node.data = {
				hName: 'div',
				hProperties: { className: ['callout', `callout-${kind.toLowerCase()}`], role: 'note' },
			};
		});
	};
}
