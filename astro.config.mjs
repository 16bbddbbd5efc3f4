// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { linkCheck } from './src/integrations/link-check';
import { modulePreload } from './src/integrations/module-preload';
import { pagefind } from './src/integrations/pagefind';
import { renderedPages } from './src/integrations/rendered-pages';
import { shikiCss } from './src/integrations/shiki-css';
import { entryFiles, faqFolders, slugOf } from './src/loaders/folders';
import { siteMarkdown } from './src/markdown/pipeline';

const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** A second output folder lets the e2e suite serve a sub-path build beside the normal one. */
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	// Two pages at a time: while one waits on the disk (its body file, its output), the other renders.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
	// The same pipeline renders the FAQ entries (src/loaders/faq-mdx.ts) and any other Markdown.
	markdown: siteMarkdown({ site, base, slugs: entryFiles(faqFolders()).map(slugOf) }),
	integrations: [
		mdx(),
		shikiCss(),
		renderedPages(),
		linkCheck(),
		// The search page searches as soon as it opens: its script loads beside site.ts, not after.
		modulePreload({ 'faq-search-page': 'src/scripts/faq-search-page.ts' }),
		pagefind(),
	],
});
