import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { shikiCommands } from './shiki-commands';

const highlight = (code: string, lang: string, meta?: string) =>
	codeToHtml(code, {
		lang,
		themes: { light: 'github-light', dark: 'github-dark' },
		defaultColor: false,
		transformers: [shikiCommands()],
		...(meta === undefined ? {} : { meta: { __raw: meta } }),
	});

/** The text a browser would show: tags removed, entities decoded. */
const textOf = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
			String.fromCodePoint(Number.parseInt(hex, 16)),
		)
		.replace(/&lt;/g, '<')
		.replace(/&amp;/g, '&');
const preOf = (html: string) => /<pre[^>]*>/.exec(html)?.[0] ?? '';
const codeOf = (html: string) => /<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? '';

describe('shikiCommands', () => {
	it('wraps a command block in a figure with its language, kind and a disabled copy button', async () => {
		const html = await highlight('systemctl restart kubelet', 'bash');
		expect(html).toMatch(
			/^<figure class="code" data-lang="bash" data-kind="command"><figcaption class="code-head" data-pagefind-ignore=""><span class="code-lang">Bash<\/span><button type="button" class="code-copy" disabled>Salin<\/button><\/figcaption><pre class="shiki [^"]*"[^>]* tabindex="0"><code>/,
		);
		expect(html).toMatch(/<\/code><\/pre><\/figure>$/);
	});

	it('keeps the dual-theme colours on the tokens', async () => {
		expect(await highlight('systemctl restart kubelet', 'bash')).toContain('--shiki-dark:');
	});

	it('labels PowerShell and CMD blocks', async () => {
		expect(await highlight('Get-Service kubelet', 'powershell')).toContain(
			'<span class="code-lang">PowerShell</span>',
		);
		expect(await highlight('sc query kubelet', 'bat')).toContain(
			'<span class="code-lang">CMD</span>',
		);
	});

	it('labels output blocks "Keluaran" and gives them no button and no copy text', async () => {
		const html = await highlight(
			'INFO: No tasks are running which match the specified criteria.',
			'text',
		);
		expect(html).toContain(
			'<figure class="code" data-lang="text" data-kind="output"><figcaption class="code-head" data-pagefind-ignore=""><span class="code-lang">Keluaran</span></figcaption>',
		);
		expect(html).not.toContain('code-copy');
		expect(html).not.toContain('data-copy');
	});

	it('shows the title and the tab from the meta', async () => {
		const html = await highlight('crictl ps', 'bash', 'title="Periksa kontainer" tab="containerd"');
		expect(html).toContain('data-kind="command" data-tab="containerd">');
		expect(html).toContain(
			'<span class="code-lang">Bash</span><span class="code-title">Periksa kontainer</span><button',
		);
	});

	it('omits data-copy when the copy text is the code as shown', async () => {
		const html = await highlight('# komentar\nkubectl get nodes', 'bash');
		expect(preOf(html)).not.toContain('data-copy');
		expect(textOf(codeOf(html))).toBe('# komentar\nkubectl get nodes');
	});

	it('writes data-copy without prompts and output for a mixed block', async () => {
		const html = await highlight(
			'PS C:\\> Get-Service kubelet `\n  -ErrorAction Stop\nRunning  kubelet',
			'powershell',
		);
		expect(preOf(html)).toContain('data-copy="Get-Service kubelet &#x60;\n  -ErrorAction Stop"');
	});

	it('marks the output lines of a mixed block, and only those', async () => {
		const html = await highlight('$ kubectl get nodes\nNAME     STATUS\n$ ls', 'bash');
		expect(html.match(/<span class="line[^"]*">/g)).toEqual([
			'<span class="line">',
			'<span class="line out">',
			'<span class="line">',
		]);
		expect(await highlight('# komentar\nls', 'bash')).not.toContain('line out');
	});

	it('marks each placeholder as one span with its name and label, text as written', async () => {
		const html = await highlight(
			'wget http://aliacs-k8s-[$Region_ID].oss-[$Region_ID].aliyuncs.com/x -O [$NODE_NAME].tgz',
			'bash',
		);
		const marks = html.match(/<span class="ph"[^>]*>[^<]*<\/span>/g);
		expect(marks).toEqual([
			'<span class="ph" data-ph="Region_ID" data-ph-label="ID wilayah kluster">[$Region_ID]</span>',
			'<span class="ph" data-ph="Region_ID" data-ph-label="ID wilayah kluster">[$Region_ID]</span>',
			'<span class="ph" data-ph="NODE_NAME" data-ph-label="Nama node">[$NODE_NAME]</span>',
		]);
		expect(textOf(codeOf(html))).toBe(
			'wget http://aliacs-k8s-[$Region_ID].oss-[$Region_ID].aliyuncs.com/x -O [$NODE_NAME].tgz',
		);
	});

	it('marks a placeholder that the grammar splits into several tokens', async () => {
		const html = await highlight('Get-Item "[$NODE_NAME]"', 'powershell');
		expect(html).toContain(
			'<span class="ph" data-ph="NODE_NAME" data-ph-label="Nama node">[$NODE_NAME]</span>',
		);
	});

	it('marks literals declared in the meta, with their example', async () => {
		const html = await highlight(
			'ssh root@XX.XX.XX.XX',
			'bash',
			'placeholders="XX.XX.XX.XX=IP lokal node master|192.168.0.10"',
		);
		expect(html).toContain(
			'<span class="ph" data-ph="XX.XX.XX.XX" data-ph-label="IP lokal node master" data-ph-example="192.168.0.10">XX.XX.XX.XX</span>',
		);
	});

	it('keeps placeholders as written in data-copy', async () => {
		const html = await highlight('$ kubectl describe node [$NODE_NAME]\nName: x', 'bash');
		expect(preOf(html)).toContain('data-copy="kubectl describe node [$NODE_NAME]"');
	});

	it('marks placeholders in output blocks too', async () => {
		expect(await highlight('node [$NODE_NAME] NotReady', 'text')).toContain('data-ph="NODE_NAME"');
	});

	it('escapes titles and labels from the meta', async () => {
		const html = await highlight(
			'echo XX',
			'bash',
			`title="<b>x</b>" placeholders='XX=<img src=x onerror=alert(1)> "y"'`,
		);
		expect(html).toContain('<span class="code-title">&#x3C;b>x&#x3C;/b></span>');
		expect(html).toContain('data-ph-label="<img src=x onerror=alert(1)> &#x22;y&#x22;">XX</span>');
	});

	it('fails on a placeholder without a label, naming it, the block and the meta syntax', async () => {
		const attempt = highlight('crictl logs [$POD_ID]', 'bash');
		await expect(attempt).rejects.toThrow(
			'In the ```bash code block starting "crictl logs [$POD_ID]"',
		);
		await expect(highlight('crictl logs [$POD_ID]', 'bash')).rejects.toThrow(
			'Placeholder [$POD_ID] has no label. Say what the reader should type there in the code fence meta:\n    ```bash placeholders="[$POD_ID]=Penjelasan singkat"',
		);
	});

	it('fails on a tab value that is not one word', async () => {
		await expect(highlight('ls', 'bash', 'tab="docker lama"')).rejects.toThrow(
			'tab="docker lama" must be one word',
		);
	});

	it('takes labels from its options', async () => {
		const html = await codeToHtml('echo [$POD_ID]', {
			lang: 'bash',
			theme: 'github-light',
			transformers: [shikiCommands({ labels: { POD_ID: 'ID pod' } })],
		});
		expect(html).toContain('data-ph-label="ID pod"');
	});
});
