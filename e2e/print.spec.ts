import { expect, test } from './fixtures';
import { shareLabels } from '../src/i18n/share';

test('printing hides the chrome, wraps long commands, prints link targets and every variant', async ({
	page,
}) => {
	await page.goto('/faq/sertifikat-x509-kedaluwarsa/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('button', { name: shareLabels.copyLink }).first()).toBeHidden();
	const pre = page.locator('pre').filter({ hasText: 'curl --resolve' });
	expect(await pre.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
	// The long curl command fits the page width instead of running off it.
	expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
	const link = page.locator('.prose a[href^="/faq/"]').first();
	expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('/faq/');
	await expect(page.getByText('crictl pods')).toBeVisible();
	await expect(page.getByText('docker ps')).toBeVisible();
});
