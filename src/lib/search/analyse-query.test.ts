import { describe, expect, it } from 'vitest';
import { analyseQuery, queryWords } from './analyse-query';
import { prepareQuery } from './prepare-query';
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
