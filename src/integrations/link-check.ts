import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type AuditedPage, auditLinks, scanHtml } from '../lib/link-audit';
import { onRenderedPage } from './rendered-pages';

/**
 * Fails the build when any page links to a page or section that does not exist. Each page is
 * scanned as it renders (`rendered-pages.ts`); the audit runs once all of them are in.
 */
export function linkCheck(): AstroIntegration {
	let base = '/';
	let stopListening = () => {};
	let pages: AuditedPage[] = [];
	return {
		name: 'ack-faq:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
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
				if (broken.length > 0) {
					const lines = broken.map((b) => {
						const source = b.from.startsWith('/faq/')
							? ` (content${b.from.replace(/\/$/, '.mdx')})`
							: '';
						return `  ${b.from}${source} links to "${b.href}": ${b.reason}`;
					});
					throw new Error(`Broken internal links:\n${lines.join('\n')}`);
				}
				logger.info(`checked links on ${checked} pages`);
			},
		},
	};
}
