/**
 * The signature matcher against the project's synthetic FAQ corpus (bench/corpus): every pasted
 * error, exact or with the volatile values of another cluster, must find its entry first, and no
 * pasted error may completely match another error's signature.
 */
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../../../bench/corpus/generate';
import { prepareQuery } from './prepare-query';
import {
	buildSignatureTables,
	matchSignatures,
	signatureShardFiles,
	type SignatureShard,
	type SignatureSource,
} from './signatures';

// SEARCH_CORPUS_ENTRIES=10000 measures the same at the size the shards are designed for.
const ENTRIES = Number(process.env['SEARCH_CORPUS_ENTRIES'] ?? 400);

describe('signatures on the generated FAQ corpus', () => {
	it('finds the entry of every exact and changed error query first', () => {
		const corpus = makeCorpus(ENTRIES, { queries: 400 });
		const entries = new Map(corpus.entries.map((entry) => [entry.slug, entry]));
		const errorsOf = new Map(corpus.entries.map((entry) => [entry.slug, entry.errors]));
		const sources: SignatureSource[] = corpus.entries.map((entry) => ({
			url: entry.slug,
			anchor: 'solusi',
			errors: [...entry.errors],
		}));
		const tables = buildSignatureTables(sources);
		const files = new Map(tables.files.map((file) => [file.name, file.json]));
		const queries = corpus.queries.filter(
			(query) => query.type === 'exact_error' || query.type === 'changed_error',
		);
		expect(queries.length).toBeGreaterThanOrEqual(150);

		const failures: string[] = [];
		for (const query of queries) {
			const prepared = prepareQuery(query.q);
			const shards = signatureShardFiles(prepared, tables.manifest).map(
				(name) => JSON.parse(files.get(name) ?? '[]') as SignatureShard,
			);
			const hits = matchSignatures(prepared, shards, tables.manifest);
			const best = hits[0];
			const tied = hits.filter((hit) => hit.score === best?.score).map((hit) => hit.url);
			// A reader accepts any entry about the same error: the same scenario, and the same
			// component when the error message names the component.
			const expected = entries.get(query.expected)!;
			const namesComponent = (errorsOf.get(query.expected)?.[0] ?? query.q).includes(expected.comp);
			const sameError = (url: string) => {
				const entry = entries.get(url);
				return (
					entry?.scenario === expected.scenario && (!namesComponent || entry.comp === expected.comp)
				);
			};
			const hasSignature = (errorsOf.get(query.expected) ?? []).length > 0;
			const found =
				query.type === 'exact_error'
					? best?.complete === true && query.relevant.includes(best.url)
					: tied.includes(query.expected) || (tied.length > 0 && tied.every(sameError));
			// A complete match claims the paste contains that entry's error: never another error.
			const noFalseClaim = hits.filter((hit) => hit.complete).every((hit) => sameError(hit.url));
			const ok = (!hasSignature || found) && noFalseClaim;
			if (!ok) failures.push(`${query.type} ${query.expected} got ${tied.join(', ') || 'nothing'}`);
		}
		expect(failures).toEqual([]);
	}, 60_000);
});
