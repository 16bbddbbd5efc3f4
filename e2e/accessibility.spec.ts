import AxeBuilder from '@axe-core/playwright';
import { NOT_FOUND_ERROR, expect, test } from './fixtures';
import { siteText } from '../src/i18n/site';
import { themeText } from '../src/i18n/theme';

const PAGES = [
	['home', '/'],
	['entry', '/faq/pemecahan-masalah-kluster/'],
	['entry with tabs', '/faq/sertifikat-x509-kedaluwarsa/'],
	['tag', '/tag/runtime/docker/'],
	['search with results', '/cari/?q=kubelet'],
	['search with no results', '/cari/?q=zzzyqxw'],
	['profile', '/kluster-saya/'],
	['404', '/faq/tidak-ada/'],
] as const;

test.use({ allowedConsoleErrors: [NOT_FOUND_ERROR] });

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		for (const [name, path] of PAGES) {
			test(`${name} has no WCAG 2.2 AA violations`, async ({ page }) => {
				await page.goto(path);
				if (path.startsWith('/cari/'))
					await expect(page.locator('faq-search-page')).toHaveAttribute(
						'data-search-state',
						'done',
					);
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				).toEqual([]);
			});
		}
	});
}

test('the theme toggle is remembered and applied before the first paint', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('banner').locator('faq-theme-toggle').getByRole('button');
	await expect(toggle).toHaveAccessibleName(themeText.auto);
	await toggle.click();
	// The label is the state: it names the theme now applied.
	await expect(toggle).toHaveAccessibleName(themeText.light);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await toggle.click();
	await expect(toggle).toHaveAccessibleName(themeText.dark);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// The theme must be on <html> before any module script runs, or the page would flash.
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { themeAtParse: string }).themeAtParse =
				document.documentElement.dataset['theme'] ?? '';
		});
	});
	await page.goto('/faq/dukungan-istio/');
	expect(
		await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse),
	).toBe('dark');
});

test('a skip link leads to the main content, and every page has one h1 and landmarks', async ({
	page,
}) => {
	await page.goto('/faq/dukungan-istio/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: siteText.skipToContent });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
});
