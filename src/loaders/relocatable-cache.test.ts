/**
 * The build cache is relocatable: a project copied to another folder with its
 * `node_modules/.astro` (as a CI cache restore or a moved checkout has it) builds what a clean
 * build of that folder would, and never reads the bodies the original folder renders later.
 */
import { execFile } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../../bench/lib/build';
import { bodyFileOf } from './entry-body';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
const run = promisify(execFile);

/** The project as a checkout has it, with node_modules linked package by package so that each copy keeps its own `.astro` cache. */
function project(folder: string): void {
	cpSync(REPO, folder, {
		recursive: true,
		filter: (path) => {
			const top = relative(REPO, path).split(/[\\/]/)[0]!;
			return (
				!['node_modules', '.git', 'test-results', 'playwright-report', '.astro'].includes(top) &&
				!top.startsWith('dist')
			);
		},
	});
	mkdirSync(join(folder, 'node_modules'));
	for (const name of readdirSync(join(REPO, 'node_modules')))
		if (name !== '.astro')
			symlinkSync(join(REPO, 'node_modules', name), join(folder, 'node_modules', name));
}

const build = (folder: string, basePath = '/') =>
	run(process.execPath, [ASTRO, 'build'], {
		cwd: folder,
		env: buildEnv({ BASE_PATH: basePath, OUT_DIR: 'dist' }),
		maxBuffer: 64 * 1024 * 1024,
	});

function htmlFiles(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.html'),
	);
	return new Map(files.sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('the build cache', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'ack-faq-relocate-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('builds a copied project as a clean build would, whatever the original folder builds next', async () => {
		const a = join(scratch, 'a');
		const b = join(scratch, 'b');
		project(a);
		await build(a);
		const clean = htmlFiles(join(a, 'dist'));
		cpSync(a, b, { recursive: true, verbatimSymlinks: true });
		rmSync(join(b, 'dist'), { recursive: true });
		await build(a, '/docs/ack-faq/');
		// The copy must build from the cache it brought, or this would test a clean build.
		const body = join(b, 'node_modules/.astro', bodyFileOf('sertifikat-x509-kedaluwarsa'));
		const cached = statSync(body).mtimeMs;
		await build(b);
		expect(statSync(body).mtimeMs).toBe(cached);
		const copied = htmlFiles(join(b, 'dist'));
		expect([...copied.keys()]).toEqual([...clean.keys()]);
		const differ = [...clean]
			.filter(([file, html]) => copied.get(file) !== html)
			.map(([file]) => file);
		expect(differ).toEqual([]);
	}, 600_000);
});
