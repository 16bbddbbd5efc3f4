/**
 * `npm run bench:variants`: builds one synthetic corpus with several config variants
 * (bench/configs/<name>.mjs; `baseline` is astro.config.mjs itself) and prints what each costs.
 * Rounds are interleaved (A B C, A B C, …) so a change in the machine's load hits every variant.
 *
 *   npm run bench:variants -- [--size 1000] [--variants baseline,concurrency-4] [--repeat 1]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BuildResult, measureBuild } from './lib/build';
import {
	assertCorpusBuilt,
	corpusEnv,
	generatorPath,
	generateCorpus,
	removeCorpus,
} from './lib/corpus';
import { measureDist } from './lib/dist';
import { guardContentDir } from './lib/guard';
import { median } from './lib/stats';
import { CONTENT_BENCH, REPO } from './lib/paths';

interface Sample {
	variant: string;
	build: BuildResult;
	load: number;
	pagefindMiB: number | null;
	pagefindFiles: number | null;
}

function configFile(variant: string): string | undefined {
	if (variant === 'baseline') return undefined;
	// Astro resolves --config against the project root.
	const file = `bench/configs/${variant}.mjs`;
	if (!existsSync(join(REPO, file))) throw new Error(`no config variant ${file}`);
	return file;
}

function report(samples: Sample[], variants: string[]): string {
	const phases = [...new Set(samples.flatMap((s) => Object.keys(s.build.phases)))];
	const lines = variants.map((variant) => {
		const mine = samples.filter((s) => s.variant === variant && s.build.ok);
		const med = (f: (s: Sample) => number) => median(mine.map(f))?.toFixed(1) ?? '—';
		return [
			variant,
			`${mine.length}/${samples.filter((s) => s.variant === variant).length}`,
			med((s) => s.build.wallS),
			med((s) => s.build.userS + s.build.sysS),
			(median(mine.map((s) => s.build.peakTreeRssBytes / 1024 ** 3)) ?? NaN).toFixed(2),
			...phases.map((p) => med((s) => s.build.phases[p] ?? NaN)),
			med((s) => s.pagefindMiB ?? NaN),
			med((s) => s.load),
		];
	});
	const header = [
		'variant',
		'ok',
		'wall s',
		'CPU s',
		'peak GiB',
		...phases,
		'pagefind MiB',
		'load avg',
	];
	return [header, header.map(() => '---'), ...lines].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			size: { type: 'string', default: '1000' },
			variants: { type: 'string', default: 'baseline,concurrency-4' },
			repeat: { type: 'string', default: '1' },
		},
	});
	const size = Number(values.size);
	const variants = values.variants.split(',').map((v) => v.trim());
	variants.forEach(configFile); // fail early on a misspelt name
	guardContentDir(CONTENT_BENCH);
	const logDir = mkdtempSync(join(tmpdir(), 'ack-faq-variants-'));
	const samples: Sample[] = [];
	try {
		const corpus = generateCorpus(generatorPath(REPO), size, CONTENT_BENCH);
		for (let round = 1; round <= Number(values.repeat); round++) {
			for (const variant of variants) {
				const outDir = `dist-bench-variant-${variant}`;
				rmSync(join(REPO, outDir), { recursive: true, force: true });
				const load = loadavg()[0]!;
				const file = configFile(variant);
				const build = await measureBuild({
					repoRoot: REPO,
					outDir,
					logFile: join(logDir, `${variant}-${round}.log`),
					timeoutMs: (300 + size * 0.15) * 1000,
					...(file ? { configFile: file } : {}),
					env: corpusEnv(REPO, CONTENT_BENCH),
				});
				if (build.ok) assertCorpusBuilt(join(REPO, outDir), corpus);
				const dist = build.ok ? await measureDist(join(REPO, outDir)) : undefined;
				rmSync(join(REPO, outDir), { recursive: true, force: true });
				samples.push({
					variant,
					build,
					load,
					pagefindMiB: dist ? dist.pagefind.bytes / 1024 ** 2 : null,
					pagefindFiles: dist?.pagefind.files ?? null,
				});
				console.log(
					`round ${round} ${variant}: ${build.ok ? `${build.wallS.toFixed(1)} s, CPU ${(build.userS + build.sysS).toFixed(1)} s, peak ${(build.peakTreeRssBytes / 1024 ** 3).toFixed(2)} GiB` : `FAILED, see ${build.logFile}`}`,
				);
			}
		}
	} finally {
		removeCorpus(CONTENT_BENCH);
	}
	console.log(
		`\n${size} synthetic entries, medians of ${values.repeat} round(s):\n\n${report(samples, variants)}\n\nlogs: ${logDir}`,
	);
}

main().catch((error: unknown) => {
	removeCorpus(CONTENT_BENCH);
	console.error(error);
	process.exit(1);
});
