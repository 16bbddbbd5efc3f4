import { CSP_PORT } from '../playwright.config';
import { expect, test } from './fixtures';
import { codeLabels } from '../src/i18n/code';
import { themeText } from '../src/i18n/theme';

const ROOT = `http://127.0.0.1:${CSP_PORT}`;

/** Records every CSP violation the page reports; the console fixture fails on the rest. */
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
		);
	});
});

const violations = (page: import('@playwright/test').Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('search, filters, copy, placeholders, tabs and theme all work under the strict CSP', async ({
	page,
}) => {
	const response = await page.goto(`${ROOT}/`);
	expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");

	await page.getByRole('button', { name: themeText.auto }).click();
	await page.getByRole('banner').getByRole('searchbox').fill('x509');
	await page.getByRole('banner').locator('[data-search-result] a').first().click();
	await expect(page).toHaveURL(/\/faq\/sertifikat-x509-kedaluwarsa\//);
	expect(await violations(page)).toEqual([]);

	await page.getByRole('tab', { name: 'Docker' }).click();
	await expect(page.getByText('docker ps')).toBeVisible();
	await page.getByRole('textbox', { name: /IP lokal node master/ }).fill('192.0.2.10');
	const figure = page.locator('figure.code').filter({ hasText: 'curl --resolve' });
	await figure.getByRole('button', { name: codeLabels.copy }).click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toContain('apiserver-loopback-client:6443:192.0.2.10');
	// Highlighted code keeps its colours without inline styles.
	const color = await figure
		.locator('pre code span span')
		.first()
		.evaluate((el) => getComputedStyle(el).color);
	expect(color).not.toBe(await figure.locator('pre').evaluate((el) => getComputedStyle(el).color));
	expect(await violations(page)).toEqual([]);

	await page.goto(`${ROOT}/cari/?q=kubelet&runtime=docker`);
	await expect(page.locator('[data-search-result]').first()).toBeVisible();
	await page.getByRole('checkbox', { name: /ACK dedicated/ }).check();
	await expect(page).toHaveURL(/kluster=dedicated/);
	expect(await violations(page)).toEqual([]);
});
