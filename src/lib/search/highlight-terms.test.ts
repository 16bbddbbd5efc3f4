import { describe, expect, it } from 'vitest';
import { highlightTerms } from './highlight-terms';
import { prepareQuery } from './prepare-query';

describe('highlightTerms', () => {
	it('highlights the searched words and the English or affixed words as written', () => {
		expect(highlightTerms(prepareQuery('certificate memigrasikan '))).toEqual([
			'sertifikat',
			'certificate',
			'migrasi',
			'memigrasikan',
		]);
	});

	it('highlights the corrected spelling, not the typo', () => {
		expect(highlightTerms(prepareQuery('sertifkat '))).toEqual(['sertifikat']);
	});

	it('leaves out stopwords, short numbers and unfinished prefixes under three letters', () => {
		expect(highlightTerms(prepareQuery('cara migrasi ke 1.24 '))).toEqual(['migrasi']);
		expect(highlightTerms(prepareQuery('kluster ku'))).toEqual(['kluster']);
	});

	it('highlights the meaningful words of a pasted error, not its volatile values', () => {
		const terms = highlightTerms(
			prepareQuery('x509: certificate has expired: current time 2025-03-14T08:21:07Z'),
		);
		expect(terms).toEqual(['x509', 'certificate', 'expired', 'current', 'time']);
	});
});
