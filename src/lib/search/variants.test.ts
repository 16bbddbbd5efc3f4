import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import data from '../../config/search-variants.json';
import {
	compileVariants,
	correctTypo,
	deaffix,
	deaffixPrefix,
	defaultVariants as variants,
	indexSynonyms,
	mapWord,
} from './variants';

describe('mapWord', () => {
	it('kadaluarsa and kadaluwarsa search for kedaluwarsa', () => {
		expect(mapWord('kadaluarsa', true, true, variants).words).toEqual(['kedaluwarsa']);
		expect(mapWord('kadaluwarsa', true, false, variants).words).toEqual(['kedaluwarsa']);
	});

	it('translates typed English words to the Indonesian words our pages use', () => {
		expect(mapWord('certificate', true, true, variants)).toEqual({
			words: ['sertifikat'],
			change: 'english',
		});
		expect(mapWord('permissions', true, true, variants).words).toEqual(['izin']);
		expect(mapWord('troubleshoot', true, true, variants).words).toEqual(['pecah', 'masalah']);
		expect(mapWord('upgrade', true, true, variants).words).toEqual(['tingkat']);
	});

	it('leaves English in pasted text alone, since our pages quote errors in English', () => {
		expect(mapWord('certificate', true, false, variants)).toEqual({
			words: ['certificate'],
			change: null,
		});
	});

	it('maps k8s to kubernetes only where it stands alone', () => {
		expect(mapWord('k8s', true, false, variants).words).toEqual(['kubernetes']);
		expect(mapWord('k8s', false, false, variants).words).toEqual(['k8s']);
	});

	it('never changes a word inside an identifier', () => {
		expect(mapWord('diagnose', false, true, variants).words).toEqual(['diagnose']);
	});
});

describe('deaffix', () => {
	it('reduces affixed forms that the Indonesian stemmer misses to their base word', () => {
		const cases: [string, string][] = [
			['memigrasikan', 'migrasi'],
			['migrasikan', 'migrasi'],
			['mengonfigurasi', 'konfigurasi'],
			['dikonfigurasi', 'konfigurasi'],
			['menambahkan', 'tambah'],
			['ditambahkan', 'tambah'],
			['menghapus', 'hapus'],
			['meningkatkan', 'tingkat'],
			['perubahan', 'ubah'],
			['mengubahnya', 'ubah'],
			['diperbarui', 'baru'],
			['menjalankan', 'jalan'],
			['mengumpulkan', 'kumpul'],
			['memakai', 'pakai'],
		];
		for (const [form, base] of cases) expect([form, deaffix(form, variants)]).toEqual([form, base]);
	});

	it('leaves base words and unknown words unchanged', () => {
		for (const word of [
			'perintah',
			'diagnostik',
			'berkas',
			'terminal',
			'kubernetes',
			'menara',
			'disk',
		]) {
			expect(deaffix(word, variants)).toBe(word);
		}
	});

	it('lets the data file override the rules', () => {
		const custom = compileVariants({
			...data,
			affixes: { ...data.affixes, exceptions: { memigrasikan: 'pindah' } },
		});
		expect(deaffix('memigrasikan', custom)).toBe('pindah');
	});
});

describe('deaffixPrefix', () => {
	it('memigr is searched as a prefix of migrasi', () => {
		expect(deaffixPrefix('memigr', variants)).toBe('migr');
		expect(deaffixPrefix('mengonfig', variants)).toBe('konfig');
	});

	it('keeps a prefix that already starts a known word, or that it cannot place', () => {
		expect(deaffixPrefix('sertif', variants)).toBe('sertif');
		expect(deaffixPrefix('zzzq', variants)).toBe('zzzq');
	});
});

describe('correctTypo', () => {
	it('corrects a typo of a known word', () => {
		expect(correctTypo('sertifkat', variants)).toBe('sertifikat');
		expect(correctTypo('kuberntes', variants)).toBe('kubernetes');
		expect(correctTypo('kubeclt', variants)).toBe('kubectl');
	});

	it('leaves words far from every known word alone', () => {
		expect(correctTypo('grafana', variants)).toBeNull();
		expect(correctTypo('node', variants)).toBeNull();
	});

	it('prefers the likelier slip between equally close words', () => {
		// diagnostik with a dropped t, or diagnosis with k struck for a far-away s.
		expect(correctTypo('diagnosik', variants)).toBe('diagnostik');
		// A swapped pair and a neighbouring key count as slips too.
		expect(correctTypo('kulster', variants)).toBe('kluster');
	});

	it('never corrects to a word further than the limit', () => {
		// Two edits from `status` and from `batas`: too far for a six-letter word.
		expect(correctTypo('stetas', variants)).toBeNull();
	});

	it('corrects typos of words only the entries use, such as berisiko', () => {
		expect(correctTypo('berisko', variants)).toBe('berisiko');
		expect(correctTypo('terklasifkasi', variants)).toBe('terklasifikasi');
	});

	it('is corrected in typed queries only', () => {
		expect(mapWord('jaringn', true, true, variants).words).toEqual(['jaringan']);
		expect(mapWord('jaringn', true, false, variants).words).toEqual(['jaringn']);
	});
});

describe('indexSynonyms', () => {
	it('adds the English words for the Indonesian words of an entry', () => {
		const extra = indexSynonyms('Sertifikat x509 kedaluwarsa', variants).split(' ');
		expect(extra).toEqual(expect.arrayContaining(['certificate', 'certificates', 'expired']));
	});

	it('adds base words of affixed forms, with their English words', () => {
		const extra = indexSynonyms('Bagaimana cara memigrasikan kluster?', variants).split(' ');
		expect(extra).toEqual(expect.arrayContaining(['migrasi', 'migrate', 'migration']));
	});

	it('adds the English word for an Indonesian phrase', () => {
		expect(indexSynonyms('Pemecahan masalah kluster', variants).split(' ')).toContain(
			'troubleshoot',
		);
	});

	it('leaves out words the text already has', () => {
		expect(indexSynonyms('sertifikat certificate', variants).split(' ')).not.toContain(
			'certificate',
		);
		expect(indexSynonyms('', variants)).toBe('');
	});
});

describe('the variants data', () => {
	it('is lowercase and maps no word to itself', () => {
		const maps = [data.misspellings, data.english, data.abbreviations, data.affixes.exceptions];
		for (const map of maps) {
			for (const [from, to] of Object.entries(map)) {
				expect(from).toBe(from.toLowerCase());
				expect(to).toBe(to.toLowerCase());
				expect(to).not.toBe(from);
			}
		}
	});

	it("knows every word of five or more letters in the entries' titles, keywords and headings", () => {
		const dir = fileURLToPath(new URL('../../../content/faq/', import.meta.url));
		const unknown = new Set<string>();
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
			const text = readFileSync(join(dir, file), 'utf8');
			const front = text.split(/^---$/m)[1] ?? '';
			const searched = [
				/^title: (.*)$/m.exec(front)?.[1] ?? '',
				/^keywords: (.*)$/m.exec(front)?.[1] ?? '',
				...[...text.matchAll(/^#{2,6} (.*)$/gm)].map((match) => match[1]),
			].join(' ');
			for (const word of searched.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
				if (!variants.known.has(word) && deaffix(word, variants) === word) unknown.add(word);
			}
		}
		// Typos are corrected only to known words: add these to "vocabulary".
		expect([...unknown]).toEqual([]);
	});

	it('maps every misspelling to a word that typos are corrected to', () => {
		for (const target of Object.values(data.misspellings)) {
			expect(variants.lexicon).toContain(target);
		}
	});
});
