/**
 * `npm run bench:profile`: where does the build's CPU time go? Builds the site with a synthetic
 * corpus under `node --cpu-prof`, then sums the profile's self time by what the code is (MDX
 * compile, Shiki, bundler, rendering, …) and lists the hottest functions.
 *
 *   npm run bench:profile -- [--size 1000] [--top 25] [--keep]
 *
 * The profile covers the main Node process only: Rolldown's native threads show up as the
 * (program) and native entries, Pagefind's indexer as idle time (it is a separate binary).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBuild } from './lib/build';
import { guardContentDir } from './lib/guard';
import {
	assertCorpusBuilt,
	corpusEnv,
	generatorPath,
	generateCorpus,
	removeCorpus,
} from './lib/corpus';
import { CONTENT_BENCH, REPO } from './lib/paths';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/**
 * What a piece of code is, by where it comes from. First match wins, so the specific rules
 * (our own Shiki transformer) come before the general ones (everything under src/).
 */
const CATEGORIES: ReadonlyArray<[category: string, url: RegExp]> = [
	[
		// The only WebAssembly the build runs is Shiki's Oniguruma regex engine.
		'Shiki highlighting',
		/shiki|@shikijs|oniguruma|vscode-textmate|^wasm:|src\/plugins\/shiki-commands|src\/lib\/commands/,
	],
	[
		'MDX / Markdown compile (unified, micromark, remark, rehype, estree, astring)',
		/@mdx-js|micromark|astring|parse5|mdast|hast|estree|remark|rehype|recma|unified|vfile|unist|acorn|markdown-remark|@astrojs\/mdx|property-information|parse-entities|character-entities|decode-named|zwitch|devlop|ccount|src\/plugins\//,
	],
	['Link audit', /link-check|link-audit/],
	['Pagefind (Node side)', /node_modules\/pagefind/],
	['Astro compiler', /@astrojs\/compiler/],
	['Content layer and schemas', /astro\/dist\/content|zod/],
	[
		'Page rendering (Astro runtime, the built pages)',
		/astro\/dist\/runtime|astro\/dist\/core\/render|\.prerender|dist-bench|src\/(components|layouts|pages|lib|data)/,
	],
	[
		'Bundler (Vite, Rolldown JS side)',
		/vite|rolldown|esbuild|@rollup|magic-string|es-module-lexer/,
	],
	['Astro build (other)', /node_modules\/astro\//],
	['Node internals (fs, streams, modules)', /^node:|^internal\//],
];

function categorize(node: ProfileNode): string {
	const { url, functionName } = node.callFrame;
	if (!url)
		return functionName.startsWith('(') ? functionName : `native: ${functionName || '(anonymous)'}`;
	return CATEGORIES.find(([, re]) => re.test(url))?.[0] ?? 'other';
}

/** Self time per node id, in ms, from the sample stream. */
function selfTimes(profile: CpuProfile): Map<number, number> {
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) =>
		self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
	);
	return self;
}

function summarize(profile: CpuProfile, top: number): string {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = selfTimes(profile);
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const byCategory = new Map<string, number>();
	const byFunction = new Map<string, number>();
	for (const [id, ms] of self) {
		const node = byId.get(id)!;
		const category = categorize(node);
		byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
		const where = node.callFrame.url
			.replace(/^.*node_modules\//, '')
			.replace(`file://${REPO}/`, '');
		const key = `${node.callFrame.functionName || '(anonymous)'}  ${where}:${node.callFrame.lineNumber + 1}`;
		byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
	}
	const rows = (m: Map<string, number>, n: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(
				([name, ms]) =>
					`${(ms / 1000).toFixed(1).padStart(7)} s ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`,
			)
			.join('\n');
	return `profiled ${(total / 1000).toFixed(1)} s of the main thread\n\nby kind of code (self time):\n${rows(byCategory, 30)}\n\nhottest functions (self time):\n${rows(byFunction, top)}`;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			size: { type: 'string', default: '1000' },
			top: { type: 'string', default: '25' },
			keep: { type: 'boolean', default: false },
		},
	});
	const size = Number(values.size);
	const profileDir = mkdtempSync(join(tmpdir(), 'ack-faq-profile-'));
	const outDir = `dist-bench-profile-${size}`;
	guardContentDir(CONTENT_BENCH);
	try {
		const corpus = generateCorpus(generatorPath(REPO), size, CONTENT_BENCH);
		console.log(`building ${size} synthetic entries under --cpu-prof …`);
		const build = await measureBuild({
			repoRoot: REPO,
			outDir,
			logFile: join(profileDir, 'build.log'),
			timeoutMs: (300 + size * 0.3) * 1000,
			nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
			env: corpusEnv(REPO, CONTENT_BENCH),
		});
		if (!build.ok) throw new Error(`build failed; see ${build.logFile}`);
		assertCorpusBuilt(join(REPO, outDir), corpus);
		console.log(`wall ${build.wallS.toFixed(1)} s (profiling slows it), phases:`);
		for (const [phase, s] of Object.entries(build.phases))
			console.log(`${s.toFixed(1).padStart(7)} s  ${phase}`);
	} finally {
		removeCorpus(CONTENT_BENCH);
		if (!values.keep) rmSync(join(REPO, outDir), { recursive: true, force: true });
	}
	// One profile per Node process; the build's main process is by far the largest.
	const profiles = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
	const largest = profiles
		.map((f) => ({
			f,
			profile: JSON.parse(readFileSync(join(profileDir, f), 'utf8')) as CpuProfile,
		}))
		.sort((a, b) => b.profile.samples.length - a.profile.samples.length)[0];
	if (!largest) throw new Error(`no .cpuprofile written to ${profileDir}`);
	console.log(
		`\n${summarize(largest.profile, Number(values.top))}\n\nprofile: ${join(profileDir, largest.f)} (open it in Chrome DevTools › Performance)`,
	);
}

main().catch((error: unknown) => {
	removeCorpus(CONTENT_BENCH);
	console.error(error);
	process.exit(1);
});
