import { type ShikiTransformer, codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { shikiWholeLines } from './shiki-whole-lines';

// A line long enough that no machine tokenizes it within the 1 ms limit asked for below.
const line = `${'kubectl get pods -n kube-system -o wide | grep "Running" && '.repeat(60)}echo selesai`;
const highlight = (transformers: ShikiTransformer[]) =>
	codeToHtml(line, { lang: 'bash', theme: 'github-light', tokenizeTimeLimit: 1, transformers });

describe('whole-line highlighting', { timeout: 60_000 }, () => {
	it('colours a line to its end even when tokenizing it outlasts the time limit', async () => {
		const html = await highlight([shikiWholeLines()]);
		// The last command is coloured as a command, not left as one plain run of text.
		expect(html).toMatch(/<span style="color:#[0-9A-F]{6}">echo<\/span>/i);
	});
});
