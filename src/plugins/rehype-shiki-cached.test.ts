import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeShikiCached } from './rehype-shiki-cached';

const block = (): Root => ({
	type: 'root',
	children: [
		{
			type: 'element',
			tagName: 'pre',
			properties: {},
			children: [
				{
					type: 'element',
					tagName: 'code',
					properties: { className: ['language-bash'] },
					children: [{ type: 'text', value: 'systemctl restart kubelet' }],
				},
			],
		},
	],
});

describe('rehypeShikiCached', () => {
	it('gives each use of a remembered block its own copy, so one page cannot change another', async () => {
		const highlight = rehypeShikiCached({
			themes: { light: 'github-light', dark: 'github-dark' },
		})();
		const first = block();
		await highlight(first);
		const pre = first.children[0] as Element;
		expect(JSON.stringify(pre.properties)).toContain('astro-code');
		pre.properties['dataDiubah'] = 'ya';
		(pre.children[0] as Element).children = [];

		const second = block();
		await highlight(second);
		const again = second.children[0] as Element;
		expect(again.properties['dataDiubah']).toBeUndefined();
		expect(JSON.stringify(again)).toContain('kubelet');
	});
});
