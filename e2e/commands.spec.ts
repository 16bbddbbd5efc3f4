import { expect, facet, test } from './fixtures';
import { codeLabels, codeText } from '../src/i18n/code';
import { profileLabels } from '../src/i18n/profile';

const TROUBLESHOOTING = '/faq/pemecahan-masalah-kluster/';
const DIAGNOSTICS = '/faq/kumpulkan-informasi-diagnostik/';
const X509 = '/faq/sertifikat-x509-kedaluwarsa/';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) =>
	page.evaluate(() => navigator.clipboard.readText());
const block = (page: import('@playwright/test').Page, text: string) =>
	page.locator('figure.code').filter({ has: page.locator('pre', { hasText: text }) });
/** What a block's copy button last announced. */
const status = (figure: import('@playwright/test').Locator) => figure.locator('[aria-live]');

test('the copy button puts exactly the command on the clipboard and says so', async ({ page }) => {
	await page.goto(DIAGNOSTICS);
	const figure = block(page, 'chmod u+x');
	await figure.getByRole('button', { name: codeLabels.copy }).click();
	await expect.poll(() => clipboard(page)).toBe('chmod u+x /usr/local/bin/diagnose_k8s.sh');
	await expect(status(figure)).toHaveText(codeText.copied);
});

test('output blocks are labelled as output and have no copy button', async ({ page }) => {
	await page.goto(DIAGNOSTICS);
	const output = page.locator('figure.code[data-kind="output"]').first();
	await expect(output.locator('.code-lang')).toHaveText(codeLabels.output);
	await expect(output.getByRole('button')).toHaveCount(0);
	await expect(output.locator('pre')).toContainText(
		'please get diagnose_1514939155.tar.gz for diagnostics',
	);
});

test('a filled placeholder reaches every block and the clipboard', async ({ page }) => {
	await page.goto(TROUBLESHOOTING);
	await page.getByRole('textbox', { name: /Nama node/ }).fill('worker-7');
	const figure = block(page, 'kubectl describe node');
	await expect(figure.locator('pre')).toHaveText('kubectl describe node worker-7');
	await figure.getByRole('button', { name: codeLabels.copy }).click();
	await expect.poll(() => clipboard(page)).toBe('kubectl describe node worker-7');
	await expect(status(figure)).toHaveText(codeText.copied);
});

test('an unfilled placeholder is copied as written, with a warning', async ({ page }) => {
	await page.goto(TROUBLESHOOTING);
	const figure = block(page, 'kubectl logs');
	await figure.getByRole('button', { name: codeLabels.copy }).click();
	await expect.poll(() => clipboard(page)).toBe('kubectl logs -f [$Component_Name] -n kube-system');
	await expect(status(figure)).toHaveText(
		`${codeText.copied}${codeText.unfilled(['[$Component_Name]'])}`,
	);
});

test('placeholder values persist across pages and reloads for the session, and can be cleared', async ({
	page,
}) => {
	await page.goto(TROUBLESHOOTING);
	await page.getByRole('textbox', { name: /Nama node/ }).fill('worker-7');
	await page.goto(X509);
	await page.goto(TROUBLESHOOTING);
	await expect(page.getByRole('textbox', { name: /Nama node/ })).toHaveValue('worker-7');
	await expect(block(page, 'kubectl describe node').locator('pre')).toHaveText(
		'kubectl describe node worker-7',
	);
	await page.reload();
	await expect(block(page, 'kubectl describe node').locator('pre')).toHaveText(
		'kubectl describe node worker-7',
	);
	await page.getByRole('button', { name: codeLabels.clearValues }).click();
	await expect(block(page, 'kubectl describe node').locator('pre')).toHaveText(
		'kubectl describe node [$NODE_NAME]',
	);
});

test('a value typed before the command tools arrive is kept when the reader leaves at once', async ({
	page,
}) => {
	// The tools' script is held back, as on a slow network, until the reader has left the page.
	const tools = /\/_astro\/faq-code\.[\w-]+\.js$/;
	let held = 0;
	await page.route(tools, () => void held++);
	await page.goto(TROUBLESHOOTING);
	await page.getByRole('textbox', { name: /Nama node/ }).fill('worker-7');
	await expect.poll(() => held).toBeGreaterThan(0);
	await page.goto(X509);
	await page.unroute(tools);
	await page.goto(TROUBLESHOOTING);
	await expect(page.getByRole('textbox', { name: /Nama node/ })).toHaveValue('worker-7');
	await expect(block(page, 'kubectl describe node').locator('pre')).toHaveText(
		'kubectl describe node worker-7',
	);
});

test('a hostile value shows literally, with a shell warning, and never runs', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto(TROUBLESHOOTING);
	const input = page.getByRole('textbox', { name: /Nama node/ });
	await input.fill('<img src=x onerror=alert(1)>');
	await expect(block(page, 'kubectl describe node').locator('pre')).toHaveText(
		'kubectl describe node <img src=x onerror=alert(1)>',
	);
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(input).toHaveAccessibleDescription(/karakter/);
	expect(dialogs).toBe(0);
});

test.describe('without the Clipboard API', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() =>
			Object.defineProperty(navigator, 'clipboard', { value: undefined }),
		);
	});

	test('the copy button selects the command and asks for Ctrl+C', async ({ page }) => {
		await page.goto(DIAGNOSTICS);
		const figure = block(page, 'chmod u+x');
		await figure.getByRole('button', { name: codeLabels.copy }).click();
		await expect(status(figure)).toHaveText(codeText.selectedCopyByHand);
		expect(await page.evaluate(() => getSelection()?.toString())).toContain(
			'chmod u+x /usr/local/bin/diagnose_k8s.sh',
		);
	});
});

test.describe('variant tabs', () => {
	test('the containerd and Docker restart commands are tabs, and the choice is remembered', async ({
		page,
	}) => {
		await page.goto(`${X509}#mulai-ulang-api-server`);
		const tabs = page.getByRole('tablist', { name: codeLabels.variants });
		await expect(tabs.getByRole('tab')).toHaveText(['containerd', 'Docker']);
		await expect(page.getByRole('tab', { name: 'containerd' })).toHaveAttribute(
			'aria-selected',
			'true',
		);
		await expect(page.getByText('crictl pods')).toBeVisible();
		await expect(page.getByText('docker ps')).toBeHidden();
		await page.getByRole('tab', { name: 'Docker' }).click();
		await expect(page.getByText('docker ps')).toBeVisible();
		await expect(page.getByText('crictl pods')).toBeHidden();
		await page.reload();
		await expect(page.getByRole('tab', { name: 'Docker' })).toHaveAttribute(
			'aria-selected',
			'true',
		);
	});

	test('arrow keys move between tabs', async ({ page }) => {
		await page.goto(X509);
		await page.getByRole('tab', { name: 'containerd' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('tab', { name: 'Docker' })).toBeFocused();
		await expect(page.getByText('docker ps')).toBeVisible();
	});

	test('with no choice made, the tab follows the runtime of the saved profile', async ({
		page,
	}) => {
		await page.goto('/kluster-saya/');
		await page.getByRole('combobox', { name: facet('runtime') }).selectOption('docker');
		await page.getByRole('button', { name: profileLabels.save }).click();
		await page.goto(X509);
		await expect(page.getByRole('tab', { name: 'Docker' })).toHaveAttribute(
			'aria-selected',
			'true',
		);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('both variants are visible with their labels', async ({ page }) => {
			await page.goto(X509);
			await expect(page.getByText('crictl pods')).toBeVisible();
			await expect(page.getByText('docker ps')).toBeVisible();
			await expect(page.locator('.code-variant', { hasText: 'Docker' })).toBeVisible();
		});
	});
});

test('keyboard only: reach a copy button, press Enter, hear the result', async ({ page }) => {
	await page.goto(DIAGNOSTICS);
	const button = block(page, 'chmod u+x').getByRole('button', { name: codeLabels.copy });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => clipboard(page)).toBe('chmod u+x /usr/local/bin/diagnose_k8s.sh');
	await expect(status(block(page, 'chmod u+x'))).toHaveText(codeText.copied);
});
