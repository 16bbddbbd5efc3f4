import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBPATH_BASE, SUBPATH_PORT } from '../playwright.config';
import { expect, test } from './fixtures';
import { shareLabels } from '../src/i18n/share';

const SITE = 'http://localhost:4321';
const X509 = '/faq/sertifikat-x509-kedaluwarsa/';
const X509_TITLE =
	'Apa yang harus saya lakukan jika ACK dedicated cluster API Server mengembalikan kesalahan "api/v1/namespaces/xxx/resourcequotes": x509: certificate has expired or is not yet valid: current time XXX is after xxx?';
const SUB = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;

test('every anchor in links.lock.json is on its page in the build', async ({ page }) => {
	const lock = JSON.parse(readFileSync('links.lock.json', 'utf8')) as {
		pages: Record<string, { anchors: string[] }>;
	};
	const pages = Object.entries(lock.pages);
	expect(pages.length).toBeGreaterThanOrEqual(14);
	for (const [path, { anchors }] of pages) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		for (const id of anchors)
			await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
	}
});

test('/r/<ref>/ leads to the entry', async ({ page }) => {
	await page.goto('/r/ACK-0014/');
	await expect(page).toHaveURL(X509);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(X509_TITLE);
});

test.describe('renamed entries and moved sections', () => {
	test('an old slug redirects to the new URL, keeping the section', async ({ page }) => {
		await page.goto(`${SUB}faq/e2e-entri-lama/#langkah-baru`);
		await expect(page).toHaveURL(`${SUB}faq/e2e-entri-baru/#langkah-baru`);
	});

	test('an old anchor lands on the renamed section of the same page', async ({ page }) => {
		await page.goto(`${SUB}faq/e2e-entri-baru/#langkah-lama`);
		await expect(page).toHaveURL(`${SUB}faq/e2e-entri-baru/#langkah-baru`);
		await expect(page.locator('#langkah-baru')).toBeFocused();
	});

	test('an old anchor of a section moved to another entry lands there', async ({ page }) => {
		await page.goto(`${SUB}faq/e2e-entri-baru/#bagian-pindah`);
		await expect(page).toHaveURL(`${SUB}faq/e2e-entri-tujuan/#tujuan`);
	});

	test('an old slug with an old anchor ends on the new section', async ({ page }) => {
		await page.goto(`${SUB}faq/e2e-entri-lama/#langkah-lama`);
		await expect(page).toHaveURL(`${SUB}faq/e2e-entri-baru/#langkah-baru`);
	});

	test('a redirect page works without JavaScript through its meta refresh and visible link', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${SUB}faq/e2e-entri-lama/`);
		await expect(page).toHaveURL(`${SUB}faq/e2e-entri-baru/`);
		await context.close();
	});
});

test.describe('copying links', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
	const clipboard = (page: import('@playwright/test').Page) =>
		page.evaluate(() => navigator.clipboard.readText());

	test('the entry buttons copy its URL and ticket references, and say so', async ({ page }) => {
		await page.goto(X509);
		const share = page.locator('header faq-share');
		await share.getByRole('button', { name: shareLabels.copyLink }).click();
		await expect.poll(() => clipboard(page)).toBe(`${SITE}${X509}`);
		await expect(
			page.getByRole('status').filter({ hasText: shareLabels.linkCopied }),
		).toBeAttached();
		await share.getByRole('button', { name: shareLabels.copyTicket }).click();
		await expect
			.poll(() => clipboard(page))
			.toBe(`[ACK-0014] ${X509_TITLE.replace(/\*/g, '\\*')} — ${SITE}${X509}`);
		await share.getByRole('button', { name: shareLabels.copyPlain }).click();
		await expect.poll(() => clipboard(page)).toBe(`ACK-0014: ${X509_TITLE} — ${SITE}${X509}`);
	});

	test('a section heading copies a ticket reference to that section, by keyboard too', async ({
		page,
	}) => {
		await page.goto(X509);
		const button = page.getByRole('button', { name: shareLabels.copySectionTicket('Solusi') });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => clipboard(page))
			.toBe(`[ACK-0014] ${X509_TITLE} › Solusi — ${SITE}${X509}#solusi`);
		await page.getByRole('button', { name: shareLabels.copySectionLink('Gejala') }).click();
		await expect.poll(() => clipboard(page)).toBe(`${SITE}${X509}#gejala`);
	});
});

test('the entry page carries FAQPage JSON-LD with the accepted answer, a canonical URL and OpenGraph', async ({
	page,
}) => {
	await page.goto(X509);
	const jsonLd = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent())!,
	);
	expect(jsonLd['@type']).toBe('FAQPage');
	expect(jsonLd.mainEntity).toHaveLength(1);
	expect(jsonLd.mainEntity[0]).toMatchObject({
		'@type': 'Question',
		name: X509_TITLE,
		acceptedAnswer: { '@type': 'Answer' },
	});
	expect(jsonLd.mainEntity[0].acceptedAnswer.text).toContain('crictl pods');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${X509}`);
	await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
		'content',
		`${SITE}${X509}`,
	);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', X509_TITLE);
});

test('a search may be indexed, and every query folds into the one search page', async ({
	page,
}) => {
	for (const [url, canonical] of [
		['/cari/?q=x509&runtime=docker', `${SITE}/cari/`],
		[`${SUB}cari/?q=x509`, `${SITE}${SUBPATH_BASE}cari/`],
	]) {
		await page.goto(url!);
		await expect(page.locator('link[rel="canonical"]'), url).toHaveAttribute('href', canonical!);
		await expect(page.locator('meta[name="robots"]'), url).toHaveCount(0);
	}
});

test('/faq.json lists every entry with its ref, URL, facets, errors and section anchors', async ({
	request,
}) => {
	const index = await (await request.get('/faq.json')).json();
	expect(index.version).toBe(1);
	expect(index.entries).toHaveLength(14);
	const x509 = index.entries.find((e: { ref: string }) => e.ref === 'ACK-0014');
	expect(x509).toMatchObject({
		url: `${SITE}${X509}`,
		shortUrl: `${SITE}/r/ACK-0014/`,
		facets: {
			clusterType: ['dedicated'],
			kubernetes: { range: '<1.24', versions: ['1.20', '1.21', '1.22', '1.23'] },
		},
	});
	expect(x509.errors).toContain('x509: certificate has expired or is not yet valid');
	expect(x509.sections).toContainEqual({
		id: 'solusi',
		title: 'Solusi',
		url: `${SITE}${X509}#solusi`,
	});
});

test('the sitemap lists every entry', async ({ request }) => {
	const xml = await (await request.get('/sitemap.xml')).text();
	expect(xml.match(/<loc>[^<]*\/faq\/[^<]+<\/loc>/g)).toHaveLength(14);
	expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test('check-links reports good, redirected and broken URLs and fails on a broken one', () => {
	const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
	const file = join(dir, 'urls.txt');
	writeFileSync(
		file,
		[
			`${SITE}${X509}#solusi`,
			`${SITE}/r/ACK-0008/`,
			`${SITE}${X509}#hilang`,
			`${SITE}/faq/tidak-ada/`,
		].join('\n'),
	);
	let output = '';
	let status = 0;
	try {
		output = execFileSync('npx', ['tsx', 'scripts/check-links.ts', file], { encoding: 'utf8' });
	} catch (error) {
		const failed = error as { status: number; stdout: string };
		status = failed.status;
		output = failed.stdout;
	}
	expect(status).toBe(1);
	const lines = output.trim().split('\n');
	expect(lines.find((l) => l.includes('#solusi'))).toMatch(/^OK/);
	expect(lines.find((l) => l.includes('/r/ACK-0008/'))).toMatch(/^REDIRECT/);
	expect(lines.find((l) => l.includes('#hilang'))).toMatch(/^BROKEN/);
	expect(lines.find((l) => l.includes('/faq/tidak-ada/'))).toMatch(/^BROKEN/);
});
