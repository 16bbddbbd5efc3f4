/**
 * Lighthouse's four category scores for the site's pages, on its mobile and desktop presets,
 * with Debian's Chromium. The `lighthouse` package is optional: when it cannot be found the step
 * is skipped with a message, never a crash.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './server';
import { median } from './stats';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number | null>;

/** Lighthouse's default (a mid-range phone, simulated throttling) and its desktop preset. */
export const PRESETS = ['mobile', 'desktop'] as const;
export type Preset = (typeof PRESETS)[number];

/** The lab metrics behind the performance score (ms, except CLS, which has no unit). */
export const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	si: 'speed-index',
} as const;
export type Metrics = Record<keyof typeof METRICS, number | null>;

/** One Lighthouse run: the scores, the metrics, and the scored audits that did not pass. */
export interface LighthouseRun {
	scores: Scores;
	metrics: Metrics;
	failing: string[];
}

export interface LighthouseTools {
	version: string;
	run(url: string, preset: Preset): Promise<LighthouseRun>;
}

/** What the benchmark records: one line per page and preset. */
export interface LighthouseResult {
	version?: string;
	skipped?: string;
	runsPerPage?: number;
	pages?: Array<{
		path: string;
		preset?: Preset;
		scores: Scores;
		/** Medians over the runs; absent in results recorded before they were kept. */
		metrics?: Metrics;
		/** Scored audits that failed in any run, e.g. `is-crawlable`. */
		failing?: string[];
	}>;
}

/** The pages a reader meets first: the home page, an answer, and a search with results. */
export const lighthousePages = (entrySlug: string) => ['/', `/faq/${entrySlug}/`, '/cari/?q=x509'];

/**
 * Finds lighthouse in the repo's node_modules, or in BENCH_LIGHTHOUSE_DIR (a folder where it is
 * installed, for trying it before it is a devDependency). Returns null when it is in neither.
 */
export async function loadLighthouse(repoRoot: string): Promise<LighthouseTools | null> {
	const roots = [repoRoot, process.env.BENCH_LIGHTHOUSE_DIR].filter((r): r is string => !!r);
	for (const root of roots) {
		const require = createRequire(join(root, 'package.json'));
		let entry: string;
		try {
			entry = require.resolve('lighthouse');
		} catch {
			continue;
		}
		// chrome-launcher is lighthouse's own dependency: resolve it from there.
		const fromLighthouse = createRequire(entry);
		const { version } = fromLighthouse('lighthouse/package.json') as { version: string };
		const lighthouse = (await import(pathToFileURL(entry).href)).default;
		const launcher = await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
		const desktop = (
			await import(
				pathToFileURL(fromLighthouse.resolve('lighthouse/core/config/desktop-config.js')).href
			)
		).default as object;
		return {
			version,
			run: (url, preset) =>
				scoresFor(lighthouse, launcher, url, preset === 'desktop' ? desktop : undefined),
		};
	}
	return null;
}

/**
 * Every page of `paths` on every preset, `runs` times each, served from `dir` as a static host
 * would (gzipped). The median per category is kept: the performance score moves with the
 * machine's load.
 */
export async function lighthouseResult(
	tools: LighthouseTools,
	dir: string,
	paths: readonly string[],
	runs: number,
	log: (message: string) => void,
): Promise<LighthouseResult> {
	const server = await startServer(dir);
	try {
		const pages: NonNullable<LighthouseResult['pages']> = [];
		for (const path of paths) {
			for (const preset of PRESETS) {
				log(`Lighthouse ${tools.version} on ${path}, ${preset} (${runs} runs)`);
				const all: LighthouseRun[] = [];
				for (let i = 0; i < runs; i++) all.push(await tools.run(server.origin + path, preset));
				const mid = (values: Array<number | null>) =>
					median(values.filter((v): v is number => v !== null));
				const scores = Object.fromEntries(
					CATEGORIES.map((c) => [c, mid(all.map((r) => r.scores[c]))]),
				) as Scores;
				const metrics = Object.fromEntries(
					Object.keys(METRICS).map((m) => [m, mid(all.map((r) => r.metrics[m as keyof Metrics]))]),
				) as Metrics;
				const failing = [...new Set(all.flatMap((r) => r.failing))].sort();
				pages.push({ path, preset, scores, metrics, failing });
			}
		}
		return { version: tools.version, runsPerPage: runs, pages };
	} finally {
		await server.close();
	}
}

interface Lhr {
	categories: Record<
		string,
		{ score: number | null; auditRefs?: Array<{ id: string; weight: number }> }
	>;
	audits: Record<string, { score: number | null; numericValue?: number }>;
}

async function scoresFor(
	lighthouse: (url: string, flags: object, config?: object) => Promise<{ lhr: Lhr }>,
	launcher: { launch(options: object): Promise<{ port: number; kill(): Promise<void> | void }> },
	url: string,
	config: object | undefined,
): Promise<LighthouseRun> {
	const chrome = await launcher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		// --no-sandbox: we run as root; the other flags keep Chromium off the (absent) network.
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	try {
		const { lhr } = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
			config,
		);
		const scores = Object.fromEntries(
			CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
		) as Scores;
		const metrics = Object.fromEntries(
			Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null]),
		) as Metrics;
		// Only audits that weigh in a score: the ones that cost points.
		const failing = CATEGORIES.flatMap((c) =>
			(lhr.categories[c]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => ref.id)
				.filter((id) => {
					const score = lhr.audits[id]?.score;
					return typeof score === 'number' && score < 1;
				}),
		);
		return { scores, metrics, failing: [...new Set(failing)] };
	} finally {
		await chrome.kill();
	}
}
