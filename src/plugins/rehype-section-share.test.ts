import { describe, expect, it } from 'vitest';
import { createEntryRenderer } from '../markdown/pipeline';

const renderer = await createEntryRenderer(
	{ site: 'https://faq.example', base: '/', slugs: [] },
	{ type: 'shiki', excludeLangs: ['math'] },
);
const render = async (source: string) =>
	(await renderer('/proyek/content/faq/contoh.mdx', source, { ref: 'ACK-0001', title: 'Contoh?' }))
		.html;

describe('the section share row', () => {
	it('puts each h2 and h3 on one row with its # link and two named icon buttons', async () => {
		const html = await render('## Solusi {/* #solusi */}\n\nTeks.\n\n### Langkah\n\n#### Rinci\n');
		expect(html).toMatch(
			/^<div class="section-head"><h2 id="solusi" tabindex="-1">Solusi<a class="heading-anchor" href="#solusi"[^>]*><\/a><\/h2><faq-share class="faq-share faq-share--section" data-pagefind-ignore=""><button type="button" class="icon-button" data-copy="https:\/\/faq.example\/faq\/contoh\/#solusi" data-copied="Tautan ke bagian disalin" aria-label="Salin tautan, bagian Solusi"/,
		);
		expect(html).toContain(
			'data-copy="[ACK-0001] Contoh? › Langkah — https://faq.example/faq/contoh/#langkah" data-copied="Referensi tiket disalin" aria-label="Salin untuk tiket, bagian Langkah"',
		);
		expect(html.match(/<faq-share/g)).toHaveLength(2);
		expect(html).toMatch(/<h4 id="rinci" tabindex="-1">Rinci<a class="heading-anchor"/);
	});
	it('ships the buttons disabled, with decorative icons', async () => {
		const html = await render('## Solusi\n');
		expect(html.match(/<button [^>]*disabled>/g)).toHaveLength(2);
		expect(html.match(/<svg [^>]*aria-hidden="true"/g)).toHaveLength(2);
	});
});

describe('the table scroll box', () => {
	it('wraps a table in a focusable, labelled region', async () => {
		expect(await render('| a | b |\n| - | - |\n| 1 | 2 |\n')).toMatch(
			/^<div class="table-scroll" role="region" aria-label="Tabel" tabindex="0"><table>/,
		);
	});
});
