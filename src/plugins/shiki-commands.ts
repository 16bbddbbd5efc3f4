/**
 * Shiki transformer that turns each highlighted fence into a code figure with a header, a copy
 * button for commands and marked placeholders. Registered in `shikiConfig.transformers`.
 *
 * HTML contract (the CSS, the rehype plugins and src/scripts/faq-code.ts rely on it):
 *
 * ```html
 * <figure class="code" data-lang="bash" data-kind="command" data-tab="containerd">
 *   <figcaption class="code-head">
 *     <span class="code-lang">Bash</span>
 *     <span class="code-title">…</span>
 *     <button type="button" class="code-copy" disabled>Salin</button>
 *   </figcaption>
 *   <pre class="astro-code …" tabindex="0" data-copy="…"><code>…
 *     <span class="line">…<span class="ph" data-ph="NODE_NAME" data-ph-label="Nama node">[$NODE_NAME]</span></span>
 *     <span class="line out">…</span>
 *   </code></pre>
 * </figure>
 * ```
 *
 * - `data-lang` is the fence language as written; `data-kind` is `command` or `output`.
 * - `data-tab` only when the meta has `tab="…"`; `.code-title` only with `title="…"`.
 * - `.code-lang` reads "Keluaran" for output blocks, which have no button and no `data-copy`.
 * - The text to copy is `pre[data-copy]` when present, otherwise the `<pre>`'s text as built
 *   (`textContent` before the script fills placeholders). `data-copy` is only written when the
 *   two differ (prompts or output lines removed), to keep pages small. Placeholders stay as written
 *   in both.
 * - In a mixed block (prompts and output), each output line is `<span class="line out">`.
 * - Each placeholder is one `span.ph` holding only its text as written, with `data-ph` (its name:
 *   `NODE_NAME` for `[$NODE_NAME]`, the literal itself for declared literals), `data-ph-label` and,
 *   when declared, `data-ph-example`.
 *
 * Fence meta: `title="…"`, `tab="…"` and `placeholders="…"` (grammar in
 * src/lib/commands/parse-fence-meta.ts). A placeholder without a label fails the build.
 */
import type { Element, ElementContent, Root } from 'hast';
import { splitTokens, type ShikiTransformer, type ThemedToken } from 'shiki';
import defaultLabels from '../config/placeholders.json';
import { codeLanguage } from '../lib/commands/code-language';
import { copyText, outputLines } from '../lib/commands/copy-text';
import { parseFenceMeta, parsePlaceholderDeclarations } from '../lib/commands/parse-fence-meta';
import {
	resolvePlaceholders,
	type ResolvedPlaceholder,
} from '../lib/commands/resolve-placeholders';
import { codeLabels } from '../i18n/code';

/** Options of {@link shikiCommands}. */
export interface ShikiCommandsOptions {
	/** Labels of `[$NAME]` placeholders, by NAME. Defaults to src/config/placeholders.json. */
	labels?: Readonly<Record<string, string>>;
}

interface Block {
	lang: string;
	label: string;
	copy: string | null;
	source: string;
	/** 1-based output lines of a mixed block. */
	output: Set<number>;
	title?: string | undefined;
	tab?: string | undefined;
}

// Tab values end up in a space-separated data-tab-group and in element ids.
const TAB_VALUE = /^[A-Za-z0-9][\w.-]{0,39}$/;

const el = (
	tagName: string,
	properties: Element['properties'],
	children: ElementContent[] = [],
): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string) => ({ type: 'text' as const, value });

/** Reads one block's meta and code; throws an Error written for the author. */
function analyse(
	source: string,
	lang: string,
	meta: string | undefined,
	labels: Readonly<Record<string, string>>,
) {
	const attrs = parseFenceMeta(meta);
	const tab = attrs.get('tab');
	if (tab !== undefined && !TAB_VALUE.test(tab)) {
		throw new Error(
			`tab="${tab.slice(0, 40)}" must be one word such as tab="containerd" or tab="docker"`,
		);
	}
	const declarations = parsePlaceholderDeclarations(attrs.get('placeholders') ?? '');
	const placeholders = resolvePlaceholders(source, declarations, labels, lang);
	const copy = copyText(source, lang);
	const block: Block = {
		lang,
		label: copy === null ? codeLabels.output : codeLanguage(lang).label,
		copy,
		output: new Set(copy === null ? [] : outputLines(source, lang)),
		source: source.split(/\r\n?|\n/).join('\n'),
		title: attrs.get('title') || undefined,
		tab,
	};
	return { block, placeholders };
}

/** Cuts tokens at placeholder edges and folds each placeholder into a single marked token. */
function markTokens(
	lines: ThemedToken[][],
	placeholders: readonly ResolvedPlaceholder[],
): ThemedToken[][] {
	const split = splitTokens(
		lines,
		placeholders.flatMap((p) => [p.start, p.end]),
	);
	let next = 0;
	return split.map((line) => {
		const out: ThemedToken[] = [];
		for (const token of line) {
			while (next < placeholders.length && placeholders[next]!.end <= token.offset) next++;
			const p = placeholders[next];
			if (!p || token.offset < p.start) {
				out.push(token);
			} else if (token.offset === p.start) {
				out.push({
					content: p.text,
					offset: p.start,
					// No colour of its own: a mark reads the same whatever the grammar made of it.
					htmlStyle: {},
					htmlAttrs: {
						'data-ph': p.name,
						'data-ph-label': p.label,
						...(p.example ? { 'data-ph-example': p.example } : {}),
					},
				});
			}
			// Tokens inside a placeholder after its first are folded into the mark above.
		}
		return out;
	});
}

/**
 * Creates the transformer. It throws (failing the build) when a fence's meta does not parse, when
 * a placeholder has no label, or when `tab` is not a single word; the message names the block
 * by its first line and shows the syntax to use.
 */
export function shikiCommands(options: ShikiCommandsOptions = {}): ShikiTransformer {
	const labels = options.labels ?? defaultLabels;
	// Per-highlight state, keyed by the context's `meta` object, which Shiki creates per call.
	const blocks = new WeakMap<object, Block>();
	const blockOf = (meta: object) => blocks.get(meta);

	return {
		name: 'ack-faq:commands',
		tokens(lines) {
			const lang = (this.options.lang || 'text').toLowerCase();
			let result;
			try {
				result = analyse(this.source, lang, this.options.meta?.__raw, labels);
			} catch (error) {
				const first = this.source.trimStart().split('\n', 1)[0]!.slice(0, 60);
				throw new Error(
					`In the \`\`\`${lang} code block starting "${first}":\n${(error as Error).message}`,
					{ cause: error },
				);
			}
			blocks.set(this.meta, result.block);
			return result.placeholders.length ? markTokens(lines, result.placeholders) : undefined;
		},
		span(node) {
			const p = node.properties;
			if (p['data-ph'] === undefined) return;
			// Normalised hast, so later rehype plugins read it like any parsed HTML.
			node.properties = {
				className: ['ph'],
				dataPh: p['data-ph'],
				dataPhLabel: p['data-ph-label'],
				...(p['data-ph-example'] === undefined ? {} : { dataPhExample: p['data-ph-example'] }),
			};
		},
		line(node, line) {
			if (blockOf(this.meta)?.output.has(line)) this.addClassToHast(node, 'out');
		},
		pre(node) {
			const block = blockOf(this.meta);
			if (block?.copy != null && block.copy !== block.source) {
				node.properties['dataCopy'] = block.copy;
			}
		},
		root(root: Root) {
			const block = blockOf(this.meta);
			const pre = root.children[0];
			if (!block || pre?.type !== 'element' || pre.tagName !== 'pre') return;
			// The chrome ("Bash", "Salin") is not content: keep it out of search excerpts.
			const head = el('figcaption', { className: ['code-head'], dataPagefindIgnore: '' }, [
				el('span', { className: ['code-lang'] }, [text(block.label)]),
			]);
			if (block.title) {
				head.children.push(el('span', { className: ['code-title'] }, [text(block.title)]));
			}
			if (block.copy !== null) {
				head.children.push(
					el('button', { type: 'button', className: ['code-copy'], disabled: true }, [
						text(codeLabels.copy),
					]),
				);
			}
			const figure = el(
				'figure',
				{
					className: ['code'],
					dataLang: block.lang,
					dataKind: block.copy === null ? 'output' : 'command',
					...(block.tab ? { dataTab: block.tab } : {}),
				},
				[head, pre],
			);
			root.children.splice(0, 1, figure);
		},
	};
}
