/**
 * Groups consecutive code figures that are variants of one step (` ```bash tab="containerd" `,
 * then ` ```bash tab="docker" `) so src/scripts/faq-code.ts can show them as tabs. Runs after
 * Shiki, on the figures of src/plugins/shiki-commands.ts.
 *
 * Without JavaScript every variant stays visible, one after the other, each labelled in its
 * header; the tab list is `hidden` until the script makes the group a working tab widget:
 *
 * ```html
 * <div class="code-tabs" data-tab-group="containerd docker">
 *   <div role="tablist" aria-label="Varian" hidden>
 *     <button type="button" data-tab="containerd">containerd</button>
 *     <button type="button" data-tab="docker">Docker</button>
 *   </div>
 *   <figure class="code" data-tab="containerd" …><figcaption class="code-head">
 *     <span class="code-lang">Bash</span><span class="code-variant">containerd</span> …
 *   </figure>
 *   <figure class="code" data-tab="docker" …>…</figure>
 * </div>
 * ```
 *
 * A group is a run of figures with `data-tab`, separated only by whitespace, in which no value
 * repeats (a repeated value starts the next group). Every figure with `data-tab`, grouped or
 * alone, gets its `.code-variant` label after `.code-lang`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { tabLabel } from '../lib/commands/tab-label';
import { classesOf, propOf } from '../lib/commands/classes-of';
import { codeLabels } from '../i18n/code';

type Parent = { children: (RootContent | ElementContent)[] };

const tabOf = (node: RootContent | ElementContent | undefined) =>
	node?.type === 'element' && node.tagName === 'figure' && classesOf(node).includes('code')
		? propOf(node, 'dataTab', 'data-tab')
		: undefined;
const isBlank = (node: RootContent | ElementContent) =>
	node.type === 'text' && node.value.trim() === '';

function labelVariant(figure: Element, value: string): void {
	const head = figure.children.find(
		(c): c is Element => c.type === 'element' && c.tagName === 'figcaption',
	);
	if (!head) return;
	const at = head.children.findIndex(
		(c) => c.type === 'element' && classesOf(c).includes('code-lang'),
	);
	head.children.splice(at + 1, 0, {
		type: 'element',
		tagName: 'span',
		properties: { className: ['code-variant'] },
		children: [{ type: 'text', value: tabLabel(value) }],
	});
}

function group(figures: Element[], values: string[]): Element {
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['code-tabs'], dataTabGroup: values.join(' ') },
		children: [
			{
				type: 'element',
				tagName: 'div',
				properties: { role: 'tablist', ariaLabel: codeLabels.variants, hidden: true },
				children: values.map((value) => ({
					type: 'element',
					tagName: 'button',
					properties: { type: 'button', dataTab: value },
					children: [{ type: 'text', value: tabLabel(value) }],
				})),
			},
			...figures,
		],
	};
}

function groupChildren(parent: Parent): void {
	for (const child of parent.children) {
		// Figures of code are the tabs; nothing inside a code block groups.
		if ('children' in child && !(child.type === 'element' && child.tagName === 'pre'))
			groupChildren(child as Parent);
	}

	const out: Parent['children'] = [];
	let run: Element[] = [];
	let values: string[] = [];
	let gap: Parent['children'] = [];
	const flush = () => {
		if (run.length > 1) out.push(group(run, values));
		else out.push(...run);
		out.push(...gap);
		run = [];
		values = [];
		gap = [];
	};
	for (const child of parent.children) {
		const value = tabOf(child);
		if (value === undefined) {
			if (run.length > 0 && isBlank(child)) gap.push(child);
			else {
				flush();
				out.push(child);
			}
			continue;
		}
		labelVariant(child as Element, value);
		if (values.includes(value)) flush();
		// Whitespace between two figures of one group is dropped with the group.
		gap = [];
		run.push(child as Element);
		values.push(value);
	}
	flush();
	parent.children = out;
}

/** Creates the rehype plugin; see the module comment for what it outputs. */
export function rehypeCodeTabs() {
	return (tree: Root) => {
		groupChildren(tree);
	};
}
