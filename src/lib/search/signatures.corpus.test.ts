/**
 * The signature matcher against the team's synthetic FAQ corpus (shared/corpus/gen-corpus.mjs):
 * every pasted error, exact or with the volatile values of another cluster, must find its
 * entry first, and no pasted error may completely match another error's signature.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareQuery } from './prepare-query';
import {
	buildSignatureTables,
	matchSignatures,
	signatureShardFiles,
	type SignatureShard,
	type SignatureSource,
} from './signatures';

const GENERATOR = fileURLToPath(
	new URL('../../../../shared/corpus/gen-corpus.mjs', import.meta.url),
);
// SEARCH_CORPUS_ENTRIES=10000 measures the same at the size the shards are designed for.
const ENTRIES = Number(process.env['SEARCH_CORPUS_ENTRIES'] ?? 400);

interface Query {
	readonly type: string;
	readonly q: string;
	readonly expected: string;
	/** Entries with the very same error line. */
	readonly relevant: readonly string[];
}
interface ManifestEntry {
	readonly file: string;
	readonly scenario: string;
	readonly comp: string;
}

describe('signatures on the generated FAQ corpus', () => {
	const dir = mkdtempSync(join(tmpdir(), 'faq-corpus-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('finds the entry of every exact and changed error query first', () => {
		expect(existsSync(GENERATOR), `the corpus generator is missing at ${GENERATOR}`).toBe(true);
		execFileSync(process.execPath, [GENERATOR, String(ENTRIES), dir, '--queries', '400']);
		const entries = new Map<string, ManifestEntry>(
			(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).entries as ManifestEntry[]).map(
				(entry) => [entry.file, entry],
			),
		);
		const errorsOf = new Map<string, string[]>();
		const sources: SignatureSource[] = readdirSync(dir)
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => {
				const text = readFileSync(join(dir, file), 'utf8');
				const errors = [...text.matchAll(/^ {2}- (".*")$/gm)].map(
					(m) => JSON.parse(m[1]!) as string,
				);
				errorsOf.set(file, errors);
				return { url: file, anchor: 'solusi', errors };
			});
		const tables = buildSignatureTables(sources);
		const files = new Map(tables.files.map((file) => [file.name, file.json]));
		const queries = (
			JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')).queries as Query[]
		).filter((query) => query.type === 'exact_error' || query.type === 'changed_error');
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
