import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { NOT_FOUND_ERROR, expect, test } from './fixtures';
import { filtersText } from '../src/i18n/filters';
import { searchPageLabels } from '../src/i18n/search';

/**
 * Every built page at phone and tablet size (the `phone` and `tablet` projects in
 * playwright.config.ts), in light and dark: nothing may stick out sideways, and every control is
 * big enough to tap. One screenshot per page type and size lands in the test output for a person
 * to look at.
 */

/** Every HTML page in dist/, as the URL a reader opens. */
function builtPages(dir = 'dist'): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((f) => f.isFile() && f.name.endsWith('.html'))
		.map((f) => `/${relative(dir, join(f.parentPath, f.name)).split(sep).join('/')}`)
		.map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** The pages a reader reaches only with a query, beside the files themselves. */
const QUERIES = ['/cari/?q=x509', '/cari/?q=zzzyqxw'];
const PAGES = [...builtPages(), ...QUERIES];

/** A page's type, for naming its screenshot; the first page of each type is photographed. */
function pageType(path: string): string {
	if (path === '/') return 'home';
	if (path === '/404.html') return '404';
	if (path.startsWith('/cari/')) return path.includes('?q=') ? 'search-results' : 'search';
	if (path.startsWith('/r/')) return 'redirect';
	const tag = /^\/tag\/(?:([^/]+)\/(?:([^/]+)\/)?)?$/.exec(path);
	if (tag) return tag[2] ? 'tag-value' : tag[1] ? 'tag-facet' : 'tags';
	if (path.startsWith('/faq/')) return 'entry';
	return path.replace(/\W+/g, '-').replace(/^-|-$/g, '');
}
const PHOTO_OF = new Map<string, string>();
for (const path of PAGES) {
	const type = pageType(path);
	// The longest entry shows most of what an entry can hold: a table, tabs, the contents list.
	if (type === 'entry' && path !== '/faq/pemecahan-masalah-kluster/') continue;
	if (!PHOTO_OF.has(type)) PHOTO_OF.set(type, path);
}

interface Problem {
	what: string;
	size: string;
}

/** Elements whose box reaches past the viewport's right edge without a scroll box holding them. */
function overflowing(page: Page): Promise<{ scrollWidth: number; width: number; wide: Problem[] }> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
		// A descendant of a box that scrolls or clips is held by it; the box itself is checked.
		const held = (el: Element) => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
				if (getComputedStyle(p).overflowX !== 'visible') return true;
			}
			return false;
		};
		const wide = [...document.body.querySelectorAll('*')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.height === 0) return false;
				return (r.right > width + 0.5 || r.left < -0.5) && !held(el);
			})
			.map((el) => {
				const r = el.getBoundingClientRect();
				return { what: describe(el), size: `${Math.round(r.left)}…${Math.round(r.right)}` };
			});
		return { scrollWidth: document.documentElement.scrollWidth, width, wide };
	});
}

/**
 * Targets smaller than 24×24 CSS px, less WCAG 2.2's exceptions (2.5.8): a link inside a
 * sentence, and an undersized target whose 24 px circle meets no other target or circle.
 */
function smallTargets(page: Page): Promise<Problem[]> {
	return page.evaluate(() => {
		const MIN = 24;
		const visible = (el: Element) => {
			const style = getComputedStyle(el);
			const r = el.getBoundingClientRect();
			return (
				r.width > 1 &&
				r.height > 1 &&
				style.visibility !== 'hidden' &&
				style.clipPath !== 'inset(50%)' &&
				r.bottom + scrollY > 0 &&
				r.right > 0
			);
		};
		const SELECTOR =
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="tab"]';
		const targets = [...document.querySelectorAll<HTMLElement>(SELECTOR)]
			.filter((el) => !el.closest('[hidden], details:not([open]) > :not(summary)'))
			.filter(visible)
			.map((el) => {
				// A checkbox or radio inside its label is tapped through the whole label.
				const label = el.matches('input') ? el.closest('label') : null;
				return { el, rect: (label ?? el).getBoundingClientRect() };
			});
		const inSentence = (el: HTMLElement) => {
			if (!el.matches('a') || getComputedStyle(el).display !== 'inline') return false;
			let block = el.parentElement;
			while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
			const own = (el.textContent ?? '').trim().length;
			return (block?.textContent ?? '').trim().length > own + 1;
		};
		const small = targets.filter(({ rect }) => rect.width < MIN - 0.01 || rect.height < MIN - 0.01);
		const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
		const circleMeetsRect = ([x, y]: readonly [number, number], r: DOMRect) => {
			const dx = Math.max(r.left - x, 0, x - r.right);
			const dy = Math.max(r.top - y, 0, y - r.bottom);
			return Math.hypot(dx, dy) < MIN / 2;
		};
		const spaced = (t: (typeof targets)[number]) => {
			const c = centre(t.rect);
			return targets.every((other) => {
				if (other === t) return true;
				if (small.includes(other)) {
					const [ox, oy] = centre(other.rect);
					return Math.hypot(ox - c[0], oy - c[1]) >= MIN;
				}
				return !circleMeetsRect(c, other.rect);
			});
		};
		return small
			.filter((t) => !inSentence(t.el) && !spaced(t))
			.map(({ el, rect }) => ({
				what: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
				size: `${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`,
			}));
	});
}

test.use({ allowedConsoleErrors: [NOT_FOUND_ERROR] });

for (const path of PAGES) {
	test(`${path} fits the screen and has targets big enough to tap, light and dark`, async ({
		page,
	}, testInfo) => {
		await page.goto(path);
		// A redirect page sends the reader on at once: check where they land.
		if (path.startsWith('/r/')) await page.waitForURL(/\/faq\//);
		if (path.includes('?q='))
			await expect(page.locator('faq-search-page')).toHaveAttribute('data-search-state', 'done');
		await page.evaluate(() => document.fonts.ready);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const fit = await overflowing(page);
			expect(fit.wide, `${scheme}: elements wider than the ${fit.width} px viewport`).toEqual([]);
			expect(fit.scrollWidth, `${scheme}: the page scrolls sideways`).toBeLessThanOrEqual(
				fit.width,
			);
			expect(await smallTargets(page), `${scheme}: targets under 24×24 px`).toEqual([]);
			if (PHOTO_OF.get(pageType(path)) === path) {
				const name = `${pageType(path)}-${testInfo.project.name}-${scheme}.png`;
				const file = testInfo.outputPath(name);
				await page.screenshot({ path: file, fullPage: true });
				await testInfo.attach(name, { path: file, contentType: 'image/png' });
			}
		}
	});
}

test('on a narrow screen the results come right after the search box, the filters folded into one line', async ({
	page,
}) => {
	await page.goto('/cari/?q=x509&runtime=docker');
	await expect(page.locator('faq-search-page')).toHaveAttribute('data-search-state', 'done');
	const box = page.getByRole('searchbox', { name: /^Kata kunci/ });
	const filters = page.locator('summary', { hasText: searchPageLabels.fold });
	const first = page.locator('[data-search-result]').first().getByRole('link');
	await expect(filters).toHaveText(`${searchPageLabels.fold} ${filtersText.ticked(1)}`);
	await expect(page.getByRole('checkbox', { name: /^Docker/ })).toBeHidden();
	// Seen from the top: the box, the one folded line, then the first result, on the first screen.
	const at = async (l: typeof box) => (await l.boundingBox())!;
	const [boxAt, filtersAt, firstAt] = [await at(box), await at(filters), await at(first)];
	expect(filtersAt.y).toBeGreaterThan(boxAt.y);
	expect(firstAt.y).toBeGreaterThan(filtersAt.y);
	expect(firstAt.y).toBeLessThan(page.viewportSize()!.height);
	// The keyboard meets them in the same order.
	await box.focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Cari', exact: true }).last()).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(filters).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	// Opened, the filters show what is ticked.
	await filters.click();
	await expect(page.getByRole('checkbox', { name: /^Docker/ })).toBeChecked();
});
