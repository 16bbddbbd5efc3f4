import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeCollectPlaceholders } from './rehype-collect-placeholders';
import { shikiCommands } from './shiki-commands';

async function frontmatterOf(markdown: string) {
	const processor = await createMarkdownProcessor({
		shikiConfig: { theme: 'github-light', transformers: [shikiCommands()] },
		rehypePlugins: [rehypeCollectPlaceholders],
	} as Parameters<typeof createMarkdownProcessor>[0]);
	return (await processor.render(markdown, { frontmatter: { title: 'T' } })).metadata.frontmatter;
}

describe('rehypeCollectPlaceholders', () => {
	it('lists the placeholders of the page once each, in first-use order, keeping the frontmatter', async () => {
		const fm = await frontmatterOf(
			[
				'```bash',
				'kubectl describe node [$NODE_NAME]',
				'```',
				'',
				'```bash placeholders="XX.XX.XX.XX=IP lokal node master|192.168.0.10"',
				'ssh root@XX.XX.XX.XX wget http://aliacs-k8s-[$Region_ID].oss-[$Region_ID].aliyuncs.com/x',
				'```',
				'',
				'```text',
				'[$NODE_NAME] NotReady',
				'```',
			].join('\n'),
		);
		expect(fm).toEqual({
			title: 'T',
			placeholders: [
				{ name: 'NODE_NAME', text: '[$NODE_NAME]', label: 'Nama node' },
				{
					name: 'XX.XX.XX.XX',
					text: 'XX.XX.XX.XX',
					label: 'IP lokal node master',
					example: '192.168.0.10',
				},
				{ name: 'Region_ID', text: '[$Region_ID]', label: 'ID wilayah kluster' },
			],
		});
	});

	it('gives an empty list to a page without placeholders', async () => {
		expect((await frontmatterOf('```bash\nls\n```\n'))['placeholders']).toEqual([]);
	});

	it('fails when one placeholder has two labels on a page', async () => {
		const markdown =
			'```bash\n[$NODE_NAME]\n```\n\n```bash placeholders="[$NODE_NAME]=Nama node master"\n[$NODE_NAME]\n```\n';
		await expect(frontmatterOf(markdown)).rejects.toThrow(
			'placeholder [$NODE_NAME] is labelled "Nama node" in one code block and "Nama node master" in another',
		);
	});
});
