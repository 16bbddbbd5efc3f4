import { test as base, expect } from '@playwright/test';
import { type FacetField, TAG_FACETS } from '../src/config/facets';

/**
 * Every test fails if the page logged a console error or threw: a broken script is a bug
 * even when the assertion the test cares about still passes.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
	/** Console errors a test expects, such as the browser's own report of a deliberate 404. */
	allowedConsoleErrors: [[], { option: true }],
	consoleErrors: [
		async ({ page, allowedConsoleErrors }, use) => {
			const errors: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(msg.text())))
					errors.push(msg.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** A facet's label as the filters, the profile form and the tag pages name it. */
export const facet = (key: FacetField) => TAG_FACETS.find((f) => f.key === key)!.label;

export const NOT_FOUND_ERROR =
	/^Failed to load resource: the server responded with a status of 404/;

/** The 14 entries of the seed, by slug. */
export const SLUGS = [
	'migrasi-kluster-ke-ack',
	'alibaba-cloud-linux-citra-centos',
	'ubah-runtime-containerd-ke-docker',
	'perbedaan-runtime-kontainer',
	'mlps-2-level-3',
	'dukungan-istio',
	'kumpulkan-informasi-diagnostik',
	'pemecahan-masalah-kluster',
	'izin-pengguna-ram',
	'acl-slb-api-server',
	'akses-node-master',
	'node-master-terhapus',
	'tambah-hapus-node-master',
	'sertifikat-x509-kedaluwarsa',
] as const;
