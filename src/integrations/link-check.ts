import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { auditLinks, scanHtml } from '../lib/link-audit';

const BATCH = 64;

/** Fails the build when any page links to a page or section that does not exist. */
export function linkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'ack-faq:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = await glob('**/*.html', { cwd: out });
				// In batches: opening 20,000 pages at once runs out of file handles.
				const pages = [];
				for (let i = 0; i < files.length; i += BATCH) {
					pages.push(
						...(await Promise.all(
							files.slice(i, i + BATCH).map(async (file) => {
								const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
								return scanHtml(path, await readFile(join(out, file), 'utf8'));
							}),
						)),
					);
				}
				const broken = auditLinks(pages, base, (p) => existsSync(join(out, p)));
				if (broken.length > 0) {
					const lines = broken.map((b) => {
						const source = b.from.startsWith('/faq/')
							? ` (content${b.from.replace(/\/$/, '.mdx')})`
							: '';
						return `  ${b.from}${source} links to "${b.href}": ${b.reason}`;
					});
					throw new Error(`Broken internal links:\n${lines.join('\n')}`);
				}
				logger.info(`checked links on ${pages.length} pages`);
			},
		},
	};
}
