/**
 * Runs one `astro build` and measures it: wall time, CPU time of the whole process tree, peak
 * memory of the whole process tree, and how long each build phase took.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface BuildOptions {
	repoRoot: string;
	/** Output folder, relative to the repo root (the config reads it from OUT_DIR). */
	outDir: string;
	/** Every line the build prints goes here. */
	logFile: string;
	timeoutMs: number;
	env?: Record<string, string>;
}

export interface BuildResult {
	ok: boolean;
	exitCode: number | null;
	wallS: number;
	/** user + sys of the build and every descendant it waited for (the shell's `times`). */
	userS: number;
	sysS: number;
	/** Largest sum of RSS over all processes of the build's process group, sampled every 100 ms. */
	peakTreeRssBytes: number;
	/** Largest RSS of any one process: what GNU time's "maximum resident set size" would say. */
	peakProcessRssBytes: number;
	/** Seconds spent in each phase, from the time each marker line appeared in the log. */
	phases: Record<string, number>;
	logFile: string;
}

/**
 * Vitest puts Vite's mode variables (BASE_URL, MODE, NODE_ENV=test, …) in process.env, and a
 * build started with them would take BASE_URL from there instead of from BASE_PATH.
 */
const VITE_MODE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);

/**
 * The environment for an `astro build` this process starts: its own, without what a test runner
 * added, with `extra` on top. Every spawned build (benchmarks, the relocated-cache test) uses it.
 */
export function buildEnv(extra: Record<string, string> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env))
		if (value !== undefined && !VITE_MODE_ENV.has(key) && !key.startsWith('VITEST'))
			env[key] = value;
	return { ...env, ...extra };
}

const SAMPLE_MS = 100;
const PAGE_BYTES = 4096;

/**
 * A phase ends when a line matching its marker is printed. The markers are Astro's own log lines
 * and the two integrations' summaries, so the phases need no instrumentation of the build.
 */
const PHASE_MARKERS: ReadonlyArray<[phase: string, endsAt: RegExp]> = [
	['setup (config, content sync: entries render here, types)', /Building static entrypoints/],
	['bundle (Vite/Rolldown)', /generating static routes/],
	// Not "[build] ✓ Completed in": the render summary is the one without a prefix.
	['render pages', /^[\d:]+ ✓ Completed in /],
	['link audit', /\[ack-faq:link-check\] checked links/],
	['Pagefind index', /\[ack-faq:pagefind\] indexed/],
];

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Sums RSS of every process in process group `pgid`; also returns the largest single one. */
async function sampleGroupRss(pgid: number): Promise<{ total: number; largest: number }> {
	let total = 0;
	let largest = 0;
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat: string;
		try {
			stat = await readFile(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // the process exited between readdir and read
		}
		// Fields after the command name, which may itself contain spaces and parentheses.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (Number(fields[2]) !== pgid) continue;
		const rss = Number(fields[21]) * PAGE_BYTES;
		total += rss;
		largest = Math.max(largest, rss);
	}
	return { total, largest };
}

/** Parses the second line of the shell's `times` output: the children's user and sys time. */
function parseTimes(text: string): { userS: number; sysS: number } {
	const line = text.trim().split('\n')[1] ?? '';
	const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(line);
	if (!m) return { userS: Number.NaN, sysS: Number.NaN };
	return { userS: Number(m[1]) * 60 + Number(m[2]), sysS: Number(m[3]) * 60 + Number(m[4]) };
}

function phasesFrom(
	marks: Map<string, number>,
	start: number,
	end: number,
): Record<string, number> {
	const phases: Record<string, number> = {};
	let from = start;
	for (const [phase] of PHASE_MARKERS) {
		const at = marks.get(phase);
		if (at === undefined) continue;
		phases[phase] = (at - from) / 1000;
		from = at;
	}
	phases['exit'] = (end - from) / 1000;
	return phases;
}

/** The build process group, so a signal handler can stop it. */
let running: number | undefined;

/** Stops a build that is still running (for signal handlers); does nothing otherwise. */
export function killRunningBuild(): void {
	if (running === undefined) return;
	try {
		process.kill(-running, 'SIGKILL');
	} catch {
		// already gone
	}
}

export async function measureBuild(options: BuildOptions): Promise<BuildResult> {
	const astroCli = join(options.repoRoot, 'node_modules/astro/bin/astro.mjs');
	const args = ['build', '--force'];
	// The shell runs the build, then prints with `times` the CPU time of everything it waited
	// for, on fd 3 so it cannot mix with the build's own output. process.execPath is the pinned
	// Node 24 when this runs through npm or npx.
	const script = '"$@"; status=$?; times >&3; exit $status';
	const child = spawn('/bin/sh', ['-c', script, 'sh', process.execPath, astroCli, ...args], {
		cwd: options.repoRoot,
		env: buildEnv({ OUT_DIR: options.outDir, FORCE_COLOR: '0', ...options.env }),
		stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
		// Its own process group: the sampler finds the whole tree by group id, and a timeout or
		// Ctrl+C can stop the whole tree at once.
		detached: true,
	});
	running = child.pid!;
	const start = performance.now();
	const log = createWriteStream(options.logFile);
	const marks = new Map<string, number>();
	let nextMarker = 0;
	for (const stream of [child.stdout!, child.stderr!]) {
		createInterface({ input: stream }).on('line', (raw) => {
			const line = raw.replace(ANSI, '');
			log.write(`${line}\n`);
			// A phase that prints no line (an integration left out) must not hide the phases
			// after it: look past it.
			const found = PHASE_MARKERS.findIndex((m, i) => i >= nextMarker && m[1].test(line));
			if (found >= 0) {
				marks.set(PHASE_MARKERS[found]![0], performance.now());
				nextMarker = found + 1;
			}
		});
	}
	let timesText = '';
	child.stdio[3]!.on('data', (chunk: Buffer) => (timesText += chunk.toString()));

	let peakTree = 0;
	let peakProcess = 0;
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			const { total, largest } = await sampleGroupRss(child.pid!);
			peakTree = Math.max(peakTree, total);
			peakProcess = Math.max(peakProcess, largest);
			await new Promise((r) => setTimeout(r, SAMPLE_MS));
		}
	})();

	const timer = setTimeout(() => {
		log.write(`\n[bench] build exceeded ${options.timeoutMs / 1000} s; killing it\n`);
		killRunningBuild();
	}, options.timeoutMs);
	const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const end = performance.now();
	clearTimeout(timer);
	running = undefined;
	sampling = false;
	await sampler;
	await new Promise((r) => log.end(r));

	return {
		ok: exitCode === 0,
		exitCode,
		wallS: (end - start) / 1000,
		...parseTimes(timesText),
		peakTreeRssBytes: peakTree,
		peakProcessRssBytes: peakProcess,
		phases: phasesFrom(marks, start, end),
		logFile: options.logFile,
	};
}
