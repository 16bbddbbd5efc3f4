/**
 * Lighthouse's four category scores for a page, with Debian's Chromium. The `lighthouse` package
 * is optional: when it cannot be found the step is skipped with a message, never a crash.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number | null>;

export interface LighthouseTools {
	version: string;
	run(url: string): Promise<Scores>;
}

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
		return { version, run: (url) => scoresFor(lighthouse, launcher, url) };
	}
	return null;
}

async function scoresFor(
	lighthouse: (
		url: string,
		flags: object,
	) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } }>,
	launcher: { launch(options: object): Promise<{ port: number; kill(): Promise<void> | void }> },
	url: string,
): Promise<Scores> {
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
		const { lhr } = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		return Object.fromEntries(
			CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
		) as Scores;
	} finally {
		await chrome.kill();
	}
}
