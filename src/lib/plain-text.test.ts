import { describe, expect, it } from 'vitest';
import { markdownToText } from './plain-text';

describe('markdownToText', () => {
	it('keeps the words and the commands, drops the markup', () => {
		const text = markdownToText(
			[
				'Jawaban **singkat** dengan [tautan](faq:lain#solusi).',
				'',
				'## Solusi {/* #solusi */}',
				'',
				'1. Jalankan `kubectl get nodes`.',
				'',
				'```bash',
				'systemctl status kubelet',
				'```',
				'',
				'> [!NOTE]',
				'> Catatan ~~lama~~ penting.',
				'',
				'| Skenario | Solusi |',
				'| --- | --- |',
				'| kubelet gagal | periksa log |',
			].join('\n'),
		);
		expect(text).toBe(
			'Jawaban singkat dengan tautan.\nSolusi\nJalankan kubectl get nodes.\nsystemctl status kubelet\nCatatan lama penting.\nSkenario Solusi\nkubelet gagal periksa log',
		);
	});
});
