import { describe, expect, it } from 'vitest';
import { analyseQuery, queryWords } from './analyse-query';
import { LOOKUP_SPARES, MAX_MEANINGFUL, MAX_STRICT, prepareQuery } from './prepare-query';
import { buildVocabulary, createLexicon, type VocabularyShard } from './vocabulary';

/** A lexicon over every shard of a vocabulary built from these page texts. */
function lexiconOf(...pages: string[]) {
	const { manifest, files } = buildVocabulary(pages, 64);
	const shards = files
		.filter((f) => f.name !== 'manifest.json')
		.map((f) => JSON.parse(f.json) as VocabularyShard);
	return createLexicon(manifest, shards);
}

const LEXICON = lexiconOf(
	'sertifikat kedaluwarsa x509 kubelet',
	'jaringan kubectl describe node [$NODE_NAME] kube-system',
	'sertifikat jaringan',
);
const analyse = (text: string) => analyseQuery(prepareQuery(text), LEXICON);

describe('analyseQuery: the query checked against the vocabulary', () => {
	it('keeps the words the index has and leaves out those it lacks', () => {
		const { prepared, unindexed } = analyse('sertifikat upstream ');
		expect(prepared.strict).toBe('sertifikat');
		expect(unindexed).toEqual(['upstream']);
	});

	it('keeps an unfinished word that starts an indexed word', () => {
		expect(analyse('sertifikat kedalu').prepared.strict).toBe('sertifikat kedalu');
	});

	it('drops an unfinished last word that starts none when the other words can be searched', () => {
		const { prepared } = analyse('sertifikat kedalx');
		expect(prepared.strict).toBe('sertifikat');
		expect(prepared.partial).toBeNull();
	});

	it('shortens a lone unfinished word to the start of an indexed word', () => {
		expect(analyse('sertifikatzzzz').prepared.strict).toBe('sertifikat');
		expect(analyse('jaringanzzzzzz').prepared.strict).toBe('jaringan');
	});

	it('corrects a finished typo to the indexed word one slip away', () => {
		const { prepared } = analyse('jarinagn ');
		expect(prepared.strict).toBe('jaringan');
		expect(prepared.terms[0]!.change).toBe('typo');
	});

	it('joins a compound the index holds joined, and splits one it does not', () => {
		expect(analyse('[$NODE_NAME]').prepared.strict).toBe('node_name');
		expect(analyse('kube-system').prepared.strict).toBe('kubesystem');
		expect(analyse('node-jaringan').prepared.strict).toBe('node jaringan');
	});

	it('offers the most telling indexed word for when no page has every word', () => {
		const { fallback } = analyse('sertifikat kedaluwarsa jaringan ');
		expect(fallback).not.toBeNull();
		expect(['sertifikat', 'kedaluwarsa', 'jaringan']).toContain(fallback);
		expect(analyse('sertifikat ').fallback).toBeNull();
	});

	it('counts the pages of each searched word', () => {
		const { counts } = analyse('sertifikat kubelet ');
		expect(counts.get('sertifikat')).toBe(2);
		expect(counts.get('kubelet')).toBe(1);
	});

	it('names every word a look-up needs: terms, words as written, joined compounds', () => {
		const words = queryWords(prepareQuery('menambahkan [$NODE_NAME]'));
		expect(words).toEqual(expect.arrayContaining(['tambah', 'menambahkan', 'node_name']));
	});
});

describe('queryWords: a long pasted log', () => {
	// Made-up words, so none is English, Indonesian or generic: every one is as telling.
	const word = (stem: string, i: number) =>
		`${stem}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
	const line = (stem: string) => Array.from({ length: 30 }, (_, i) => word(stem, i)).join(' ');
	const log = `E1105 03:12:44.551203 error: ${line('galat')} failed\ninfo ${line('lain')}`;
	const prepared = prepareQuery(log);

	it('looks up only the words that can reach its searches, not every word of it', () => {
		expect(prepared.kind).toBe('log');
		const words = queryWords(prepared);
		expect(words.length).toBeLessThanOrEqual(MAX_STRICT + MAX_MEANINGFUL + 2 * LOOKUP_SPARES);
		expect(prepared.terms.length).toBeGreaterThan(2 * words.length);
		expect(words).toEqual(
			expect.arrayContaining([...prepared.strict.split(' '), ...prepared.meaningful]),
		);
	});

	it('fills the strict query from the spares when the index lacks its best words', () => {
		const best = prepared.strict.split(' ');
		const lacking = new Set(best.slice(0, 3));
		const indexed = lexiconOf(
			log
				.split(/\s+/)
				.filter((w) => !lacking.has(w))
				.join(' '),
		);
		const analysed = analyseQuery(prepared, indexed);
		const strict = analysed.prepared.strict.split(' ');
		expect(strict).toHaveLength(MAX_STRICT);
		expect(strict.filter((w) => lacking.has(w))).toEqual([]);
		expect(queryWords(prepared)).toEqual(expect.arrayContaining(strict));
	});

	it('looks up every word of a typed query, as a missing one changes what the reader is told', () => {
		const typed = prepareQuery('sertifikat kedaluwarsa upstream jaringan kubelet');
		expect(queryWords(typed)).toEqual(
			expect.arrayContaining(['sertifikat', 'kedaluwarsa', 'upstream', 'jaringan', 'kubelet']),
		);
	});
});
