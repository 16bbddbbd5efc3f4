import { expect, test } from './fixtures';
import { searchPageText } from '../src/i18n/search';
import { searchBoxResultsText } from '../src/i18n/search-box-results';

const X509 = '/faq/sertifikat-x509-kedaluwarsa/';
const first = (page: import('@playwright/test').Page) =>
	page.locator('[data-search-result]').first().getByRole('link');
const search = (page: import('@playwright/test').Page, q: string) =>
	page.goto(`/cari/?q=${encodeURIComponent(q)}`);

test("a pasted x509 log line with other values lands on the certificate entry's solution", async ({
	page,
}) => {
	await search(
		page,
		'E0314 08:21:07.123456       1 reflector.go:138] "https://localhost:6443/api/v1/namespaces/produksi/resourcequotes": x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z',
	);
	await expect(first(page)).toHaveAttribute('href', new RegExp(`^${X509}\\?[^#]*#solusi$`));
});

test('an error line pasted into the header box ranks its entry first', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('banner')
		.getByRole('searchbox')
		.fill(
			'x509: certificate has expired or is not yet valid: current time 2026-01-02T03:04:05Z is after 2025-12-31T00:00:00Z',
		);
	await expect(page.getByRole('banner').locator('[data-search-result] a').first()).toHaveAttribute(
		'href',
		new RegExp(`^${X509}`),
	);
});

for (const [query, slug] of [
	['kadaluarsa sertifkat', 'sertifikat-x509-kedaluwarsa'],
	['memigrasikan kluster', 'migrasi-kluster-ke-ack'],
	['certificate expired', 'sertifikat-x509-kedaluwarsa'],
	['[$NODE_NAME]', 'pemecahan-masalah-kluster'],
	['ls -ltr |grep diagnose_1714939155.tar.gz', 'kumpulkan-informasi-diagnostik'],
	['Invoke-WebRequest -UseBasicParsing', 'kumpulkan-informasi-diagnostik'],
	// A chunk Pagefind indexed joined: `region_id`, not every page with "region" or "id".
	['[$Region_ID]', 'kumpulkan-informasi-diagnostik'],
	['kubectl get pods -n kube-system', 'pemecahan-masalah-kluster'],
	// Equally close to diagnostik and diagnosis: a dropped letter is the likelier slip.
	['diagnosik kluster', 'kumpulkan-informasi-diagnostik'],
	// A typo of a word only the entries use.
	['operasi berisko tinggi', 'tambah-hapus-node-master'],
	// Both entries are "hapus" to the index; the slug has the word as typed.
	['node master terhapus', 'node-master-terhapus'],
	['switch container runtime after creating cluster', 'ubah-runtime-containerd-ke-docker'],
] as const) {
	test(`"${query}" finds ${slug} first`, async ({ page }) => {
		await search(page, query);
		await expect(first(page)).toHaveAttribute('href', new RegExp(`^/faq/${slug}/`));
	});
}

test('when no page has every word, the closest pages are shown and the page says so', async ({
	page,
}) => {
	await search(page, 'sertifikat kubelet zzzyqx');
	await expect(page.locator('[data-search-result]').first()).toBeVisible();
	await expect(page.getByRole('main').getByRole('status')).toContainText(
		searchPageText.approximate,
	);
});

test('typing a word letter by letter never flashes "no results"', async ({ page }) => {
	await page.goto('/');
	const box = page.getByRole('banner').getByRole('searchbox');
	const status = page.getByRole('banner').locator('.search-panel__status');
	const seen: string[] = [];
	await page.exposeFunction('recordStatus', (text: string) => seen.push(text));
	await page.evaluate(() => {
		const el = document.querySelector('.search-panel__status')!;
		new MutationObserver(() =>
			(window as unknown as { recordStatus(t: string): void }).recordStatus(el.textContent ?? ''),
		).observe(el, {
			childList: true,
			characterData: true,
			subtree: true,
		});
	});
	const word = 'memigr';
	await box.pressSequentially(word, { delay: 60 });
	await expect(page.getByRole('banner').locator('[data-search-result]').first()).toBeVisible();
	const saidNothing = (s: string) =>
		[...word].some((_, i) => s === searchBoxResultsText.nothing(word.slice(0, i + 1)));
	expect(saidNothing((await status.textContent()) ?? '')).toBe(false);
	expect(seen.filter(saidNothing)).toEqual([]);
});

for (const [name, log, slug] of [
	[
		'an RBAC "forbidden" error',
		'Error from server (Forbidden): deployments.apps is forbidden: User "276512345678901234" cannot list resource "deployments" in API group "apps" in the namespace "default"',
		'izin-pengguna-ram',
	],
	[
		'kubelet journal lines',
		"Mar 18 10:21:33 iZbp1f0example systemd[1]: kubelet.service: Main process exited, code=exited, status=1/FAILURE\nMar 18 10:21:33 iZbp1f0example systemd[1]: kubelet.service: Failed with result 'exit-code'.",
		'pemecahan-masalah-kluster',
	],
] as const) {
	test(`a pasted log with no known error signature, ${name}, finds ${slug} first`, async ({
		page,
	}) => {
		await search(page, log);
		await expect(first(page)).toHaveAttribute('href', new RegExp(`^/faq/${slug}/`));
	});
}

test('a word that only matches a shorter indexed word counts as matching nothing', async ({
	page,
}) => {
	// Pagefind alone matches "upstream" to the lone "u" of `journalctl -u kubelet`.
	await search(page, 'kubelet upstream');
	await expect(first(page)).toHaveAttribute('href', /^\/faq\/pemecahan-masalah-kluster\//);
	await expect(page.getByRole('main').getByRole('status')).toContainText(
		searchPageText.approximate,
	);
});

test('the header box searches a placeholder joined, as the index has it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('banner').getByRole('searchbox').fill('[$NODE_NAME]');
	const results = page.getByRole('banner').locator('[data-search-result] a');
	await expect(results.first()).toHaveAttribute('href', /^\/faq\/pemecahan-masalah-kluster\//);
	await expect(results).toHaveCount(1);
});
