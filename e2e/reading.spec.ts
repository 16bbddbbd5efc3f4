import { expect, test } from './fixtures';
import { codeLabels } from '../src/i18n/code';
import { entryText } from '../src/i18n/entry';
import { searchBoxLabels } from '../src/i18n/search-box';
import { shareLabels } from '../src/i18n/share';
import { themeText } from '../src/i18n/theme';

/** Reading an answer: the contents list, section links, and a page without JavaScript. */

const TROUBLESHOOTING = '/faq/pemecahan-masalah-kluster/';
const X509 = '/faq/sertifikat-x509-kedaluwarsa/';

test.describe('on a wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the contents list stands beside the text, stays in view and marks the section being read', async ({
		page,
	}) => {
		await page.goto(TROUBLESHOOTING);
		const toc = page.getByRole('navigation', { name: entryText.onThisPage });
		await expect(toc).toBeVisible();
		await expect(toc.getByRole('link')).toHaveText([
			'1. Periksa node kluster',
			'2. Periksa komponen kluster',
			'3. Periksa komponen kubelet',
			'Masalah umum kluster',
		]);
		const prose = await page.locator('.prose').boundingBox();
		const list = await toc.boundingBox();
		expect(list!.x).toBeGreaterThanOrEqual(prose!.x + prose!.width);

		await toc.getByRole('link', { name: '3. Periksa komponen kubelet' }).click();
		await expect(page).toHaveURL(`${TROUBLESHOOTING}#periksa-kubelet`);
		await expect(page.locator('h2#periksa-kubelet')).toBeInViewport();
		await expect(toc).toBeInViewport();
		await expect(toc.getByRole('link', { name: '3. Periksa komponen kubelet' })).toHaveAttribute(
			'aria-current',
			'true',
		);
		await expect(toc.locator('[aria-current]')).toHaveCount(1);
	});

	test('the contents list marks the first section for a reader who lands at the top', async ({
		page,
	}) => {
		const toc = page.getByRole('navigation', { name: 'Di halaman ini' });
		await page.goto(TROUBLESHOOTING);
		await expect(toc.getByRole('link', { name: '1. Periksa node kluster' })).toHaveAttribute(
			'aria-current',
			'true',
		);
		await expect(toc.locator('[aria-current]')).toHaveCount(1);
	});

	test('the contents list marks the section a link lands on', async ({ page }) => {
		const toc = page.getByRole('navigation', { name: 'Di halaman ini' });
		await page.goto(`${TROUBLESHOOTING}#periksa-kubelet`);
		await expect(toc.getByRole('link', { name: '3. Periksa komponen kubelet' })).toHaveAttribute(
			'aria-current',
			'true',
		);
		await expect(toc.locator('[aria-current]')).toHaveCount(1);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

	test('the contents list is collapsed above the text, and folds away once a section is picked', async ({
		page,
	}) => {
		await page.goto(TROUBLESHOOTING);
		const summary = page.locator('faq-toc summary');
		await expect(summary).toBeVisible();
		const toc = page.getByRole('navigation', { name: entryText.onThisPage });
		await expect(toc).toBeHidden();
		const prose = await page.locator('.prose').boundingBox();
		expect((await summary.boundingBox())!.y).toBeLessThan(prose!.y);
		await summary.click();
		await toc.getByRole('link', { name: 'Masalah umum kluster' }).click();
		await expect(page).toHaveURL(`${TROUBLESHOOTING}#masalah-umum`);
		await expect(toc).toBeHidden();
		await expect(page.locator('h2#masalah-umum')).toBeInViewport();
	});

	test('a link to a section lands with its heading in view', async ({ page }) => {
		await page.goto(`${X509}#solusi`);
		const heading = page.locator('h2#solusi');
		await expect(heading).toBeInViewport();
		const box = (await heading.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		// Nothing covers it: the point at its centre belongs to the heading.
		const hit = await page.evaluate(
			([x, y]) => document.elementFromPoint(x!, y!)?.closest('h2')?.id,
			[box.x + 20, box.y + box.height / 2],
		);
		expect(hit).toBe('solusi');
	});
});

test.describe('section links', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('each heading has one quiet row: its # link and two named icon buttons that say they copied', async ({
		page,
	}) => {
		await page.goto(X509);
		const row = page.locator('.section-head').filter({ has: page.locator('h2#solusi') });
		await expect(row.getByRole('link', { name: shareLabels.sectionAnchor })).toBeVisible();
		await expect(row.getByRole('button')).toHaveCount(2);
		const copyLink = row.getByRole('button', { name: shareLabels.copySectionLink('Solusi') });
		const heading = await page.locator('h2#solusi').boundingBox();
		const button = await copyLink.boundingBox();
		// On the heading's line, not a row of its own.
		expect(
			Math.abs(button!.y + button!.height / 2 - (heading!.y + heading!.height / 2)),
		).toBeLessThan(heading!.height / 2);
		await page.getByRole('link', { name: shareLabels.sectionAnchor }).first().focus();
		await copyLink.focus();
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('status').filter({ hasText: shareLabels.sectionLinkCopied }),
		).toBeAttached();
		await row.getByRole('button', { name: shareLabels.copySectionTicket('Solusi') }).press('Enter');
		await expect(
			page.getByRole('status').filter({ hasText: shareLabels.ticketCopied }),
		).toBeAttached();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/', TROUBLESHOOTING, X509, '/kluster-saya/', '/tag/runtime/docker/']) {
		test(`${path} shows no control that would do nothing`, async ({ page }) => {
			await page.goto(path);
			// The only buttons left submit a form, which works without a script.
			const buttons = page.locator('button:visible');
			for (const button of await buttons.all()) {
				await expect(button).toHaveAttribute('type', 'submit');
			}
			// `name` matches any button whose name contains it: "Salin" covers every copy button.
			for (const name of [
				...Object.values(themeText).filter((t) => typeof t === 'string'),
				codeLabels.copy,
				codeLabels.clearValues,
				shareLabels.copyPlain,
			])
				await expect(page.getByRole('button', { name })).toHaveCount(0);
			await expect(page.locator('faq-placeholders')).toBeHidden();
			await expect(page.getByRole('textbox').and(page.locator(':disabled:visible'))).toHaveCount(0);
		});
	}

	test('an entry still reads and navigates: the contents list, section anchors and every command variant', async ({
		page,
	}) => {
		await page.goto(X509);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page
			.getByRole('navigation', { name: entryText.onThisPage })
			.getByRole('link', { name: 'Solusi' })
			.click();
		await expect(page).toHaveURL(`${X509}#solusi`);
		await expect(page.locator('h2#solusi')).toBeInViewport();
		await expect(page.getByText('docker ps').first()).toBeVisible();
		await expect(page.getByText('crictl pods').first()).toBeVisible();
		await page.getByRole('banner').getByRole('searchbox').fill('x509');
		await page.getByRole('banner').getByRole('button', { name: searchBoxLabels.submit }).click();
		await expect(page).toHaveURL(/\/cari\/\?q=x509/);
	});
});
