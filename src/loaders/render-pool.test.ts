import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EntryBody } from './entry-body';
import { createRenderPool } from './render-pool';

const pipeline = { site: 'https://faq.example', base: '/', slugs: ['lain'] };
const highlight = { type: 'shiki' as const, excludeLangs: ['math'] };
const dir = await mkdtemp(join(tmpdir(), 'render-pool-'));
// Inside the project, as Astro's is, so that the workers' bundle resolves the project's packages.
const cacheDir = new URL('../../node_modules/.astro/', import.meta.url);
afterAll(() => rm(dir, { recursive: true, force: true }));

const source = [
	'Jawaban singkat; lihat [entri lain](faq:lain#solusi).',
	'',
	'## Solusi {/* #solusi */}',
	'',
	'```bash',
	'kubectl describe node [$NODE_NAME]',
	'```',
].join('\n');

async function renderWith(workers: number, name: string) {
	const pool = await createRenderPool(pipeline, highlight, 1, cacheDir, workers);
	try {
		const out = join(dir, `${name}.json`);
		const frontmatter = { description: 'Memigrasikan kluster.', keywords: ['kadaluarsa'] };
		const metadata = await pool.render({
			file: '/proyek/content/faq/contoh.mdx',
			content: source,
			frontmatter,
			out,
		});
		return { metadata, body: JSON.parse(await readFile(out, 'utf8')) as EntryBody };
	} finally {
		await pool.close();
	}
}

// Each worker loads the pipeline and Shiki before its first entry; on a loaded machine that
// alone can take longer than Vitest's default 5 s.
describe('the render pool', { timeout: 60_000 }, () => {
	it('renders in worker threads exactly as in this thread', async () => {
		const [here, workers] = await Promise.all([renderWith(1, 'here'), renderWith(2, 'workers')]);
		expect(workers).toEqual(here);
		expect(here.body.html).toContain('<h2 id="solusi"');
		expect(here.body.html).toContain('href="/faq/lain/#solusi"');
		expect(here.metadata.frontmatter['sections']).toEqual([
			{ id: 'solusi', text: 'Solusi', depth: 2 },
		]);
		expect(here.body.text).toContain('kubectl describe node [$NODE_NAME]');
		expect(here.body.searchWords.split(' ')).toContain('migrasi');
	});

	it("fails with the author's message when an entry cannot render in a worker", async () => {
		const pool = await createRenderPool(pipeline, highlight, 1, cacheDir, 2);
		try {
			await expect(
				pool.render({
					file: '/proyek/content/faq/salah.mdx',
					content: '[x](faq:tidak-ada)',
					frontmatter: {},
					out: join(dir, 'salah.json'),
				}),
			).rejects.toThrow('"tidak-ada" must be the file name of an entry in content/faq');
		} finally {
			await pool.close();
		}
	});
});
