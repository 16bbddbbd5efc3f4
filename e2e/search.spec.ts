import type { Page } from '@playwright/test';
import { SUBPATH_BASE, SUBPATH_PORT } from '../playwright.config';
import { SLUGS, expect, test } from './fixtures';
import { searchPageLabels, searchPageText } from '../src/i18n/search';
import { FIRST_DRAW } from '../src/lib/search/ranking';

/** Holds back the requests whose URL matches until `release()`; `holding()` counts them. */
async function holdBack(page: Page, url: string | RegExp | ((url: URL) => boolean)) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let holding = 0;
	await page.route(url, async (route) => {
		holding++;
		await released;
		await route.continue();
	});
	return { release, holding: () => holding };
}

test('typing x509 in the header box and picking the first result lands on the certificate entry', async ({
	page,
}) => {
	await page.goto('/');
	await page.getByRole('banner').getByRole('searchbox').fill('x509');
	const first = page.getByRole('banner').locator('[data-search-result] a').first();
	await expect(first).toContainText('x509');
	await first.click();
	await expect(page).toHaveURL(/\/faq\/sertifikat-x509-kedaluwarsa\//);
});

test('the / and Ctrl+K shortcuts focus the header search box', async ({ page }) => {
	await page.goto('/faq/dukungan-istio/');
	const box = page.getByRole('banner').getByRole('searchbox');
	await page.keyboard.press('/');
	await expect(box).toBeFocused();
	await box.blur();
	await page.keyboard.press('Control+k');
	await expect(box).toBeFocused();
});

test('keyboard only: open search, pick a result, land on it', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('/');
	await page.keyboard.type('diagnose_k8s.sh');
	// Earlier results stay until the full word's arrive; wait for those, as a reader would.
	await expect(page.getByRole('banner').locator('[data-search-result] a').first()).toHaveAttribute(
		'href',
		/\/faq\/kumpulkan-informasi-diagnostik\//,
	);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/faq\/kumpulkan-informasi-diagnostik\//);
});

/** Stops the page's clock (installed before it loaded): no typing pause ends until `runFor`. */
async function stopClock(page: Page) {
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
}

test('a reader who arrowed into the results stays on the answer when newer results land', async ({
	page,
}) => {
	await page.clock.install();
	await page.goto('/');
	const box = page.locator('header faq-search');
	await page.keyboard.press('/');
	await stopClock(page);
	// One input event with the whole word is searched at once, the clock stopped or not.
	await page.keyboard.insertText('diagnose');
	const first = box.locator('[data-search-result] a').first();
	await expect(first).toHaveAttribute('href', /\/faq\/kumpulkan-informasi-diagnostik\//);
	const drawn = Number(await box.getAttribute('data-search-query-id'));
	// The rest of the word typed key by key waits for the typing pause, which the stopped clock
	// holds: the reader is in the list before the newer query's results land.
	await page.keyboard.type('_k8s.sh');
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.clock.runFor(150);
	await expect(box).toHaveAttribute('data-search-query-id', String(drawn + 1));
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/faq\/kumpulkan-informasi-diagnostik\//);
});

test.describe('a pasted text is searched at once, typed keys after a pause', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
	const PASTED = 'x509: certificate has expired or is not yet valid';
	for (const ui of [
		{ name: 'the search page', path: '/cari/', root: 'faq-search-page' },
		{ name: 'the header box', path: '/', root: 'header faq-search' },
	]) {
		test(ui.name, async ({ page }) => {
			await page.clock.install();
			await page.goto(ui.path);
			const root = page.locator(ui.root);
			await root.getByRole('searchbox').focus();
			await stopClock(page);
			await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
			await page.keyboard.press('ControlOrMeta+V');
			await expect(root.locator('[data-search-result] a').first()).toHaveAttribute(
				'href',
				/\/faq\/sertifikat-x509-kedaluwarsa\//,
			);
			const drawn = Number(await root.getAttribute('data-search-query-id'));
			await page.keyboard.type(' kubelet');
			// Time passes for the test, not for the page: its typing pause has not ended.
			await page.waitForTimeout(500);
			await expect(root).toHaveAttribute('data-search-state', 'loading');
			await expect(root).toHaveAttribute('data-search-query-id', String(drawn));
			await page.clock.runFor(150);
			await expect(root).toHaveAttribute('data-search-query-id', String(drawn + 1));
			await expect(root).toHaveAttribute('data-search-state', 'done');
		});
	}
});

test.describe('on a slow connection, nothing typed before the scripts arrive is lost', () => {
	test('the search page keeps the words and filters and searches them', async ({ page }) => {
		const { release } = await holdBack(page, '**/_astro/faq-search-page.*.js');
		await page.goto('/cari/', { waitUntil: 'domcontentloaded' });
		await page.getByRole('searchbox', { name: searchPageLabels.query }).fill('diagnose_k8s.sh');
		await page.getByRole('checkbox', { name: /^Linux/ }).check();
		release();
		await expect(page).toHaveURL('/cari/?q=diagnose_k8s.sh&os=linux');
		await expect(page.getByRole('searchbox', { name: searchPageLabels.query })).toHaveValue(
			'diagnose_k8s.sh',
		);
		await expect(page.getByRole('checkbox', { name: /^Linux/ })).toBeChecked();
		await expect(page.locator('[data-search-result]').first().getByRole('link')).toHaveAttribute(
			'href',
			/\/faq\/kumpulkan-informasi-diagnostik\//,
		);
	});

	test('the header box shows results for what was typed before it was ready', async ({ page }) => {
		const { release } = await holdBack(page, '**/_astro/Base.astro_astro_type_script_*.js');
		await page.goto('/', { waitUntil: 'commit' });
		const box = page.getByRole('banner').getByRole('searchbox');
		await box.fill('x509');
		release();
		await expect(page.getByRole('banner').locator('[data-search-result] a').first()).toContainText(
			'x509',
		);
		await expect(box).toHaveValue('x509');
	});
});

test('/cari/?q=diagnose_k8s.sh ranks the diagnostics entry first', async ({ page }) => {
	await page.goto('/cari/?q=diagnose_k8s.sh');
	const first = page.locator('[data-search-result]').first();
	await expect(first.getByRole('link')).toHaveAttribute(
		'href',
		/\/faq\/kumpulkan-informasi-diagnostik\//,
	);
});

test('a long result list shows its first results at once and the rest as it arrives, counted once', async ({
	page,
}) => {
	// Every entry has `kluster`, and nothing reorders one word: the first draw is the search's own
	// first pages. The fragments past them wait until released.
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	let fragments = 0;
	await page.route('**/pagefind/fragment/**', async (route) => {
		if (++fragments > FIRST_DRAW) await held;
		await route.continue();
	});
	await page.goto('/cari/?q=kluster');
	const root = page.locator('faq-search-page');
	const results = page.locator('[data-search-result]');
	await expect(root).toHaveAttribute('data-search-state', 'done');
	await expect(results).toHaveCount(FIRST_DRAW);
	await expect(root).toHaveAttribute('data-search-shown', String(FIRST_DRAW));
	await expect(page.getByRole('main').getByRole('status')).toHaveText(
		searchPageText.results(SLUGS.length, 'kluster', false),
	);
	expect(await root.getAttribute('data-search-all-ms')).toBeNull();
	release();
	await expect(results).toHaveCount(SLUGS.length);
	await expect(root).toHaveAttribute('data-search-all-ms', /^\d+(\.\d)?$/);
	const hrefs = await results
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(new Set(hrefs).size).toBe(SLUGS.length);
});

test('search results deep-link to sections, mark the hits, and the page highlights them', async ({
	page,
}) => {
	await page.goto('/cari/?q=journalctl');
	const first = page.locator('[data-search-result]').first();
	await expect(first.getByRole('link')).toHaveAttribute(
		'href',
		'/faq/pemecahan-masalah-kluster/?sorot=journalctl#periksa-kubelet',
	);
	await expect(first.locator('mark').first()).toHaveText(/journalctl/i);
	await first.getByRole('link').click();
	await expect(page.locator('#periksa-kubelet')).toBeInViewport();
	await expect(page.locator('article mark.search-mark').first()).toHaveText('journalctl');
});

test('the search page keeps the URL in step with the box, and Back restores the previous search', async ({
	page,
}) => {
	await page.goto('/cari/?q=istio');
	await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('istio');
	await expect(page.locator('[data-search-result]').first()).toContainText('Istio');
	await page.getByRole('main').getByRole('searchbox').fill('kubelet');
	await expect(page).toHaveURL('/cari/?q=kubelet');
	await expect(page.locator('[data-search-result]').first()).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL('/cari/?q=istio');
	await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('istio');
});

test('a hostile query is shown as text and never executed', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	// With a real word beside it the hostile text also reaches the results, not just the status.
	await page.goto('/cari/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20kubelet');
	await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(
		'<img src=x onerror=alert(1)> kubelet',
	);
	await expect(page.getByRole('main').getByRole('status')).toContainText(
		'<img src=x onerror=alert(1)>',
	);
	await expect(page.locator('main img')).toHaveCount(0);
	expect(dialogs).toBe(0);
});

test.describe('each search UI reports its state on its root element, for tests and the benchmark', () => {
	test('the search page: idle, then done with the query count, time and searches', async ({
		page,
	}) => {
		await page.goto('/cari/');
		const root = page.locator('faq-search-page');
		await expect(root).toHaveAttribute('data-search-state', 'idle');
		await page.getByRole('main').getByRole('searchbox').fill('kubelet');
		await expect(root).toHaveAttribute('data-search-state', 'done');
		await expect(root).toHaveAttribute('data-search-query-id', '1');
		await expect(root).toHaveAttribute('data-search-ms', /^\d+(\.\d)?$/);
		await expect(root).toHaveAttribute('data-search-shown', /^[1-9]\d*$/);
		await expect(root).toHaveAttribute(
			'data-search-phases',
			/^load=[\d.]+ search=[\d.]+ read=[\d.]+ rank=[\d.]+ link=[\d.]+ other=-?[\d.]+$/,
		);
		await expect(root).toHaveAttribute('data-pagefind-searches', /^[1-9]\d*$/);
		await expect(page.locator('[data-search-result]').first()).toBeVisible();
		await page.getByRole('main').getByRole('searchbox').fill('istio');
		await expect(root).toHaveAttribute('data-search-query-id', '2');
		await expect(page.locator('[data-search-result]').first()).toContainText('Istio');
		await page.getByRole('main').getByRole('searchbox').fill('');
		await expect(root).toHaveAttribute('data-search-state', 'idle');
	});

	test('the header box: idle until typed in, then done, idle again when emptied', async ({
		page,
	}) => {
		await page.goto('/');
		const root = page.getByRole('banner').locator('faq-search');
		await expect(root).toHaveAttribute('data-search-state', 'idle');
		await page.getByRole('banner').getByRole('searchbox').fill('x509');
		await expect(root).toHaveAttribute('data-search-state', 'done');
		await expect(root).toHaveAttribute('data-search-query-id', '1');
		await expect(root).toHaveAttribute('data-pagefind-searches', /^[1-9]\d*$/);
		await expect(root.locator('[data-search-result] a').first()).toContainText('x509');
		await page.getByRole('banner').getByRole('searchbox').fill('');
		await expect(root).toHaveAttribute('data-search-state', 'idle');
	});

	test.describe('when Pagefind cannot load', () => {
		test.use({ allowedConsoleErrors: [/^Failed to load resource/] });

		test('the search page reports error', async ({ page }) => {
			await page.route('**/pagefind/pagefind.js', (route) => route.abort());
			await page.goto('/cari/?q=kubelet');
			await expect(page.locator('faq-search-page')).toHaveAttribute('data-search-state', 'error');
			await expect(page.locator('faq-search-page')).not.toHaveAttribute('data-search-query-id');
		});
	});
});

test('no search code or index is fetched until the reader uses search', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/faq/dukungan-istio/');
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
	await page.getByRole('banner').getByRole('searchbox').focus();
	await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('a search page with no query fetches no search index until the reader searches', async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/cari/');
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.includes('/pagefind/') || p.includes('/search/'))).toEqual([]);
});

test('the search page fetches its own script beside site.ts, not after site.ts has run', async ({
	page,
	request,
}) => {
	// Hold back the page's one script tag (site.ts): the search page's script must still come.
	const html = await (await request.get('/cari/')).text();
	const site = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
	expect(site, 'the search page loads site.ts with a module script tag').toBeTruthy();
	const { release, holding } = await holdBack(page, (url) => url.pathname === site);
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/cari/?q=x509', { waitUntil: 'commit' });
	await expect.poll(holding).toBe(1);
	await expect
		.poll(() => requested.some((path) => /\/faq-search-page\.[^/]+\.js$/.test(path)))
		.toBe(true);
	release();
	await expect(page.locator('[data-search-result] a').first()).toHaveAttribute(
		'href',
		/\/faq\/sertifikat-x509-kedaluwarsa\//,
	);
});

test('the search page opened with words starts Pagefind before its own script has run', async ({
	page,
}) => {
	const { release, holding } = await holdBack(page, /\/_astro\/faq-search-page\.[^/]+\.js$/);
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/cari/?q=x509', { waitUntil: 'commit' });
	await expect.poll(holding).toBe(1);
	await expect.poll(() => requested.includes('/pagefind/pagefind.js')).toBe(true);
	release();
	await expect(page.locator('[data-search-result] a').first()).toHaveAttribute(
		'href',
		/\/faq\/sertifikat-x509-kedaluwarsa\//,
	);
});

test.describe('under a sub-path', () => {
	const root = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;

	test('pages, links and search work under /docs/ack-faq/', async ({ page }) => {
		await page.goto(root);
		await page.locator(`main a[href="${SUBPATH_BASE}faq/dukungan-istio/"]`).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Istio');
		await page.getByRole('banner').getByRole('searchbox').fill('x509');
		const first = page.getByRole('banner').locator('[data-search-result] a').first();
		await expect(first).toHaveAttribute(
			'href',
			new RegExp(`^${SUBPATH_BASE}faq/sertifikat-x509-kedaluwarsa/`),
		);
		await first.click();
		await expect(page).toHaveURL(new RegExp(`${SUBPATH_BASE}faq/sertifikat-x509-kedaluwarsa/`));
	});

	test('the search page under the sub-path ranks the diagnostics entry first', async ({ page }) => {
		await page.goto(`${root}cari/?q=diagnose_k8s.sh`);
		await expect(page.locator('[data-search-result] a').first()).toHaveAttribute(
			'href',
			new RegExp(`^${SUBPATH_BASE}faq/kumpulkan-informasi-diagnostik/`),
		);
	});
});

test.describe('the header box, the search page and the 404 box', () => {
	test.use({ allowedConsoleErrors: [/status of 404/] });

	/** The result links a search UI drew for `query`, once it says they are drawn. */
	async function drawn(root: import('@playwright/test').Locator, query: string) {
		await root.getByRole('searchbox').first().fill(query);
		await expect(root).toHaveAttribute('data-search-state', 'done');
		return root
			.locator('[data-search-result] a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	}

	for (const query of [
		'sertifikat kedaluwarsa',
		'node master terhapus',
		'kubectl get pods -n kube-system',
		// No page has every word: the fallback's order must agree too.
		'sertifikat kubelet zzzyqx',
		'Error from server (Forbidden): deployments.apps is forbidden: User "276512345678901234" cannot list resource "deployments" in API group "apps" in the namespace "default"',
	]) {
		test(`list the same results in the same order for ${JSON.stringify(query.slice(0, 40))}`, async ({
			page,
		}) => {
			await page.goto('/');
			const header = await drawn(page.getByRole('banner').locator('faq-search'), query);
			await page.goto('/faq/tidak-ada/');
			const notFound = await drawn(page.getByRole('main').locator('faq-search'), query);
			await page.goto(`/cari/?q=${encodeURIComponent(query)}`);
			const searchPage = page.locator('faq-search-page');
			await expect(searchPage).toHaveAttribute('data-search-state', 'done');
			const listed = await searchPage
				.locator('[data-search-result] a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(header.length).toBeGreaterThan(0);
			expect(notFound).toEqual(header);
			expect(listed.slice(0, header.length)).toEqual(header);
		});
	}
});

test('on a wide screen the filters stand open beside the results, with no toggle', async ({
	page,
}) => {
	await page.goto('/cari/?q=x509');
	await expect(page.locator('faq-search-page')).toHaveAttribute('data-search-state', 'done');
	await expect(page.locator('summary', { hasText: searchPageLabels.fold })).toBeHidden();
	const docker = page.getByRole('checkbox', { name: /^Docker/ });
	await expect(docker).toBeVisible();
	const first = page.locator('[data-search-result]').first().getByRole('link');
	const filterAt = (await page.getByRole('group', { name: 'Filter' }).boundingBox())!;
	const firstAt = (await first.boundingBox())!;
	expect(firstAt.x).toBeGreaterThan(filterAt.x + filterAt.width);
});
