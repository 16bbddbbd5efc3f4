import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/**
 * Weight budgets, measured on the production build: sizes only, never times, so a regression
 * fails CI on any machine. Figures are gzip bytes, what a reader's browser downloads.
 */
const KiB = 1024;
const PAGE_BUDGET = 15 * KiB;
const JS_BEFORE_SEARCH = 4 * KiB;
const MAX_REQUESTS = 5;
const CHUNK_BUDGET = 12 * KiB;

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

for (const path of ['/faq/pemecahan-masalah-kluster/', '/faq/sertifikat-x509-kedaluwarsa/', '/']) {
	test(`${path} loads in at most ${MAX_REQUESTS} requests and ${PAGE_BUDGET / KiB} KiB, ${JS_BEFORE_SEARCH / KiB} KiB of it JavaScript`, async ({
		page,
	}) => {
		const responses: { url: string; type: string; bytes: number }[] = [];
		page.on('response', async (response) => {
			const body = await response.body().catch(() => Buffer.alloc(0));
			responses.push({
				url: response.url(),
				type: response.request().resourceType(),
				bytes: gzipSize(body),
			});
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const total = responses.reduce((sum, r) => sum + r.bytes, 0);
		const js = responses.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.bytes, 0);
		const report = responses
			.map((r) => `${r.bytes} ${r.type} ${new URL(r.url).pathname}`)
			.join('\n');
		expect(responses.length, report).toBeLessThanOrEqual(MAX_REQUESTS);
		expect(total, report).toBeLessThanOrEqual(PAGE_BUDGET);
		expect(js, report).toBeLessThanOrEqual(JS_BEFORE_SEARCH);
	});
}

test(`every script bundle stays under ${CHUNK_BUDGET / KiB} KiB`, () => {
	const dir = join('dist', '_astro');
	const sizes = readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.map((f) => [f, gzipSize(readFileSync(join(dir, f)))] as const);
	expect(sizes.length).toBeGreaterThan(3);
	expect(sizes.filter(([, bytes]) => bytes > CHUNK_BUDGET)).toEqual([]);
});
