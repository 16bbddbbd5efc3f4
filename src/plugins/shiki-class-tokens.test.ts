import { bundledThemes, codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { shikiClassTokens, styleToClasses, tokenCss } from './shiki-class-tokens';
import { shikiWholeLines } from './shiki-whole-lines';

const themes = {
	light: (await bundledThemes['github-light']()).default,
	dark: (await bundledThemes['github-dark']()).default,
};
const css = tokenCss(themes);
const html = await codeToHtml('curl -k https://x | grep "a" # komentar\n$HOME', {
	lang: 'bash',
	themes: { light: 'github-light', dark: 'github-dark' },
	defaultColor: false,
	transformers: [shikiWholeLines(), shikiClassTokens()],
});

describe('class-based Shiki output', () => {
	it('leaves no inline style for a strict CSP to block', () => {
		expect(html).not.toContain('style=');
	});

	it('gives every token classes for both themes', () => {
		expect(html).toContain('<span class="l-6f42c1 d-b392f0">curl</span>');
	});

	it('has a rule in the stylesheet for every class it emits', () => {
		const classes = new Set(
			[...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ')),
		);
		const emitted = [...classes].filter((c) => /^(l|d|lb|db|lfs|dfs|lfw|dfw|ltd|dtd)-/.test(c));
		expect(emitted.length).toBeGreaterThan(5);
		for (const c of emitted) expect(css, c).toContain(`.${c}{`);
	});

	it('maps font styles and backgrounds to their own classes', () => {
		expect(
			styleToClasses(
				'--shiki-light:#24292E;--shiki-dark-bg:#24292e;--shiki-light-font-style:italic;overflow-x:auto',
			),
		).toEqual(['l-24292e', 'db-24292e', 'lfs-italic']);
		expect(css).toContain('.lfs-italic{--shiki-light-font-style:italic}');
		expect(css).toContain('.dtd-line-through{--shiki-dark-text-decoration:line-through}');
	});

	it('fails loudly on a style it cannot express as a class', () => {
		expect(() => styleToClasses('color:red')).toThrow(/"color: red", which has no class/);
	});
});
