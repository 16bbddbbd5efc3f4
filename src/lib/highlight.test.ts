import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';

const marked = (text: string, terms: string[]) =>
	highlightRanges(text, terms).map(([a, b]) => text.slice(a, b));

describe('highlightRanges', () => {
	it('marks searched words case-insensitively at word starts', () => {
		expect(marked('Sertifikat x509 kedaluwarsa; sertifikatnya', ['sertifikat', 'X509'])).toEqual([
			'Sertifikat',
			'x509',
			'sertifikat',
		]);
	});
	it('never marks inside a word', () => {
		expect(marked('kubelet', ['let'])).toEqual([]);
	});
	it('merges overlapping hits', () => {
		expect(highlightRanges('kube-system', ['kube', 'kube-sys'])).toEqual([[0, 8]]);
	});
	it('ignores one-letter, over-long and excess terms from a hostile URL', () => {
		expect(marked('a b c', ['a', 'x'.repeat(500)])).toEqual([]);
		const many = Array.from({ length: 1000 }, (_, i) => `kata${String(i).padStart(4, '0')}`);
		// Only the first twelve count: kata0999 is among the ignored ones.
		expect(marked('kata0999 kata0011', many)).toEqual(['kata0011']);
	});
	it('treats regular-expression characters as text', () => {
		expect(marked('grep .* (x)', ['.*', '(x)'])).toEqual(['.*', '(x)']);
	});
});
