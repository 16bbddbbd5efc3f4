import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { lockCache } from './cache-lock';
import { BODY_FOLDER, bodyFileOf } from './entry-body';
import { entryFiles, slugOf } from './folders';
import { type RenderPool, createRenderPool } from './render-pool';

export interface FaqLoaderOptions {
	/** Folders of `.mdx` entries, relative to the project root. */
	folders: readonly string[];
}

/**
 * Loads every `*.mdx` file of the folders as an entry whose id is its file name, validates its
 * frontmatter against the collection schema, and stores it rendered to HTML.
 *
 * Why not `glob()`: it makes every MDX file a compiled module that Vite bundles, Node loads and
 * Astro renders, which at thousands of entries is most of the build's time and memory (figures in
 * bench/results/). Entries need MDX only for its
 * syntax (comments such as pinned heading ids), so they render to static HTML here, on every
 * core, and pages insert it (src/markdown/pipeline.ts). Unchanged files keep their stored
 * rendering between builds; in dev, a file is loaded again when saved.
 */
export function faqLoader({ folders }: FaqLoaderOptions): Loader {
	return {
		name: 'ack-faq-mdx',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const files = entryFiles(folders, root);
			const bySlug = claimSlugs(files);
			for (const id of context.store.keys()) if (!bySlug.has(id)) context.store.delete(id);

			const cacheDir = context.config.cacheDir;
			await mkdir(new URL(BODY_FOLDER, cacheDir), { recursive: true });
			lockCache(cacheDir);
			const pipeline = await fingerprint(root, PIPELINE_SOURCES);
			const pool = await createRenderPool(
				{ site: context.config.site ?? '', base: context.config.base, slugs: [...bySlug.keys()] },
				context.config.markdown.syntaxHighlight,
				files.length,
				cacheDir,
			);
			try {
				await eachLimited(files, pool.capacity, (file) =>
					loadEntry(context, pool, { root, cacheDir, pipeline }, file),
				);
			} finally {
				if (!context.watcher) await pool.close();
			}
			context.watcher?.on('change', async (path) => {
				const file = relative(root, path).replaceAll('\\', '/');
				if (bySlug.get(slugOf(file)) === file)
					await loadEntry(context, pool, { root, cacheDir, pipeline }, file);
			});
		},
	};
}

/**
 * Runs `task` over the items, `limit` at a time: enough to keep every render worker busy, few
 * enough that 10,000 entries are not all read and parsed at once. Stops at the first failure.
 */
async function eachLimited<T>(
	items: readonly T[],
	limit: number,
	task: (item: T) => Promise<void>,
) {
	let next = 0;
	let failed = false;
	const run = async () => {
		try {
			while (!failed && next < items.length) await task(items[next++]!);
		} catch (error) {
			failed = true;
			throw error;
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/**
 * Part of every digest: change it when what the loader stores changes shape, or Astro keeps the
 * entries stored by an older loader (it ignores a `set` whose digest is unchanged).
 */
const STORED_FORMAT = 'faq-mdx/3';

/** The code an entry's rendering depends on: when any of it changes, every entry renders again. */
const PIPELINE_SOURCES = [
	'src/markdown',
	'src/plugins',
	'src/loaders',
	'src/lib',
	'src/config',
	'src/i18n',
];

async function fingerprint(root: string, folders: readonly string[]): Promise<string> {
	const hash = createHash('sha256');
	for (const folder of folders) {
		const names = (await readdir(resolve(root, folder), { recursive: true })).sort();
		for (const name of names) {
			if (name.includes('.test.') || name.includes('__fixtures__')) continue;
			const path = resolve(root, folder, name);
			if ((await stat(path)).isFile()) hash.update(name).update(await readFile(path));
		}
	}
	return hash.digest('hex');
}

/** The file name is the slug, whichever folder it is in; two files with one would shadow each other. */
function claimSlugs(files: readonly string[]): Map<string, string> {
	const bySlug = new Map<string, string>();
	for (const file of files) {
		const slug = slugOf(file);
		const owner = bySlug.get(slug);
		if (owner) {
			throw new Error(
				`${file}: slug "${slug}" is already used by ${owner}; every entry needs its own file name`,
			);
		}
		bySlug.set(slug, file);
	}
	return bySlug;
}

async function loadEntry(
	{ store, parseData, generateDigest }: LoaderContext,
	pool: RenderPool,
	{ root, cacheDir, pipeline }: { root: string; cacheDir: URL; pipeline: string },
	file: string,
) {
	const id = slugOf(file);
	const path = resolve(root, file);
	const bodyFile = bodyFileOf(id);
	const out = fileURLToPath(new URL(bodyFile, cacheDir));
	const source = await readFile(path, 'utf8');
	const digest = generateDigest(`${STORED_FORMAT}\n${pipeline}\n${source}`);
	if (store.get(id)?.digest === digest && existsSync(out)) return;
	// Blank lines in place of the frontmatter keep line numbers in error messages right.
	const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
	const data = await parseData({ id, data: frontmatter, filePath: file });
	const metadata = await pool.render({ file: path, content, frontmatter, out });
	// The HTML stays in the body file (see entry-body.ts); pages read it from `bodyFile`, a path
	// relative to the cache folder.
	store.set({
		id,
		data,
		filePath: file,
		digest,
		rendered: {
			html: '',
			metadata: { ...metadata, frontmatter: { ...metadata.frontmatter, bodyFile } },
		},
	});
}
