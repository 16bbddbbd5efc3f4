import { describe, expect, it } from 'vitest';
import {
	buildVocabulary,
	createLexicon,
	vocabularyShardFiles,
	type VocabularyManifest,
	type VocabularyShard,
} from './vocabulary';

function built(pages: string[], shardBytes = 64) {
	const { manifest, files } = buildVocabulary(pages, shardBytes);
	const byName = new Map(files.map((f) => [f.name, JSON.parse(f.json) as unknown]));
	const lexiconFor = (...words: string[]) =>
		createLexicon(
			manifest,
			vocabularyShardFiles(words, manifest).map((name) => byName.get(name) as VocabularyShard),
		);
	return { manifest, files, byName, lexiconFor };
}

describe('buildVocabulary: the index words, in shards fetched by prefix', () => {
	it('counts the pages each word is on, once per page', () => {
		const { lexiconFor, manifest } = built(['pod pod kubelet', 'pod sertifikat']);
		const lexicon = lexiconFor('pod', 'kubelet', 'sertifikat');
		expect(manifest.pages).toBe(2);
		expect(lexicon.count('pod')).toBe(2);
		expect(lexicon.count('kubelet')).toBe(1);
		expect(lexicon.count('upstream')).toBe(0);
	});

	it('holds compounds joined and their parts, as Pagefind indexes them', () => {
		const lexicon = built(['kubectl describe node [$NODE_NAME] -n kube-system x509']).lexiconFor(
			'node_name',
			'node',
			'name',
			'kubesystem',
			'kube',
			'system',
			'x509',
		);
		for (const word of ['node_name', 'node', 'name', 'kubesystem', 'kube', 'system', 'x509']) {
			expect(lexicon.count(word), word).toBe(1);
		}
	});

	it('splits words on case and digit changes like Pagefind: hcnCreateEndpoint, v1beta1', () => {
		const lexicon = built(['hcnCreateEndpoint v1beta1']).lexiconFor(
			'hcn',
			'create',
			'endpoint',
			'beta',
		);
		expect(lexicon.count('hcncreateendpoint')).toBe(1);
		expect(lexicon.count('create')).toBe(1);
		expect(lexicon.count('endpoint')).toBe(1);
		expect(lexicon.count('v1beta1')).toBe(1);
		expect(lexicon.count('beta')).toBe(1);
	});

	it('answers prefixes from one shard: every word with the same first letters is in it', () => {
		const lexicon = built(['sertifikat sertifikasi server', 'sertifikat']).lexiconFor('serti');
		expect(lexicon.prefixCount('serti')).toBe(2);
		expect(lexicon.has('sertifik')).toBe(true);
		expect(lexicon.has('sertx')).toBe(false);
		expect(lexicon.neighbours('sertifkat')).toEqual(
			expect.arrayContaining(['sertifikat', 'sertifikasi', 'server']),
		);
	});

	it('writes a manifest and small shards, and names only the shards a query needs', () => {
		const words = Array.from({ length: 400 }, (_, i) => `kata${i.toString(36)}x`);
		const { manifest, files } = built([words.join(' ')], 2_048);
		const parsed = JSON.parse(files[0]!.json) as VocabularyManifest;
		expect(files[0]!.name).toBe('manifest.json');
		expect(parsed).toEqual(manifest);
		expect(manifest.shards).toBeGreaterThan(1);
		expect(vocabularyShardFiles(['kata1x', 'kata2x'], manifest)).toHaveLength(1);
		expect(vocabularyShardFiles(['k'], manifest)).toEqual([]);
		expect(manifest.split).toBeUndefined();
	});

	it('splits a group too large for one fetch by more letters, and still counts its prefixes', () => {
		// Generated pod names: hundreds of words starting `ack`, beside a few other `ac` words.
		const pods = Array.from({ length: 300 }, (_, i) => `acknode${(i * 7919).toString(36)}`);
		const { manifest, byName, lexiconFor } = built([pods.join(' '), 'access acl ac']);
		expect(manifest.split).toMatchObject({ ac: 2 });
		expect(Object.keys(manifest.split!)).toContain('ack');
		const lexicon = lexiconFor('access', 'acl', 'ac');
		const fetched = vocabularyShardFiles(['access', 'acl', 'ac'], manifest).flatMap((name) =>
			Object.keys(byName.get(name) as VocabularyShard),
		);
		expect(fetched.filter((word) => word.startsWith('acknode')).length).toBeLessThan(
			pods.length / 4,
		);
		expect(lexicon.count('access')).toBe(1);
		expect(lexicon.count('acl')).toBe(1);
		expect(lexicon.prefixCount('ac')).toBe(2);
		expect(lexicon.prefixCount('acc')).toBe(1);
		expect(lexicon.has('acces')).toBe(true);
		expect(lexicon.neighbours('accsess')).toContain('access');
		expect(lexiconFor(pods[5]!).count(pods[5]!)).toBe(1);
		// Counted from the manifest, as the sum of its words' pages (at most every page).
		expect(lexiconFor('ackno').prefixCount('ackno')).toBe(manifest.pages);
		expect(lexiconFor('acknox').has('acknox')).toBe(false);
	});
});
