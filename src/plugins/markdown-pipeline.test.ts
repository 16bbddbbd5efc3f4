import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEntryRenderer } from '../markdown/pipeline';

const renderer = await createEntryRenderer(
	{ site: 'https://faq.example', base: '/', slugs: [] },
	{ type: 'shiki', excludeLangs: ['math'] },
);
const render = async (source: string, path = 'content/faq/contoh.mdx') =>
	(await renderer(`/proyek/${path}`, source, {})).html;
const html = await render(
	await readFile(new URL('./__fixtures__/gfm.mdx', import.meta.url), 'utf8'),
);

describe("the entry pipeline: the site's Markdown pipeline plus MDX syntax", () => {
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
	it('drops MDX comments and leaves no trace of the braces', async () => {
		expect(html).not.toMatch(/[{}]|\/\*/);
		expect(await render('Teks {/* catatan penulis */} lanjut.\n\n{/* blok */}\n')).toBe(
			'<p>Teks  lanjut.</p>\n',
		);
	});
	it('highlights a block again when only its fence meta differs', async () => {
		const plain = await render('```bash\nkubectl get node XX\n```\n');
		const labelled = await render(
			'```bash placeholders="XX=Nama node"\nkubectl get node XX\n```\n',
		);
		expect(labelled).not.toBe(plain);
		expect(labelled).toContain('Nama node');
	});
	it('highlights code with Shiki through Astro, as classes', async () => {
		expect(await render('```bash\nkubectl get nodes\n```\n')).toMatch(
			/<pre class="astro-code[^"]*"[^>]*><code><span class="line">/,
		);
	});
});

describe('MDX an entry cannot use, because entries render to static HTML', () => {
	it('leaves braces and tags in code as the reader must type them', async () => {
		const page = await render(
			"```bash\nkubectl get pods -o jsonpath='{.items[*].metadata.name}' # <Callout>\n```\n\n" +
				'Jalankan `docker inspect -f {{.State.Pid}} <id>`.\n',
		);
		expect(page).toContain('{.items[*].metadata.name}');
		expect(page).toContain('&#x3C;Callout>');
		expect(page).toContain('<code>docker inspect -f {{.State.Pid}} &#x3C;id></code>');
	});
	it.each([
		['<Callout>x</Callout>', ':1: <Callout> is not supported; write Markdown instead'],
		['Satu\n\n{1 + 1}', ':3: {1 + 1} is not supported; only comments'],
		["import X from './x.js'", ':1: `import` and `export` are not supported'],
	])('%s fails the build, naming the file and line', async (source, message) => {
		await expect(render(source, 'content/faq/salah.mdx')).rejects.toThrow(
			`/proyek/content/faq/salah.mdx${message}`,
		);
	});
});

describe('the steps of Astro’s processor the entry renderer turns off', () => {
	// unified turns a plugin off by identity: the copy imported here must be the one Astro's
	// processor registers, or entries silently pay for rehype-raw again.
	const root = fileURLToPath(new URL('../../', import.meta.url));
	const fromAstro = createRequire(join(root, 'node_modules/@astrojs/markdown-remark/package.json'));
	const fromSite = createRequire(join(root, 'package.json'));
	it('is the same rehype-raw that Astro’s processor uses', () => {
		expect(fromSite.resolve('rehype-raw')).toBe(fromAstro.resolve('rehype-raw'));
	});
	it('still renders every heading’s id, anchor and sections list', async () => {
		const page = await renderer(
			'/proyek/content/faq/contoh.mdx',
			'## Gejala\n\n## Solusi {/* #solusi */}\n',
			{},
		);
		expect(page.html).toContain('<h2 id="gejala" tabindex="-1">Gejala<a class="heading-anchor"');
		expect(page.metadata.headings).toEqual([
			{ depth: 2, slug: 'gejala', text: 'Gejala' },
			{ depth: 2, slug: 'solusi', text: 'Solusi' },
		]);
	});
});
