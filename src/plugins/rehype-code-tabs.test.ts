import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeCodeTabs } from './rehype-code-tabs';
import { shikiCommands } from './shiki-commands';

/** Astro's own Markdown pipeline: remark-parse, remark-rehype, Shiki, then our rehype plugin. */
async function render(markdown: string): Promise<string> {
	const processor = await createMarkdownProcessor({
		shikiConfig: {
			themes: { light: 'github-light', dark: 'github-dark' },
			defaultColor: false,
			transformers: [shikiCommands()],
		},
		rehypePlugins: [rehypeCodeTabs],
	} as Parameters<typeof createMarkdownProcessor>[0]);
	return (await processor.render(markdown)).code;
}

const fence = (tab: string, code: string, lang = 'bash') =>
	`\`\`\`${lang} tab="${tab}"\n${code}\n\`\`\`\n`;
const count = (html: string, s: string) => html.split(s).length - 1;

describe('rehypeCodeTabs', () => {
	it('groups consecutive variants under a hidden tab list with one labelled button each', async () => {
		const html = await render(
			`Mulai ulang API server:\n\n${fence('containerd', 'crictl ps')}\n${fence('docker', 'docker ps')}`,
		);
		expect(html).toContain(
			'<div class="code-tabs" data-tab-group="containerd docker"><div role="tablist" aria-label="Varian" hidden>' +
				'<button type="button" data-tab="containerd">containerd</button><button type="button" data-tab="docker">Docker</button></div>' +
				'<figure class="code" data-lang="bash" data-kind="command" data-tab="containerd">',
		);
		expect(html).toMatch(/data-tab="docker"><figcaption[\s\S]*<\/figure><\/div>$/);
	});

	it('keeps every variant visible and labels it in its header', async () => {
		const html = await render(
			`${fence('containerd', 'crictl ps')}\n${fence('docker', 'docker ps')}`,
		);
		expect(html).toContain(
			'<span class="code-lang">Bash</span><span class="code-variant">containerd</span><button',
		);
		expect(html).toContain(
			'<span class="code-lang">Bash</span><span class="code-variant">Docker</span><button',
		);
		expect(html).toContain('crictl');
		expect(html).toContain('docker</span>');
		expect(html.replace('aria-label="Varian" hidden', '')).not.toContain('hidden');
	});

	it('names runtimes as the facets do and other values as written', async () => {
		const html = await render(`${fence('sandboxed', 'ls')}\n${fence('ubuntu', 'ls')}`);
		expect(html).toContain(
			'<button type="button" data-tab="sandboxed">Sandboxed-Container</button><button type="button" data-tab="ubuntu">ubuntu</button>',
		);
	});

	it('starts a new group when a value repeats', async () => {
		const html = await render(
			[
				fence('containerd', 'a'),
				fence('docker', 'b'),
				fence('containerd', 'c'),
				fence('docker', 'd'),
			].join('\n'),
		);
		expect(count(html, '<div class="code-tabs" data-tab-group="containerd docker">')).toBe(2);
	});

	it('ends a group at anything other than a variant', async () => {
		const html = await render(
			`${fence('containerd', 'a')}\nAtau:\n\n${fence('docker', 'b')}\n\`\`\`bash\nc\n\`\`\`\n`,
		);
		expect(html).not.toContain('code-tabs');
		expect(count(html, 'class="code-variant"')).toBe(2);
	});

	it('groups variants nested in other content', async () => {
		const html = await render(
			`1. Langkah:\n\n   ${fence('containerd', 'a').replace(/\n(?!$)/g, '\n   ')}\n   ${fence('docker', 'b').replace(/\n(?!$)/g, '\n   ')}`,
		);
		expect(html).toMatch(/<li>[\s\S]*<div class="code-tabs" data-tab-group="containerd docker">/);
	});

	it('leaves code without tabs untouched', async () => {
		const html = await render('```bash\nls\n```\n');
		expect(html).not.toContain('code-variant');
		expect(html).not.toContain('code-tabs');
	});
});
