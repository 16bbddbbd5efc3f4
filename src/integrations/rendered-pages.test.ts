import { describe, expect, it } from 'vitest';
import { pageLocation } from './rendered-pages';

describe('pageLocation', () => {
	it('maps a page to its folder index, without the base', () => {
		expect(pageLocation('http://localhost:4321/faq/x/', '/')).toEqual({
			path: '/faq/x/',
			file: 'faq/x/index.html',
		});
		expect(pageLocation('http://h/docs/ack-faq/faq/x/', '/docs/ack-faq/')).toEqual({
			path: '/faq/x/',
			file: 'faq/x/index.html',
		});
		expect(pageLocation('http://h/docs/ack-faq/', '/docs/ack-faq')).toEqual({
			path: '/',
			file: 'index.html',
		});
	});

	it('writes the 404 and 500 pages as files of their own, as Astro does', () => {
		expect(pageLocation('http://h/404/', '/')).toEqual({ path: '/404.html', file: '404.html' });
		expect(pageLocation('http://h/docs/500', '/docs/')).toEqual({
			path: '/500.html',
			file: '500.html',
		});
	});

	it('keeps dots in folder names', () => {
		expect(pageLocation('http://h/tag/versi/1.20/', '/').file).toBe('tag/versi/1.20/index.html');
	});
});
