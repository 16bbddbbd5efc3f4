// @ts-check
import { readdirSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { linkCheck } from './src/integrations/link-check';
import { pagefind } from './src/integrations/pagefind';
import { shikiCss } from './src/integrations/shiki-css';
import { rehypeCodeTabs } from './src/plugins/rehype-code-tabs';
import { rehypeCollectPlaceholders } from './src/plugins/rehype-collect-placeholders';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors';
import { rehypeSectionShare } from './src/plugins/rehype-section-share';
import { shikiClassTokens } from './src/plugins/shiki-class-tokens';
import { remarkCallouts } from './src/plugins/remark-callouts';
import { remarkFaqLinks } from './src/plugins/remark-faq-links';
import { shikiCommands } from './src/plugins/shiki-commands';

const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** A second output folder lets the e2e suite serve a sub-path build beside the normal one. */
const outDir = process.env.OUT_DIR ?? 'dist';

/** Every entry slug, so `faq:slug` links are checked while each file compiles. */
const slugs = new Set(
	['content/faq', ...(process.env.FAQ_EXTRA_CONTENT ? [process.env.FAQ_EXTRA_CONTENT] : [])]
		.flatMap((dir) => {
			try {
				return readdirSync(dir);
			} catch {
				return [];
			}
		})
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => f.slice(0, -'.mdx'.length)),
);

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// GFM is registered by the unified processor itself, once; do not add remark-gfm again.
		// SmartyPants is off: curly quotes and dashes would corrupt error messages readers copy.
		processor: unified({
			gfm: true,
			smartypants: false,
			remarkPlugins: [remarkCallouts, remarkFaqLinks({ base, slugs })],
			rehypePlugins: [
				rehypeHeadingAnchors,
				rehypeSectionShare({ site, base }),
				rehypeCodeTabs,
				rehypeCollectPlaceholders,
			],
		}),
		shikiConfig: {
			themes: { light: 'github-light', dark: 'github-dark' },
			defaultColor: false,
			langAlias: { output: 'plaintext' },
			// Classes instead of inline styles, so the site runs under style-src 'self'.
			transformers: [shikiCommands(), shikiClassTokens()],
		},
	},
	integrations: [mdx(), shikiCss(), linkCheck(), pagefind()],
	vite: {
		// Every MDX module carries Astro's "use astro:head-inject" directive, and Rolldown warns about
		// each one (10,000 lines at 10,000 entries) although the bundle is right.
		build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
	},
});
