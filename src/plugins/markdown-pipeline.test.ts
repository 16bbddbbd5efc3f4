import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import Fixture from './__fixtures__/gfm.mdx';

const renderers = await loadRenderers([getContainerRenderer()]);
const html = await (await AstroContainer.create({ renderers })).renderToString(Fixture);

describe('the MDX pipeline configured in astro.config.mjs', () => {
	it('renders a GFM table', () => {
		expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Skenario<\/th>/);
		expect(html).toContain('<td><code>systemctl status kubelet</code></td>');
	});
	it('renders a bare URL as a link (GFM autolink)', () => {
		expect(html).toContain('<a href="https://example.com/docs">https://example.com/docs</a>');
	});
	it('renders ~~text~~ as strikethrough', () => {
		expect(html).toContain('<del>Docker</del>');
	});
	it('registers GFM once: a table cell is not wrapped twice', () => {
		expect(html.match(/<table>/g)).toHaveLength(1);
		expect(html.match(/<del>/g)).toHaveLength(1);
	});
	it('turns > [!NOTE] into a titled note', () => {
		expect(html).toMatch(
			/<div class="callout callout-note" role="note">\s*<p class="callout-title">Catatan<\/p>\s*<p>Catatan penting.<\/p>/,
		);
	});
	it('pins an author-given heading id and slugs the others from their text', () => {
		expect(html).toMatch(
			/<h2 id="solusi" tabindex="-1">Solusi<a class="heading-anchor" href="#solusi"/,
		);
		expect(html).toMatch(/<h2 id="langkah-berikut"/);
	});
});
