import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { onRenderedPage } from './rendered-pages';

/** One chunk of the client build: its file, relative to the output folder, and what it imports. */
export interface ClientChunk {
	readonly fileName: string;
	/** Chunks it imports statically (its dynamic imports load later, if ever). */
	readonly imports: readonly string[];
}

/**
 * The files a browser needs to run `entry`: the chunk itself, then every chunk it imports
 * statically, transitively, each once.
 */
export function preloadFiles(entry: string, chunks: ReadonlyMap<string, ClientChunk>): string[] {
	const files: string[] = [];
	const visit = (fileName: string) => {
		if (files.includes(fileName)) return;
		files.push(fileName);
		for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
	};
	visit(entry);
	return files;
}

/** `html` with a `<link rel="modulepreload">` for each href, at the end of its <head>. */
export function withModulePreloads(html: string, hrefs: readonly string[], file: string): string {
	const end = html.indexOf('</head>');
	if (end < 0) throw new Error(`modulePreload: ${file} has no </head> to add preload links to`);
	const links = hrefs.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
	return `${html.slice(0, end)}${links}${html.slice(end)}`;
}

/**
 * Lets a page fetch the script it runs at once while its HTML is still arriving. site.ts
 * imports a page's own script (the search page's, for one) only when the page has its element,
 * so the browser would learn of that script, and of the chunks it imports, only after fetching
 * and running site.ts: a round trip later, which on a phone's network is the longest wait
 * before the first results. `scripts` maps an element to the module that element's page runs,
 * relative to the project root (`{ 'faq-search-page': 'src/scripts/faq-search-page.ts' }`);
 * every page with that element gets `<link rel="modulepreload">` for the module's chunk and
 * the chunks it imports.
 */
export function modulePreload(scripts: Readonly<Record<string, string>>): AstroIntegration {
	let root = '';
	let base = '/';
	const chunks = new Map<string, ClientChunk>();
	/** Module id → its chunk's file, for the modules in `scripts`. */
	const entries = new Map<string, string>();
	/** Output file → the elements of `scripts` it holds. */
	const pages = new Map<string, string[]>();
	let stopListening: (() => void) | undefined;
	return {
		name: 'ack-faq:module-preload',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'ack-faq:module-preload',
								generateBundle(_options, bundle) {
									if (this.environment?.name !== 'client') return;
									for (const output of Object.values(bundle)) {
										if (output.type !== 'chunk') continue;
										chunks.set(output.fileName, {
											fileName: output.fileName,
											imports: output.imports,
										});
										if (output.facadeModuleId) entries.set(output.facadeModuleId, output.fileName);
									}
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': () => {
				const elements = Object.keys(scripts);
				stopListening = onRenderedPage(({ file, html }) => {
					const found = elements.filter((element) => html.includes(`<${element}`));
					if (found.length) pages.set(file, found);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				stopListening?.();
				const hrefs = new Map<string, string[]>();
				for (const [element, module] of Object.entries(scripts)) {
					const entry = entries.get(resolve(root, module));
					if (!entry) {
						throw new Error(
							`modulePreload: ${module} (the script of <${element}>) is no chunk of the client build. Is it still loaded with import() from a page script, and is the path right?`,
						);
					}
					hrefs.set(
						element,
						preloadFiles(entry, chunks).map((file) => `${base}${file}`),
					);
				}
				const out = fileURLToPath(dir);
				await Promise.all(
					[...pages].map(async ([file, elements]) => {
						const path = join(out, file);
						const links = [...new Set(elements.flatMap((element) => hrefs.get(element)!))];
						await writeFile(path, withModulePreloads(await readFile(path, 'utf8'), links, file));
					}),
				);
				logger.info(`preload links on ${pages.size} page(s)`);
			},
		},
	};
}
