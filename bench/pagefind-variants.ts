/**
 * `npm run bench:pagefind`: re-indexes a kept benchmark build with other Pagefind settings and
 * measures each index (time to build it, size, bytes and time of cold searches), without
 * rebuilding the site. Each variant works on a hard-linked copy of the build.
 *
 *   npm run bench -- --sizes 10000 --keep
 *   npm run bench:pagefind -- --size 10000 [--variants default,faq-pages-only,max-fragments-1000]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { PAGEFIND_CONFIG } from '../src/integrations/pagefind';
import { type ColdRun, launchBrowser, measureColdSearch } from './lib/browser';
import { generateCorpus, generatorPath } from './lib/corpus';
import { measureDist } from './lib/dist';
import { startServer } from './lib/server';
import { median, qualityByType, summarizeRuns } from './lib/stats';
import { REPO } from './lib/paths';

interface Variant {
	config: PagefindServiceConfig;
	/** Which HTML files Pagefind reads; the integration reads every one. */
	glob?: string;
}

/** What each variant changes from the integration's settings (src/integrations/pagefind.ts). */
const VARIANTS: Record<string, Variant> = {
	default: { config: PAGEFIND_CONFIG },
	// Only entry pages carry data-pagefind-body; the listing pages (home, tags), which grow with
	// the corpus, are parsed for nothing.
	'faq-pages-only': { config: PAGEFIND_CONFIG, glob: 'faq/**/*.html' },
	'max-fragments-1000': { config: { ...PAGEFIND_CONFIG, maxFragments: 1000 } },
};

function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length > 0)
		throw new Error(`Pagefind failed to ${step}: ${response.errors.join('; ')}`);
	return response;
}

/** Writes a new Pagefind bundle into `site`/pagefind and returns the seconds it took. */
async function index(site: string, variant: Variant): Promise<number> {
	const start = performance.now();
	try {
		const { index } = check('start', await pagefind.createIndex(variant.config));
		check(
			'index',
			await index!.addDirectory({ path: site, ...(variant.glob ? { glob: variant.glob } : {}) }),
		);
		check('write', await index!.writeFiles({ outputPath: join(site, 'pagefind') }));
	} finally {
		await pagefind.close();
	}
	return (performance.now() - start) / 1000;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			size: { type: 'string', default: '10000' },
			variants: { type: 'string', default: Object.keys(VARIANTS).join(',') },
		},
	});
	const size = Number(values.size);
	const dist = join(REPO, `dist-bench-${size}`);
	if (!existsSync(dist))
		throw new Error(`${dist} is missing: run \`npm run bench -- --sizes ${size} --keep\` first`);
	const names = values.variants.split(',').map((v) => v.trim());
	for (const name of names)
		if (!VARIANTS[name])
			throw new Error(`unknown variant ${name}; known: ${Object.keys(VARIANTS).join(', ')}`);
	const { queries } = generateCorpus(generatorPath(REPO), size);
	const browser = await launchBrowser();
	const rows: string[][] = [];
	try {
		for (const name of names) {
			const site = `${dist}-pagefind-${name}`;
			rmSync(site, { recursive: true, force: true });
			// Hard links: a copy of 10,000 pages in a moment, and the original stays untouched.
			execFileSync('cp', ['-al', dist, site]);
			rmSync(join(site, 'pagefind'), { recursive: true });
			try {
				const seconds = await index(site, VARIANTS[name]!);
				const { pagefind: bundle } = await measureDist(site);
				const server = await startServer(site);
				const cold: ColdRun[] = [];
				try {
					for (const query of queries) cold.push(await measureColdSearch(browser, server, query));
				} finally {
					await server.close();
				}
				const s = summarizeRuns(cold);
				const q = qualityByType(cold)['all']!;
				rows.push([
					name,
					seconds.toFixed(1),
					(bundle.bytes / 1024 ** 2).toFixed(1),
					String(bundle.files),
					(median(cold.map((c) => c.ms)) ?? NaN).toFixed(0),
					((s.medianBytes ?? NaN) / 1024).toFixed(1),
					((s.maxBytes ?? NaN) / 1024).toFixed(1),
					`${Math.round(q.top1 * 100)} %`,
				]);
				console.log(`${name}: indexed in ${seconds.toFixed(1)} s, ${bundle.files} files`);
			} finally {
				rmSync(site, { recursive: true, force: true });
			}
		}
	} finally {
		await browser.close();
	}
	const header = [
		'variant',
		'index s',
		'bundle MiB',
		'files',
		'cold median ms',
		'cold median KiB',
		'cold max KiB',
		'top-1',
	];
	console.log(
		[header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n'),
	);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
