import { pathToFileURL } from 'node:url';
import {
	type MarkdownHeading,
	type RehypePlugin,
	type SyntaxHighlightConfig,
	type SyntaxHighlightConfigType,
	rehypeHeadingIds,
	unified,
} from '@astrojs/markdown-remark';
import type { AstroConfig, AstroUserConfig } from 'astro';
import rehypeRaw from 'rehype-raw';
import remarkMdx from 'remark-mdx';
import { rehypeCodeTabs } from '../plugins/rehype-code-tabs';
import { rehypeCollectPlaceholders } from '../plugins/rehype-collect-placeholders';
import { type Section, rehypeHeadingAnchors } from '../plugins/rehype-heading-anchors';
import { MDX_NODE_TYPES, rehypeMdxStatic } from '../plugins/rehype-mdx-static';
import { rehypeShikiCached } from '../plugins/rehype-shiki-cached';
import { rehypeSectionShare } from '../plugins/rehype-section-share';
import { rehypeTableScroll } from '../plugins/rehype-table-scroll';
import { remarkCallouts } from '../plugins/remark-callouts';
import { remarkFaqLinks } from '../plugins/remark-faq-links';
import { shikiClassTokens } from '../plugins/shiki-class-tokens';
import { shikiCommands } from '../plugins/shiki-commands';
import { shikiWholeLines } from '../plugins/shiki-whole-lines';

/** Everything the pipeline depends on. Plain data, so a render worker can rebuild it. */
export interface PipelineOptions {
	/** The configured `site`, for the absolute URLs that "Salin tautan" copies. */
	site: string;
	/** The configured `base`, e.g. `/` or `/docs/ack-faq/`. */
	base: string;
	/** Every entry slug, so a `faq:slug` link to a missing entry fails while its file renders. */
	slugs: readonly string[];
}

type MarkdownConfig = NonNullable<AstroUserConfig['markdown']>;
type SyntaxHighlight = SyntaxHighlightConfig | SyntaxHighlightConfigType | false;

/**
 * The site's Markdown configuration: `markdown` in astro.config.mjs, and what the FAQ loader's
 * render workers rebuild for themselves (they cannot receive plugin functions from the build).
 */
export function siteMarkdown(options: PipelineOptions) {
	return {
		processor: unified({ ...TEXT, ...plugins(options) }),
		shikiConfig: SHIKI,
	} satisfies MarkdownConfig;
}

/**
 * GFM is registered by the unified processor itself, once; do not add remark-gfm again.
 * SmartyPants is off: curly quotes and dashes would corrupt error messages readers copy.
 */
const TEXT = { gfm: true, smartypants: false };

const SHIKI = {
	themes: { light: 'github-light', dark: 'github-dark' },
	defaultColor: false,
	langAlias: { output: 'plaintext' },
	// Classes instead of inline styles, so the site runs under style-src 'self'.
	transformers: [shikiWholeLines(), shikiCommands(), shikiClassTokens()],
} satisfies MarkdownConfig['shikiConfig'];

function plugins({ site, base, slugs }: PipelineOptions) {
	return {
		remarkPlugins: [remarkCallouts, remarkFaqLinks({ base, slugs: new Set(slugs) })],
		rehypePlugins: [
			rehypeHeadingAnchors,
			rehypeSectionShare({ site, base }),
			rehypeCodeTabs,
			rehypeCollectPlaceholders,
			rehypeTableScroll,
		],
	};
}

/** Astro's resolved setting, in the shape the renderer takes (no `undefined` members). */
function highlighter(setting: AstroConfig['markdown']['syntaxHighlight']): SyntaxHighlight {
	if (!setting || typeof setting === 'string') return setting;
	return setting.excludeLangs
		? { type: setting.type, excludeLangs: setting.excludeLangs }
		: { type: setting.type };
}

/** Shiki with Astro's default exclusions only; anything else is left to Astro's own plugin. */
function highlightsWithShiki(setting: SyntaxHighlightConfig | SyntaxHighlightConfigType): boolean {
	if (typeof setting === 'string') return setting === 'shiki';
	return setting.type === 'shiki' && (setting.excludeLangs ?? []).every((l) => l === 'math');
}

/** A rendered entry, as the content layer stores it. */
export interface RenderedEntry {
	html: string;
	metadata: { headings: MarkdownHeading[]; frontmatter: Record<string, unknown> };
}

/**
 * Two steps Astro's processor adds to every pipeline that entries do not need. unified turns a
 * plugin off when it is registered with `false` before Astro registers it without options.
 * - rehype-raw re-parses the whole tree through parse5 so that raw HTML becomes nodes: about a
 *   third of an entry's rendering. Entries have no raw HTML: MDX parses HTML as JSX, which
 *   rehypeMdxStatic rejects.
 * - Astro's heading ids: rehypeHeadingAnchors has given every heading its id already, and the
 *   headings list is built from its sections.
 */
const OFF_FOR_ENTRIES: [RehypePlugin, false][] = [
	[rehypeRaw, false],
	[rehypeHeadingIds, false],
];

/**
 * Renders FAQ entries: the site's Markdown pipeline with MDX syntax on top, so the pinned heading
 * ids `{/* #solusi *\/}` parse as MDX, and Shiki through Astro's own rehype plugin. Entries become
 * static HTML this way instead of one compiled MDX module each.
 */
export async function createEntryRenderer(
	options: PipelineOptions,
	syntaxHighlight: AstroConfig['markdown']['syntaxHighlight'],
) {
	const { remarkPlugins, rehypePlugins } = plugins(options);
	const shiki = highlighter(syntaxHighlight);
	// Where Astro would run its Shiki plugin: first among the rehype plugins.
	const highlight = shiki && highlightsWithShiki(shiki) ? [rehypeShikiCached(SHIKI)] : [];
	const renderer = await unified({
		...TEXT,
		remarkPlugins: [remarkMdx, ...remarkPlugins],
		rehypePlugins: [...highlight, ...rehypePlugins, rehypeMdxStatic, ...OFF_FOR_ENTRIES],
		remarkRehype: { passThrough: MDX_NODE_TYPES },
	}).createRenderer({ syntaxHighlight: highlight.length ? false : shiki, shikiConfig: SHIKI });
	/** `content` is the file with its frontmatter blanked out, so line numbers stay right. */
	return async (file: string, content: string, frontmatter: Record<string, unknown>) => {
		const { code, metadata } = await renderer.render(content, {
			frontmatter,
			fileURL: pathToFileURL(file),
		});
		const sections = (metadata.frontmatter['sections'] ?? []) as Section[];
		const headings = sections.map(({ depth, id, text }) => ({ depth, slug: id, text }));
		return {
			html: code,
			metadata: { headings, frontmatter: metadata.frontmatter },
		} satisfies RenderedEntry;
	};
}
