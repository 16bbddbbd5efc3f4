import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type AuditedPage, auditLinks, brokenLinksReport, scanHtml } from '../lib/link-audit';
import { entryFiles, faqFolders, slugOf } from '../loaders/folders';
import { onRenderedPage } from './rendered-pages';

/**
 * Fails the build when any page links to a page or section that does not exist. Each page is
 * scanned as it renders (`rendered-pages.ts`); the audit runs once all of them are in.
 */
export function linkCheck(): AstroIntegration {
	let base = '/';
	let stopListening = () => {};
	let pages: AuditedPage[] = [];
	/** Entry files by slug, to name the file an author has to fix. */
	let files = new Map<string, string>();
	return {
		name: 'ack-faq:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				const root = fileURLToPath(config.root);
				files = new Map(entryFiles(faqFolders(), root).map((file) => [slugOf(file), file]));
			},
			'astro:build:start': () => {
				pages = [];
				stopListening = onRenderedPage(({ path, html }) => pages.push(scanHtml(path, html)));
			},
			'astro:build:done': ({ dir, logger }) => {
				stopListening();
				if (pages.length === 0) {
					throw new Error(
						'Link check received no pages: is the renderedPages() integration installed?',
					);
				}
				const out = fileURLToPath(dir);
				const broken = auditLinks(pages, base, (p) => existsSync(join(out, p)));
				const checked = pages.length;
				// The integration outlives this hook; Pagefind indexes next and needs the memory.
				pages = [];
				if (broken.length > 0)
					throw new Error(brokenLinksReport(broken, (slug) => files.get(slug)));
				logger.info(`checked links on ${checked} pages`);
			},
		},
	};
}
