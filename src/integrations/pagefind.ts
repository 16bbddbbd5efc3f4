import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { createVocabularyBuilder } from '../lib/search/vocabulary';

/** Index options shared by the build and the benchmarks, so both measure the same index. */
export const PAGEFIND_CONFIG: PagefindServiceConfig = {
	// The content is Indonesian; detection could split short pages into another language's index.
	forceLanguage: 'id',
};

/**
 * Only entry pages carry `data-pagefind-body`. Pagefind would still read and process every other
 * page, one `/r/` redirect per entry among them, so they are left out (what that saves is in
 * bench/results/).
 */
export const ENTRY_PAGES = 'faq/*/index.html';

/**
 * Pagefind's binary runs beside the build process, which still holds the garbage of rendering
 * every page. A full collection first hands it back, so the two add up to a lower peak (measured
 * in bench/results/). Node exposes `gc` only behind a flag; set it here rather than in every
 * command that builds (npm scripts, the benchmark, CI).
 */
function collectGarbage() {
	const exposed = (globalThis as { gc?: () => void }).gc;
	if (exposed) return exposed();
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
	}
	return response;
}

/**
 * Indexes the built entry pages with Pagefind's Node API after `astro build`, writing the bundle
 * to `<dist>/pagefind/`. Only elements marked `data-pagefind-body` are indexed, so page chrome
 * never pollutes results.
 */
export function pagefind(config: PagefindServiceConfig = PAGEFIND_CONFIG): AstroIntegration {
	return {
		name: 'ack-faq:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const before = process.memoryUsage().rss;
				collectGarbage();
				const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
				const after = process.memoryUsage();
				logger.debug(
					`memory before indexing: RSS ${gib(before)} → ${gib(after.rss)} GiB, ` +
						`of it V8 heap ${gib(after.heapUsed)} used of ${gib(after.heapTotal)} GiB`,
				);
				try {
					const { index } = check('start', await pagefindApi.createIndex(config));
					if (!index) throw new Error('Pagefind returned no index');
					const { page_count } = check(
						'index the site',
						await index.addDirectory({ path: outDir, glob: ENTRY_PAGES }),
					);
					if (page_count === 0) throw new Error(`found no pages to index in ${outDir}`);
					check('write the bundle', await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
					const words = await writeVocabulary(outDir);
					logger.info(`indexed ${page_count} pages, ${words} words`);
				} catch (error) {
					throw new Error('Search indexing failed', { cause: error });
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}

/** Where the search vocabulary goes, beside the error signatures. */
export const VOCABULARY_DIR = 'search/vocabulary';
const FRAGMENT_HEADER = 'pagefind_dcd';

/**
 * Writes the search vocabulary (`src/lib/search/vocabulary.ts`) from the text Pagefind indexed:
 * each page's fragment holds it, so the vocabulary has exactly the index's words, whatever the
 * markup marks as indexed, weighted or ignored. Returns the number of words.
 */
export async function writeVocabulary(outDir: string): Promise<number> {
	const fragments = join(outDir, 'pagefind', 'fragment');
	const builder = createVocabularyBuilder();
	const unzip = promisify(gunzip);
	const names = (await readdir(fragments)).filter((name) => name.endsWith('.pf_fragment'));
	// Reading and unzipping overlap; the words are counted one page at a time.
	let next = 0;
	const read = async () => {
		while (next < names.length) {
			const name = names[next++]!;
			const bytes = await unzip(await readFile(join(fragments, name)));
			const text = bytes.toString('utf8');
			if (!text.startsWith(FRAGMENT_HEADER)) {
				throw new Error(`${name}: not a Pagefind fragment (Pagefind's format changed?)`);
			}
			const { content } = JSON.parse(text.slice(FRAGMENT_HEADER.length)) as {
				content?: unknown;
			};
			if (typeof content === 'string') builder.addPage(content);
		}
	};
	await Promise.all(Array.from({ length: 8 }, read));
	const { manifest, files } = builder.files();
	const dir = join(outDir, VOCABULARY_DIR);
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	await Promise.all(files.map((file) => writeFile(join(dir, file.name), file.json)));
	return manifest.words;
}
