import type { Element, Root } from 'hast';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What remark-mdx adds to the tree. remark-rehype must pass these through to hast. */
export const MDX_NODE_TYPES = [
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxjsEsm',
];
const IS_MDX = new Set(MDX_NODE_TYPES);

type MdxNode = Node & { value?: string; name?: string | null };

/** Only comments (and space) between the braces: `{/* #solusi *\/}`. */
const COMMENTS_ONLY = /^(?:\s*\/\*[\s\S]*?\*\/)+\s*$/;

function explain(node: MdxNode): string {
	switch (node.type) {
		case 'mdxjsEsm':
			return '`import` and `export` are not supported; entries are content, not code';
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return `<${node.name ?? ''}> is not supported; write Markdown instead (a note is \`> [!NOTE]\`, a table is a GFM table). To show the characters, put them in \`backticks\``;
		default:
			return `{${node.value ?? ''}} is not supported; only comments such as {/* #anchor */} may stand in braces. To show a brace, put it in \`backticks\` or write \\{`;
	}
}

/**
 * FAQ entries are MDX for its syntax (comments such as the pinned heading ids), but they render
 * to static HTML at content-sync time, without a module per entry. This removes the comments
 * left once the other plugins have read them, and fails the build, naming the file and line, on
 * anything that would need code to run: JSX, expressions, `import`/`export`.
 * Run it after every plugin that reads MDX nodes, and before HTML is serialised.
 */
export function rehypeMdxStatic() {
	return (tree: Root, file: VFile) => {
		visit(tree, (node, index, parent: Parent | undefined) => {
			// Code is literal text: MDX syntax inside it never became MDX nodes.
			if (node.type === 'element' && (node as Element).tagName === 'pre') return SKIP;
			if (!IS_MDX.has(node.type)) return;
			const mdx = node as MdxNode;
			const isComment =
				(mdx.type === 'mdxFlowExpression' || mdx.type === 'mdxTextExpression') &&
				COMMENTS_ONLY.test(mdx.value ?? '');
			if (!isComment || !parent || index === undefined) {
				const line = mdx.position?.start.line;
				file.fail(`${file.path}${line ? `:${line}` : ''}: ${explain(mdx)}`);
			}
			parent.children.splice(index, 1);
			return [SKIP, index];
		});
	};
}
