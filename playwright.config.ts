import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Tests use CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
function chromiumPath(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
const executablePath = chromiumPath();
const launchOptions = {
	...(executablePath ? { executablePath } : {}),
	// The machine has no network: keep Chromium from phoning home at start.
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};
/** The phone and tablet projects run only the every-page layout check. */
const VIEWPORT_SPEC = /viewport\.spec\.ts/;

/** E2E_PORT moves the three servers, so two checkouts can run their suites side by side. */
export const PORT = Number(process.env['E2E_PORT'] ?? 4321);
export const SUBPATH_PORT = PORT + 1;
export const SUBPATH_BASE = '/docs/ack-faq/';
export const CSP_PORT = PORT + 2;
/** The strict policy the site must run under (README, "Headers for a static host"). */
export const CSP =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; report-uri /__csp-report";

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'id-ID',
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: VIEWPORT_SPEC,
			use: { ...devices['Desktop Chrome'], launchOptions },
		},
		{
			name: 'phone',
			testMatch: VIEWPORT_SPEC,
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 360, height: 740 },
				hasTouch: true,
				launchOptions,
			},
		},
		{
			name: 'tablet',
			testMatch: VIEWPORT_SPEC,
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 768, height: 1024 },
				hasTouch: true,
				launchOptions,
			},
		},
	],
	webServer: [
		{
			command: `tsx bench/lib/server.ts --dir dist --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
		},
		{
			command: `tsx bench/lib/server.ts --dir dist --port ${CSP_PORT} --csp "${CSP}"`,
			url: `http://127.0.0.1:${CSP_PORT}/`,
			reuseExistingServer: !process.env.CI,
		},
		{
			command: `tsx bench/lib/server.ts --dir dist-subpath --port ${SUBPATH_PORT} --base ${SUBPATH_BASE}`,
			url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`,
			reuseExistingServer: !process.env.CI,
		},
	],
});
