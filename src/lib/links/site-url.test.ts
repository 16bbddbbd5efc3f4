import { describe, expect, it } from 'vitest';
import { faqPath, refPath, siteRoot, siteUrl } from './site-url';

describe('siteRoot', () => {
	it('joins the origin of site with base, ignoring any path in site', () => {
		expect(siteRoot({ site: 'https://help.example.com', base: '/' })).toBe(
			'https://help.example.com/',
		);
		expect(siteRoot({ site: 'https://help.example.com/lain/', base: '/docs/ack-faq' })).toBe(
			'https://help.example.com/docs/ack-faq/',
		);
	});

	it('refuses a site that is not an absolute http(s) URL, naming the config field', () => {
		expect(() => siteRoot({ site: 'help.example.com', base: '/' })).toThrow(
			'astro.config.mjs: site: found "help.example.com"; set it to the absolute http(s) URL the FAQ is served from, e.g. https://help.example.com',
		);
	});
});

describe('siteUrl', () => {
	it('makes a base-independent path absolute', () => {
		expect(
			siteUrl({ site: 'http://localhost:4321', base: '/docs/ack-faq/' }, faqPath('a', 'solusi')),
		).toBe('http://localhost:4321/docs/ack-faq/faq/a/#solusi');
		expect(siteUrl('https://h.example/', refPath('ACK-0014'))).toBe(
			'https://h.example/r/ACK-0014/',
		);
	});
});
