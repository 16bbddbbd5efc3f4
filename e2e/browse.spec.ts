import { NOT_FOUND_ERROR, SLUGS, expect, test } from './fixtures';
import { CATEGORIES } from '../src/config/facets';
import { badgesText } from '../src/i18n/badges';
import { calloutText } from '../src/i18n/callouts';
import { entryText } from '../src/i18n/entry';
import { homeText } from '../src/i18n/home';
import { searchPageLabels } from '../src/i18n/search';
import { searchBoxLabels } from '../src/i18n/search-box';
import { shareLabels } from '../src/i18n/share';

test('the home page links to every entry, grouped by category with counts', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(homeText.heading);
	for (const slug of SLUGS) {
		await expect(page.locator(`main a[href="/faq/${slug}/"]`)).toHaveCount(1);
	}
	await expect(
		page.getByRole('heading', {
			level: 2,
			name: `${CATEGORIES['node-master']} ${homeText.questions(3)}`,
		}),
	).toBeVisible();
});

test('every entry opens from the home page with its question as the h1', async ({ page }) => {
	// Fourteen real navigations, forth and back.
	test.setTimeout(90_000);
	await page.goto('/');
	const links = page.locator('main .entry-list a');
	const count = await links.count();
	expect(count).toBe(SLUGS.length);
	for (let i = 0; i < count; i++) {
		const link = links.nth(i);
		const title = (await link.textContent())!.trim();
		const href = await link.getAttribute('href');
		await link.click();
		await expect(page).toHaveURL(href!);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await page.goBack();
	}
});

test('an entry page shows badges that link to tag pages, section anchors and its update date', async ({
	page,
}) => {
	await page.goto('/faq/sertifikat-x509-kedaluwarsa/');
	const badges = page.getByRole('list', { name: badgesText.label });
	await expect(badges.getByRole('link')).toHaveText(['ACK dedicated', 'Kubernetes < 1.24']);
	for (const id of ['gejala', 'penyebab', 'solusi']) {
		const heading = page.locator(`h2#${id}`);
		await expect(heading).toBeVisible();
		await expect(heading.locator(`a[href="#${id}"]`)).toHaveAccessibleName(
			shareLabels.sectionAnchor,
		);
	}
	const updated = page.locator('.entry__footer time');
	await expect(updated).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\d$/);
	await expect(page.locator('.entry__footer')).toContainText(entryText.updated);
	await badges.getByRole('link', { name: 'ACK dedicated' }).click();
	await expect(page).toHaveURL('/tag/kluster/dedicated/');
	await expect(page.locator('main a[href="/faq/sertifikat-x509-kedaluwarsa/"]')).toHaveCount(1);
});

test('a "Lihat juga" link inside the answer leads to the other entry\'s section', async ({
	page,
}) => {
	await page.goto('/faq/sertifikat-x509-kedaluwarsa/');
	await page
		.getByRole('link', { name: 'operasi berisiko tinggi pada node master ACK dedicated cluster' })
		.click();
	await expect(page).toHaveURL('/faq/tambah-hapus-node-master/#operasi-berisiko-tinggi');
	await expect(page.locator('#operasi-berisiko-tinggi')).toBeInViewport();
});

test('the troubleshooting table is a real table with the restored kubelet row', async ({
	page,
}) => {
	await page.goto('/faq/pemecahan-masalah-kluster/');
	const table = page.getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveCount(2);
	// The row has no answer of its own: its cell links to the entry's kubelet section.
	const kubelet = table.getByRole('row').filter({ hasText: 'Komponen kubelet gagal' });
	await expect(kubelet.getByRole('link', { name: '3. Periksa komponen kubelet' })).toHaveAttribute(
		'href',
		/#periksa-kubelet$/,
	);
	await expect(page.locator('pre').filter({ hasText: /^kubectl get nodes$/ })).toHaveCount(1);
});

test.describe('tag pages', () => {
	test.use({ allowedConsoleErrors: [NOT_FOUND_ERROR] });

	test('the version page for 1.23 lists the <1.24 x509 entry and 1.24 does not exist for it', async ({
		page,
	}) => {
		await page.goto('/tag/versi/1.23/');
		const specific = page.locator('section[aria-labelledby="khusus"]');
		await expect(specific.locator('a[href="/faq/sertifikat-x509-kedaluwarsa/"]')).toHaveCount(1);
		const response = await page.goto('/tag/versi/1.24/');
		// No entry is limited to >=1.24, so there is no page rather than an empty one.
		expect(response?.status()).toBe(404);
	});

	test('the Docker page lists the Docker entries and, apart, the runtime-independent ones', async ({
		page,
	}) => {
		await page.goto('/tag/runtime/docker/');
		const specific = page.locator('section[aria-labelledby="khusus"] .entry-list a');
		await expect(specific).toHaveText([
			/dapatkah saya mengubahnya menjadi Docker/,
			/Apa perbedaan antara runtime containerd, Docker, dan sandboxed/,
		]);
		await expect(page.locator('section[aria-labelledby="umum"] .entry-list a')).toHaveCount(
			SLUGS.length - 2,
		);
	});

	test('the category page lists exactly the node-master entries', async ({ page }) => {
		await page.goto('/tag/kategori/node-master/');
		await expect(page.locator('main .entry-list a')).toHaveText([
			'Bagaimana cara mengakses node master?',
			/tidak sengaja menghapus node master/,
			/menambahkan atau menghapus node master/,
		]);
	});
});

test.describe('the 404 page', () => {
	test.use({ allowedConsoleErrors: [NOT_FOUND_ERROR] });

	test('offers search', async ({ page }) => {
		const response = await page.goto('/faq/tidak-ada/');
		expect(response?.status()).toBe(404);
		await page.getByRole('main').getByRole('searchbox').fill('sertifikat');
		await page.getByRole('main').getByRole('button', { name: searchBoxLabels.submit }).click();
		await expect(page).toHaveURL('/cari/?q=sertifikat');
		await expect(page.locator('[data-search-result]').first()).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('entries, commands and tags stay readable', async ({ page }) => {
		await page.goto('/faq/kumpulkan-informasi-diagnostik/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Bagaimana cara mengumpulkan informasi diagnostik untuk kluster Kubernetes?',
		);
		await expect(
			page.locator('pre').filter({ hasText: 'chmod u+x /usr/local/bin/diagnose_k8s.sh' }),
		).toBeVisible();
		await expect(page.getByRole('note').first()).toContainText(calloutText.NOTE);
		await page.goto('/');
		await expect(page.locator('main .entry-list a')).toHaveCount(SLUGS.length);
	});

	test('the header search still works as a form that opens the search page', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('banner').getByRole('searchbox').fill('x509');
		await page.getByRole('banner').getByRole('button', { name: searchBoxLabels.submit }).click();
		await expect(page).toHaveURL('/cari/?q=x509');
		await expect(page.locator('[data-search-status]')).toContainText(searchPageLabels.needsJs.text);
	});
});
