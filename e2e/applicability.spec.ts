import { SLUGS, expect, facet, test } from './fixtures';
import { applicabilityText } from '../src/i18n/applicability';
import { profileLabels, profileText } from '../src/i18n/profile';
import { emptySearchText } from '../src/i18n/search';

const results = (page: import('@playwright/test').Page) => page.locator('[data-search-result]');
const X509 = '/faq/sertifikat-x509-kedaluwarsa/';

test.describe('search filters', () => {
	test('browsing with no words lists every entry that applies', async ({ page }) => {
		await page.goto('/cari/?runtime=containerd&versi=1.28');
		await expect(page.getByRole('checkbox', { name: /containerd/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /^1\.28/ })).toBeChecked();
		await expect(results(page)).toHaveCount(SLUGS.length - 1);
		await expect(results(page).locator(`a[href^="${X509}"]`)).toHaveCount(0);
	});

	test('the version filter holds at the 1.23/1.24 boundary', async ({ page }) => {
		await page.goto('/cari/?q=x509&versi=1.23');
		await expect(results(page).first().getByRole('link')).toHaveAttribute(
			'href',
			new RegExp(`^${X509}`),
		);
		await page.goto('/cari/?q=x509&versi=1.24');
		await expect(page.getByRole('main').getByRole('status')).toHaveText(
			emptySearchText.dropFilters([emptySearchText.filter(facet('kubernetes'), '1.24')], false),
		);
		await expect(results(page)).toHaveCount(0);
	});

	test('each facet filters, and two values of one facet mean either', async ({ page }) => {
		await page.goto('/cari/?kategori=node-master');
		await expect(results(page)).toHaveCount(3);
		await page.goto('/cari/?kluster=self-managed');
		// The migration entry is for self-managed clusters, and ten more hold for every type; the three
		// entries limited to ACK dedicated clusters are left out.
		await expect(results(page)).toHaveCount(11);
		await page.goto('/cari/?os=windows');
		// Only the Alibaba Cloud Linux image entry is limited to Linux nodes.
		await expect(results(page)).toHaveCount(SLUGS.length - 1);
		await page.goto('/cari/?kategori=node-master&kategori=sertifikat');
		await expect(results(page)).toHaveCount(4);
	});

	test('each value shows its result count once the reader turns to the filters', async ({
		page,
	}) => {
		const filterIndex: string[] = [];
		page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterIndex.push(r.url()));
		await page.goto('/cari/?q=x509');
		await expect(page.locator('[data-search-result]').first()).toBeVisible();
		await page.waitForLoadState('networkidle');
		// A search with no filter set does not download the filter index just for the counts.
		expect(filterIndex).toEqual([]);
		await page.getByRole('checkbox', { name: /^Docker/ }).focus();
		await expect(page.getByRole('checkbox', { name: 'ACK dedicated (1)' })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: '1.28 (0)' })).toBeVisible();
	});

	test('with a filter set from the URL, the counts show at once', async ({ page }) => {
		await page.goto('/cari/?q=x509&runtime=docker');
		await expect(page.getByRole('checkbox', { name: 'ACK dedicated (1)' })).toBeVisible();
	});

	test('ticking a filter updates the URL, and the URL restores the filters', async ({ page }) => {
		await page.goto('/cari/?q=node');
		await page.getByRole('checkbox', { name: /ACK dedicated/ }).check();
		await expect(page).toHaveURL('/cari/?q=node&kluster=dedicated');
		await page.getByRole('checkbox', { name: /Sertifikat/ }).check();
		await expect(page).toHaveURL('/cari/?q=node&kluster=dedicated&kategori=sertifikat');
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /ACK dedicated/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /Sertifikat/ })).toBeChecked();
		await page.goBack();
		await expect(page).toHaveURL('/cari/?q=node&kluster=dedicated');
		await expect(page.getByRole('checkbox', { name: /Sertifikat/ })).not.toBeChecked();
	});

	test('filters work by keyboard alone', async ({ page }) => {
		await page.goto('/cari/');
		await page.getByRole('checkbox', { name: /^Docker/ }).focus();
		await page.keyboard.press('Space');
		await expect(page).toHaveURL('/cari/?runtime=docker');
		await expect(results(page)).toHaveCount(SLUGS.length);
	});
});

test.describe('Kluster saya', () => {
	test('the saved profile persists across pages and reloads and pre-selects filters', async ({
		page,
	}) => {
		await page.goto('/kluster-saya/');
		await page.getByRole('combobox', { name: facet('runtime') }).selectOption('containerd');
		await page.getByRole('combobox', { name: facet('kubernetes') }).selectOption('1.28');
		await page.getByRole('button', { name: profileLabels.save }).click();
		await expect(page.getByRole('status').filter({ hasText: profileText.saved })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('combobox', { name: facet('runtime') })).toHaveValue('containerd');
		await page.goto('/cari/');
		await expect(page.getByRole('checkbox', { name: /containerd/ })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: /^1\.28/ })).toBeChecked();
		await expect(page.locator('[data-profile-applied]')).toBeVisible();
		await expect(page).toHaveURL('/cari/?runtime=containerd&versi=1.28');
	});

	test('values picked before the profile script arrives are kept and saved', async ({ page }) => {
		let release = () => {};
		const arrived = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/faq-profile.*.js', async (route) => {
			await arrived;
			await route.continue();
		});
		await page.goto('/kluster-saya/', { waitUntil: 'domcontentloaded' });
		await page.getByRole('combobox', { name: facet('runtime') }).selectOption('docker');
		release();
		await page.waitForFunction(() => customElements.get('faq-profile-form') !== undefined);
		await expect(page.getByRole('combobox', { name: facet('runtime') })).toHaveValue('docker');
		await page.getByRole('button', { name: profileLabels.save }).click();
		await expect(page.getByRole('status').filter({ hasText: profileText.saved })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('combobox', { name: facet('runtime') })).toHaveValue('docker');
	});

	test('an entry that does not apply says why, and lists mark it without hiding it', async ({
		page,
	}) => {
		await page.goto('/kluster-saya/');
		await page.getByRole('combobox', { name: facet('kubernetes') }).selectOption('1.28');
		await page.getByRole('button', { name: profileLabels.save }).click();
		await page.goto(X509);
		await expect(page.locator('.faq-applicability')).toHaveText(
			applicabilityText.notApplicableBecause([
				applicabilityText.onlyFor(applicabilityText.kubernetes('< 1.24')),
			]),
		);
		await page.goto('/tag/kategori/sertifikat/');
		const item = page
			.locator('.entry-list__item')
			.filter({ has: page.locator(`a[href="${X509}"]`) });
		await expect(item).toBeVisible();
		await expect(item).toContainText(applicabilityText.notApplicable);
		await page.goto('/faq/dukungan-istio/');
		await expect(page.getByText(applicabilityText.notApplicable)).toHaveCount(0);
	});

	test('clearing the profile removes the notices', async ({ page }) => {
		await page.goto('/kluster-saya/');
		await page.getByRole('combobox', { name: facet('kubernetes') }).selectOption('1.28');
		await page.getByRole('button', { name: profileLabels.save }).click();
		await page.goto(X509);
		await expect(
			page.getByRole('status').filter({ hasText: applicabilityText.notApplicable }),
		).toBeVisible();
		await page.goto('/kluster-saya/');
		await page.getByRole('button', { name: profileLabels.clear }).click();
		await expect(page.getByRole('status').filter({ hasText: profileText.cleared })).toBeVisible();
		await page.goto(X509);
		await expect(page.getByText(applicabilityText.notApplicable)).toHaveCount(0);
	});

	test('a corrupted stored profile is ignored with a one-line notice', async ({ page }) => {
		await page.goto('/');
		await page.evaluate(() => localStorage.setItem('ack-faq:profile', '{"v":1,"runtime":"podman"'));
		await page.goto(X509);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText(profileText.invalidStored)).toBeVisible();
		await page.goto('/cari/?q=x509');
		await expect(results(page).first()).toBeVisible();
	});
});
