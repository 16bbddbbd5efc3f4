import { describe, expect, it } from 'vitest';
import type { FaqInput } from '../../schemas/faq';
import { buildFaqIndex } from './faq-index';
import { fixtureEntry } from '../../../test-support/links/fixture-entry';
import { diffLock, emptyLock, type LinkLock, lockJson, mergeLock, parseLock } from './link-lock';

type Spec = [slug: string, ref: string, overrides?: Partial<FaqInput>, anchors?: string[]];
const index = (...specs: Spec[]) =>
	buildFaqIndex({
		site: 'https://help.example.com',
		base: '/docs/ack-faq/',
		entries: specs.map(([slug, ref, overrides, anchors]) =>
			fixtureEntry(slug, ref, overrides, anchors),
		),
	});

/** The lock as it was when `specs` were published. */
const lockOf = (...specs: Spec[]) => mergeLock(emptyLock(), index(...specs)).lock;

describe('mergeLock', () => {
	it('adds every entry path, earlier slug and anchor, listing the additions', () => {
		const { lock, added } = mergeLock(
			emptyLock(),
			index(
				['sertifikat', 'ACK-0014', { aliases: ['x509'] }, ['solusi', 'gejala']],
				['istio', 'ACK-0006', {}, []],
			),
		);
		expect(lock).toEqual({
			version: 1,
			pages: {
				'/faq/istio/': { ref: 'ACK-0006', anchors: [] },
				'/faq/sertifikat/': { ref: 'ACK-0014', anchors: ['gejala', 'solusi'] },
				'/faq/x509/': { ref: 'ACK-0014', anchors: [] },
			},
		});
		expect(added).toEqual([
			'/faq/istio/',
			'/faq/sertifikat/',
			'/faq/sertifikat/#gejala',
			'/faq/sertifikat/#solusi',
			'/faq/x509/',
		]);
	});

	it('never removes or changes what is locked', () => {
		const before: LinkLock = {
			version: 1,
			pages: { '/faq/lama/': { ref: 'ACK-0003', anchors: ['langkah'] } },
		};
		const { lock, added } = mergeLock(before, index(['baru', 'ACK-0004', {}, ['solusi']]));
		expect(lock.pages['/faq/lama/']).toEqual({ ref: 'ACK-0003', anchors: ['langkah'] });
		expect(added).toEqual(['/faq/baru/', '/faq/baru/#solusi']);
		expect(before.pages['/faq/baru/']).toBeUndefined();
	});

	it('adds only new anchors to a locked page and reports nothing when all is locked', () => {
		const first = lockOf(['a', 'ACK-0001', {}, ['gejala']]);
		expect(mergeLock(first, index(['a', 'ACK-0001', {}, ['gejala', 'solusi']])).added).toEqual([
			'/faq/a/#solusi',
		]);
		expect(mergeLock(first, index(['a', 'ACK-0001', {}, ['gejala']])).added).toEqual([]);
	});

	it('leaves synthetic benchmark entries out of the lock', () => {
		expect(mergeLock(emptyLock(), index(['bench-1', 'ACK-100001'])).lock.pages).toEqual({});
	});
});

describe('lockJson', () => {
	it('writes paths and anchors sorted, tab-indented, with a trailing newline', () => {
		const lock: LinkLock = {
			version: 1,
			pages: {
				'/faq/b/': { ref: 'ACK-0002', anchors: ['solusi', 'gejala'] },
				'/faq/a/': { ref: 'ACK-0001', anchors: [] },
			},
		};
		expect(lockJson(lock)).toBe(
			'{\n\t"version": 1,\n\t"pages": {\n\t\t"/faq/a/": {\n\t\t\t"ref": "ACK-0001",\n\t\t\t"anchors": []\n\t\t},\n\t\t"/faq/b/": {\n\t\t\t"ref": "ACK-0002",\n\t\t\t"anchors": [\n\t\t\t\t"gejala",\n\t\t\t\t"solusi"\n\t\t\t]\n\t\t}\n\t}\n}\n',
		);
	});
});

describe('parseLock', () => {
	it('names the file and the field of a malformed lock', () => {
		expect(() =>
			parseLock(
				{ version: 1, pages: { '/faq/a/': { ref: 'A-1', anchors: [] } } },
				'links.lock.json',
			),
		).toThrow('links.lock.json: pages./faq/a/.ref: must be a ref such as ACK-0014');
		expect(() =>
			parseLock(
				{ version: 1, pages: { 'faq/a': { ref: 'ACK-0001', anchors: [] } } },
				'links.lock.json',
			),
		).toThrow(
			'links.lock.json: pages.faq/a: "faq/a" must be an entry path such as /faq/dukungan-istio/',
		);
	});
});

describe('diffLock', () => {
	const published = lockOf(
		['sertifikat', 'ACK-0014', {}, ['gejala', 'solusi']],
		['istio', 'ACK-0006', {}, ['gejala']],
	);

	it('reports nothing when every locked URL and anchor still resolves', () => {
		expect(
			diffLock(
				published,
				index(
					['sertifikat', 'ACK-0014', {}, ['gejala', 'solusi', 'baru']],
					['istio', 'ACK-0006', {}, ['gejala']],
				),
			),
		).toEqual([]);
	});

	it('accepts a renamed entry that lists its old slug, and anchors moved by movedAnchors', () => {
		const current = index(
			[
				'sertifikat-x509',
				'ACK-0014',
				{ aliases: ['sertifikat'], movedAnchors: { solusi: 'istio#gejala' } },
				['gejala'],
			],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([]);
	});

	it('reports a renamed entry without an alias, with the line to add and the file', () => {
		const current = index(
			['sertifikat-x509', 'ACK-0014', { aliases: ['cert'] }, ['gejala', 'solusi']],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([
			'/faq/sertifikat/ (ACK-0014) no longer exists; that entry is now content/faq/sertifikat-x509.mdx. Keep the old URL working with this line in its frontmatter:\n    aliases: [cert, sertifikat]',
		]);
	});

	it('reports a renamed entry and its removed anchor in one run, both fixes in the new file', () => {
		const current = index(
			['sertifikat-x509', 'ACK-0014', {}, ['gejala']],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([
			'/faq/sertifikat/ (ACK-0014) no longer exists; that entry is now content/faq/sertifikat-x509.mdx. Keep the old URL working with this line in its frontmatter:\n    aliases: [sertifikat]',
			'/faq/sertifikat/#solusi: /faq/sertifikat-x509/ has no section #solusi (its sections: gejala). Say where the section went in the frontmatter of content/faq/sertifikat-x509.mdx:\n    movedAnchors:\n      solusi: <new-anchor>  # one of: gejala; or other-entry#anchor',
		]);
	});

	it('reports a removed anchor with the movedAnchors lines to add and the file', () => {
		const current = index(
			['sertifikat', 'ACK-0014', {}, ['gejala', 'perbaikan']],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([
			'/faq/sertifikat/#solusi: /faq/sertifikat/ has no section #solusi (its sections: gejala, perbaikan). Say where the section went in the frontmatter of content/faq/sertifikat.mdx:\n    movedAnchors:\n      solusi: <new-anchor>  # one of: gejala, perbaikan; or other-entry#anchor',
		]);
	});

	it('reports a removed anchor of an entry that already moves others, under its movedAnchors', () => {
		const current = index(
			['sertifikat', 'ACK-0014', { movedAnchors: { lama: 'gejala' } }, ['gejala']],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([
			'/faq/sertifikat/#solusi: /faq/sertifikat/ has no section #solusi (its sections: gejala). Say where the section went in the frontmatter of content/faq/sertifikat.mdx, under its movedAnchors:\n      solusi: <new-anchor>  # one of: gejala; or other-entry#anchor',
		]);
	});

	it('reports a removed anchor of a renamed entry in the file it moved to', () => {
		const current = index(
			['baru', 'ACK-0014', { aliases: ['sertifikat'] }, ['gejala']],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([
			expect.stringMatching(
				/^\/faq\/sertifikat\/#solusi: \/faq\/baru\/ has no section #solusi .* in the frontmatter of content\/faq\/baru\.mdx:\n/,
			),
		]);
	});

	it('suggests another entry when the page has no sections left', () => {
		const current = index(
			['sertifikat', 'ACK-0014', {}, []],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([
			'/faq/sertifikat/#gejala: /faq/sertifikat/ has no section #gejala (it has no sections). Say where the section went in the frontmatter of content/faq/sertifikat.mdx:\n    movedAnchors:\n      gejala: <new-anchor>  # this page has no sections: other-entry#anchor or other-entry',
			expect.stringMatching(/^\/faq\/sertifikat\/#solusi: /),
		]);
	});

	it('reports a deleted entry whose ref is gone', () => {
		const current = index(['istio', 'ACK-0006', {}, ['gejala']]);
		expect(diffLock(published, current)).toEqual([
			'/faq/sertifikat/ (ACK-0014) no longer exists, and no entry has the ref ACK-0014. Add "sertifikat" to the aliases of the entry that now answers it, and keep ACK-0014 on an entry: /r/ACK-0014/ is published too',
		]);
	});

	it('reports a changed ref with the line that restores it', () => {
		const current = index(
			['sertifikat', 'ACK-0015', {}, ['gejala', 'solusi']],
			['istio', 'ACK-0006', {}, ['gejala']],
		);
		expect(diffLock(published, current)).toEqual([
			'content/faq/sertifikat.mdx: ref: was ACK-0014 when /faq/sertifikat/ was published and is now ACK-0015; tickets quote /r/ACK-0014/, so restore this line in its frontmatter:\n    ref: ACK-0014',
		]);
	});

	it('reports a ref that now names another question', () => {
		const current = index(
			['istio', 'ACK-0006', { aliases: ['sertifikat'] }, ['gejala', 'solusi']],
			['baru', 'ACK-0014', {}, []],
		);
		expect(diffLock(published, current)).toEqual([
			'/faq/sertifikat/ was published as ACK-0014 but now shows content/faq/istio.mdx (ACK-0006), while ACK-0014 names content/faq/baru.mdx; a ref must keep naming the same question. Restore it, and give any new entry an unused ref (the next is ACK-0015)',
		]);
	});
});
