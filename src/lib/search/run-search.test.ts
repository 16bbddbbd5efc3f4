import { describe, expect, it } from 'vitest';
import { prepareQuery } from './prepare-query';
import { unindexedTerms } from './run-search';
import { defaultVariants } from './variants';

type Response = { results: { id: string; score: number; data: () => Promise<unknown> }[] };

/** A fake index: each query's pages, and every query asked, in order. */
function fakeIndex(pages: Record<string, string[]>) {
	const asked: string[] = [];
	const run = async (q: string): Promise<Response> => {
		asked.push(q);
		return {
			results: (pages[q] ?? []).map((id) => ({ id, score: 1, data: async () => ({}) })),
		};
	};
	return { asked, run };
}

describe('unindexedTerms: words the index does not have', () => {
	const prepared = prepareQuery('zebraku');
	it('keeps a word the index has after one search: at 10,000 pages each costs up to 0.2 s', async () => {
		const index = fakeIndex({ zebraku: ['/faq/a/'], '"zebraku"': ['/faq/a/'] });
		const found = await unindexedTerms(prepared, ['zebraku'], index.run, defaultVariants);
		expect(found.has('zebraku')).toBe(false);
		expect(index.asked).toEqual(['"zebraku"']);
	});
	it('drops a word Pagefind only matched through a shorter indexed word', async () => {
		// "zebraku" finds the pages of "zebra"; so does the probe; the exact word finds nothing.
		const index = fakeIndex({ zebraku: ['/faq/z/'], 'zebraku~': ['/faq/z/'] });
		const found = await unindexedTerms(prepared, ['zebraku'], index.run, defaultVariants);
		expect(found.has('zebraku')).toBe(true);
		expect(index.asked).toEqual(['"zebraku"', 'zebraku', 'zebraku~']);
	});
	it('keeps a word whose exact search finds nothing but whose probe finds other pages', async () => {
		const index = fakeIndex({ zebraku: ['/faq/z/'], 'zebraku~': ['/faq/y/'] });
		const found = await unindexedTerms(prepared, ['zebraku'], index.run, defaultVariants);
		expect(found.has('zebraku')).toBe(false);
	});
	it('drops a word that finds nothing, without the probe search', async () => {
		const index = fakeIndex({});
		const found = await unindexedTerms(prepared, ['zebraku'], index.run, defaultVariants);
		expect(found.has('zebraku')).toBe(true);
		expect(index.asked).toEqual(['"zebraku"', 'zebraku']);
	});
	it('asks nothing about words the site’s vocabulary knows', async () => {
		const index = fakeIndex({});
		const found = await unindexedTerms(
			prepareQuery('sertifikat'),
			['sertifikat'],
			index.run,
			defaultVariants,
		);
		expect(found.size).toBe(0);
		expect(index.asked).toEqual([]);
	});
});
