/**
 * `npm run bench`: builds the real site and the site with synthetic corpora of each size, then
 * measures the builds, their output, an entry page's first load, search and Lighthouse, and
 * writes bench/results/<date>.md and .json.
 *
 *   npm run bench -- [--sizes 1000,10000] [--skip-lighthouse] [--keep] [--notes FILE]
 *
 * Environment: BENCH_CORPUS_GENERATOR (an outside generator to use instead of bench/corpus, see
 * bench/lib/corpus.ts), BENCH_LIGHTHOUSE_DIR (a folder where lighthouse is installed, while it
 * is not a devDependency), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import {
	launchBrowser,
	measureColdSearch,
	measureFirstLoad,
	measureWarmSearches,
} from './lib/browser';
import { measureBuild } from './lib/build';
import { guardContentDir } from './lib/guard';
import {
	assertCorpusBuilt,
	type Corpus,
	corpusEnv,
	corpusGenerator,
	generateCorpus,
	removeCorpus,
} from './lib/corpus';
import { measureDist } from './lib/dist';
import { lighthousePages, lighthouseResult, loadLighthouse } from './lib/lighthouse';
import {
	type BenchResults,
	type LighthouseResult,
	type Machine,
	type SiteRun,
	renderConsole,
	renderMarkdown,
} from './lib/report';
import { startServer } from './lib/server';
import { CONTENT_BENCH, REPO } from './lib/paths';

const REAL_ENTRIES = join(REPO, 'content/faq');
const RESULTS = join(REPO, 'bench/results');
const LIGHTHOUSE_RUNS = 3;

/** Generous, growing with the corpus: this only stops a hung build, never a slow one. */
const buildTimeoutMs = (synthetic: number) => (300 + synthetic * 0.15) * 1000;

function options() {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string', default: '1000,10000' },
			'skip-lighthouse': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			notes: { type: 'string' },
		},
	});
	const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
	if (sizes.some((n) => !Number.isInteger(n) || n < 1))
		throw new Error(`--sizes wants positive whole numbers, got "${values.sizes}"`);
	return {
		sizes,
		skipLighthouse: values['skip-lighthouse'],
		keep: values.keep,
		notes: values.notes,
	};
}

const log = (message: string) =>
	console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function versionOf(pkg: string): string {
	return JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

function machine(browser: Browser): Machine {
	return {
		nproc: availableParallelism(),
		memoryGiB: totalmem() / 1024 ** 3,
		cpu: cpus()[0]?.model ?? 'unknown',
		node: process.version,
		chromium: browser.version(),
		astro: versionOf('astro'),
		pagefind: versionOf('pagefind'),
	};
}

/** A real entry of median size: the page Lighthouse and the real site's first load look at. */
function medianRealEntry(): string {
	const files = readdirSync(REAL_ENTRIES)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => ({ slug: f.slice(0, -'.mdx'.length), size: statSync(join(REAL_ENTRIES, f)).size }))
		.sort((a, b) => a.size - b.size);
	return files[Math.floor(files.length / 2)]!.slug;
}

/**
 * Builds with `synthetic` generated entries next to the real ones (none for the real site) and
 * measures the build. The synthetic entries are removed as soon as the build is over, whatever
 * happens, so no later build can ship them.
 */
async function buildSite(
	synthetic: number,
	outDir: string,
	logDir: string,
): Promise<{ run: SiteRun; corpus: Corpus | undefined }> {
	rmSync(join(REPO, outDir), { recursive: true, force: true });
	let corpus: Corpus | undefined;
	try {
		if (synthetic > 0) {
			log(`generating ${synthetic} entries into content/bench/`);
			corpus = generateCorpus(synthetic, CONTENT_BENCH);
		}
		const entries = readdirSync(REAL_ENTRIES).filter((f) => f.endsWith('.mdx')).length + synthetic;
		log(`building ${entries} entries into ${outDir}/`);
		// Writing the corpus and removing the last output leave the disk busy for seconds after
		// (this machine's file system discards freed blocks); that work is not the build's.
		const flushed = performance.now();
		execFileSync('sync');
		log(`disk flushed in ${((performance.now() - flushed) / 1000).toFixed(1)} s`);
		const loadBefore = loadavg()[0]!;
		const build = await measureBuild({
			repoRoot: REPO,
			outDir,
			logFile: join(logDir, `build-${synthetic}.log`),
			timeoutMs: buildTimeoutMs(synthetic),
			env: synthetic > 0 ? corpusEnv(REPO, CONTENT_BENCH) : {},
		});
		const run: SiteRun = { synthetic, entries, loadBefore, loadAfter: loadavg()[0]!, build };
		if (!build.ok) run.error = `build exited with ${build.exitCode}; see ${build.logFile}`;
		log(
			`built in ${build.wallS.toFixed(1)} s, peak ${(build.peakTreeRssBytes / 1024 ** 3).toFixed(2)} GiB${build.ok ? '' : ' (FAILED)'}`,
		);
		return { run, corpus };
	} finally {
		removeCorpus(CONTENT_BENCH);
	}
}

/** Output size, first loads of an entry page and the home page, and for synthetic corpora, search. */
async function measureSite(
	run: SiteRun,
	outDir: string,
	browser: Browser,
	corpus: Corpus | undefined,
): Promise<void> {
	const dir = join(REPO, outDir);
	run.dist = await measureDist(dir);
	const server = await startServer(dir);
	try {
		run.entryPath = `/faq/${corpus?.typical ?? medianRealEntry()}/`;
		log(`first load of ${run.entryPath}`);
		run.firstLoad = await measureFirstLoad(browser, server, run.entryPath);
		run.homeLoad = await measureFirstLoad(browser, server, '/');
		if (!corpus) return;
		assertCorpusBuilt(dir, corpus);
		log(`${corpus.queries.length} cold searches`);
		run.cold = [];
		for (const query of corpus.queries)
			run.cold.push(await measureColdSearch(browser, server, query));
		log('warm searches');
		run.warm = await measureWarmSearches(browser, server, corpus.queries);
	} finally {
		await server.close();
	}
}

async function lighthouseScores(outDir: string, skip: boolean): Promise<LighthouseResult> {
	if (skip) return { skipped: '--skip-lighthouse was given.' };
	const tools = await loadLighthouse(REPO);
	if (!tools) {
		const message =
			'the `lighthouse` package is not installed (add it to devDependencies, or point BENCH_LIGHTHOUSE_DIR at a folder where it is installed).';
		log(`Lighthouse skipped: ${message}`);
		return { skipped: message };
	}
	const pages = lighthousePages(medianRealEntry());
	return lighthouseResult(tools, join(REPO, outDir), pages, LIGHTHOUSE_RUNS, log);
}

async function main(): Promise<void> {
	const opts = options();
	guardContentDir(CONTENT_BENCH);
	const logDir = mkdtempSync(join(tmpdir(), 'ack-faq-bench-'));
	const browser = await launchBrowser();
	const host = machine(browser);
	const runs: SiteRun[] = [];
	const outDirs: string[] = [];
	let lighthouse: LighthouseResult;
	try {
		for (const synthetic of [0, ...opts.sizes]) {
			const outDir = synthetic === 0 ? 'dist-bench-real' : `dist-bench-${synthetic}`;
			outDirs.push(outDir);
			const { run, corpus } = await buildSite(synthetic, outDir, logDir);
			runs.push(run);
			// A failed measurement is recorded and the run goes on: the other sizes still count.
			if (run.build.ok)
				await measureSite(run, outDir, browser, corpus).catch((error: unknown) => {
					run.error = `measuring the build failed: ${error instanceof Error ? error.message : String(error)}`;
				});
		}
		lighthouse = runs[0]!.build.ok
			? await lighthouseScores('dist-bench-real', opts.skipLighthouse)
			: { skipped: 'the real site did not build.' };
	} finally {
		await browser.close();
		if (!opts.keep)
			for (const dir of outDirs) rmSync(join(REPO, dir), { recursive: true, force: true });
	}

	const results: BenchResults = {
		date: new Date().toISOString().slice(0, 10),
		machine: host,
		sizes: opts.sizes,
		generator: corpusGenerator(),
		runs,
		lighthouse,
	};
	mkdirSync(RESULTS, { recursive: true });
	const base = join(RESULTS, results.date);
	writeFileSync(`${base}.json`, `${JSON.stringify(results, null, '\t')}\n`);
	writeFileSync(
		`${base}.md`,
		renderMarkdown(results, opts.notes ? readFileSync(opts.notes, 'utf8') : undefined),
	);
	console.log(`\n${renderConsole(results)}\n\nwrote ${base}.md and .json; build logs in ${logDir}`);
	if (runs.some((r) => r.error)) process.exitCode = 1;
}

main().catch((error: unknown) => {
	removeCorpus(CONTENT_BENCH);
	console.error(error);
	process.exit(1);
});
