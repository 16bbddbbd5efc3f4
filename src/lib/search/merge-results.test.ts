import { describe, expect, it } from 'vitest';
import { mergeResults, type ScoredResult } from './merge-results';
import type { SignatureHit } from './signatures';

const page = (slug: string, score = 1): ScoredResult => ({
	id: `/faq/${slug}/`,
	url: `/faq/${slug}/`,
	score,
});
const hit = (slug: string, score: number, complete = true): SignatureHit => ({
	id: `/faq/${slug}/`,
	url: `/faq/${slug}/`,
	anchor: 'solusi',
	title: null,
	score,
	length: 10,
	matched: complete ? 10 : 8,
	complete,
	exact: false,
});
const order = (output: ReturnType<typeof mergeResults>) =>
	output.results.map((r) => r.id.split('/')[2]);

describe('mergeResults', () => {
	it('ranks signature matches above pages that matched every word, above fallback pages', () => {
		const output = mergeResults({
			signatures: [hit('x509', 9)],
			strict: [page('umum', 50), page('x509', 2)],
			perTerm: [{ term: 'sertifikat', results: [page('lain', 9), page('umum')] }],
		});
		expect(order(output)).toEqual(['x509', 'umum', 'lain']);
		expect(output.results[0]).toMatchObject({ signature: true, strict: true, anchor: 'solusi' });
		expect(output.approximate).toBe(false);
	});

	it('ranks the longer signature match first', () => {
		expect(order(mergeResults({ signatures: [hit('pendek', 9), hit('panjang', 20)] }))).toEqual([
			'panjang',
			'pendek',
		]);
	});

	it('ranks a near signature match below pages that matched every word', () => {
		const output = mergeResults({
			signatures: [hit('komponen-lain', 15, false)],
			strict: [page('tepat')],
		});
		expect(order(output)).toEqual(['tepat', 'komponen-lain']);
		expect(output.results[1]).toMatchObject({ signature: false, strict: false });
	});

	it('keeps Pagefind order among pages that matched every word', () => {
		expect(order(mergeResults({ strict: [page('a', 3), page('b', 9), page('c', 1)] }))).toEqual([
			'a',
			'b',
			'c',
		]);
	});

	it('reports approximate results when no page matched all words', () => {
		const output = mergeResults({
			strict: [],
			perTerm: [
				{ term: 'kedaluwarsa', results: [page('x509'), page('rotasi')] },
				{
					term: 'sertifikat',
					results: [page('x509'), page('rotasi'), page('ca'), page('ingress')],
				},
			],
		});
		expect(output.approximate).toBe(true);
		expect(output.results.length).toBe(4);
	});

	it('ranks fallback pages by how many terms they match, rare terms counting more', () => {
		const output = mergeResults({
			perTerm: [
				{ term: 'kubelet', results: [page('a'), page('b'), page('c'), page('d'), page('e')] },
				{ term: 'pleg', results: [page('e')] },
				{ term: 'node', results: [page('a'), page('b'), page('c'), page('d')] },
			],
		});
		expect(order(output)[0]).toBe('e');
		expect(output.results.find((r) => r.id === '/faq/a/')?.matchedTerms).toBe(2);
	});

	it('lists each page once however many lists found it', () => {
		const output = mergeResults({
			signatures: [hit('x509', 9), hit('x509', 5, false)],
			strict: [page('x509'), page('x509')],
			perTerm: [{ term: 'x509', results: [page('x509'), page('x509')] }],
		});
		expect(output.results.map((r) => r.id)).toEqual(['/faq/x509/']);
	});

	it('returns nothing, and nothing approximate, when nothing matched', () => {
		expect(mergeResults({})).toEqual({ results: [], approximate: false });
		expect(mergeResults({ strict: [], perTerm: [{ term: 'x', results: [] }] }).results).toEqual([]);
	});
});
