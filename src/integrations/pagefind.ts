import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';

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
					logger.info(`indexed ${page_count} pages`);
				} catch (error) {
					throw new Error('Search indexing failed', { cause: error });
				} finally {
					await pagefindApi.close();
				}
			},
		},
	};
}
