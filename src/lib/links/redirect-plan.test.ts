import { describe, expect, it } from 'vitest';
import { fixtureEntry as entry } from '../../../test-support/links/fixture-entry';
import { LinkPlanError, type LinkEntry, movedAnchorMap, redirectPlan } from './redirect-plan';

/** The problems redirectPlan reports for `entries`, or a failure when it reports none. */
function problemsOf(entries: LinkEntry[]): readonly string[] {
	try {
		redirectPlan(entries);
	} catch (error) {
		if (error instanceof LinkPlanError) return error.problems;
		throw error;
	}
	expect.fail('redirectPlan accepted entries with link problems');
}

describe('redirectPlan', () => {
	it('emits a short link per ref and a redirect per earlier slug, sorted by source path', () => {
		const plan = redirectPlan([
			entry('sertifikat-kedaluwarsa', 'ACK-0014', { aliases: ['x509-expired', 'cert-lama'] }),
			entry('dukungan-istio', 'ACK-0006'),
		]);
		expect(plan.redirects).toEqual([
			{
				kind: 'alias',
				from: '/faq/cert-lama/',
				to: '/faq/sertifikat-kedaluwarsa/',
				ref: 'ACK-0014',
				title: 'Pertanyaan tentang sertifikat-kedaluwarsa?',
			},
			{
				kind: 'alias',
				from: '/faq/x509-expired/',
				to: '/faq/sertifikat-kedaluwarsa/',
				ref: 'ACK-0014',
				title: 'Pertanyaan tentang sertifikat-kedaluwarsa?',
			},
			{
				kind: 'ref',
				from: '/r/ACK-0006/',
				to: '/faq/dukungan-istio/',
				ref: 'ACK-0006',
				title: 'Pertanyaan tentang dukungan-istio?',
			},
			{
				kind: 'ref',
				from: '/r/ACK-0014/',
				to: '/faq/sertifikat-kedaluwarsa/',
				ref: 'ACK-0014',
				title: 'Pertanyaan tentang sertifikat-kedaluwarsa?',
			},
		]);
		expect(plan.movedAnchors).toEqual({});
	});

	it('reads every form of movedAnchors target', () => {
		const plan = redirectPlan([
			entry('a', 'ACK-0001', {
				movedAnchors: {
					langkah: 'solusi',
					'langkah-2': '#penyebab',
					lama: 'b',
					pindah: 'b#gejala',
				},
			}),
			entry('b', 'ACK-0002'),
		]);
		expect(plan.movedAnchors).toEqual({
			a: {
				langkah: { slug: 'a', anchor: 'solusi' },
				'langkah-2': { slug: 'a', anchor: 'penyebab' },
				lama: { slug: 'b' },
				pindah: { slug: 'b', anchor: 'gejala' },
			},
		});
	});

	it('reads a bare word as an anchor of the same page before reading it as a slug', () => {
		const plan = redirectPlan([
			entry('a', 'ACK-0001', { movedAnchors: { lama: 'b' } }, ['b']),
			entry('b', 'ACK-0002'),
		]);
		expect(plan.movedAnchors['a']).toEqual({ lama: { slug: 'a', anchor: 'b' } });
	});

	it('reports a duplicate ref with both files and the next free ref', () => {
		expect(
			problemsOf([entry('a', 'ACK-0003'), entry('b', 'ACK-0003'), entry('c', 'ACK-0007')]),
		).toEqual([
			'content/faq/b.mdx: ref: ACK-0003 is already the ref of content/faq/a.mdx; refs are permanent and unique, so give this entry an unused one (the next is ACK-0008)',
		]);
	});

	it('reports an alias that is another entry’s slug', () => {
		expect(
			problemsOf([entry('a', 'ACK-0001', { aliases: ['b'] }), entry('b', 'ACK-0002')]),
		).toEqual([
			'content/faq/a.mdx: aliases: "b" is the slug of content/faq/b.mdx; an alias must be an earlier slug that no entry uses now',
		]);
	});

	it('reports an alias claimed by two entries', () => {
		expect(
			problemsOf([
				entry('a', 'ACK-0001', { aliases: ['lama'] }),
				entry('b', 'ACK-0002', { aliases: ['lama'] }),
			]),
		).toEqual([
			'content/faq/b.mdx: aliases: "lama" is also an alias of content/faq/a.mdx; an earlier slug can redirect to one entry only',
		]);
	});

	it('reports an alias equal to the entry’s own slug, and one listed twice', () => {
		expect(problemsOf([entry('a', 'ACK-0001', { aliases: ['a', 'lama', 'lama'] })])).toEqual([
			'content/faq/a.mdx: aliases: "a" is this entry\'s own slug; list only slugs it had before',
			'content/faq/a.mdx: aliases: lists "lama" twice; name each earlier slug once',
		]);
	});

	it('reports a related slug that names no entry, and points from an earlier slug to the current one', () => {
		expect(
			problemsOf([
				entry('a', 'ACK-0001', { related: ['akses-node-master', 'lama', 'a'] }),
				entry('b', 'ACK-0002', { aliases: ['lama'] }),
			]),
		).toEqual([
			'content/faq/a.mdx: related: "akses-node-master" is not the slug of any entry; allowed: the file name, without .mdx, of an entry in content/faq',
			'content/faq/a.mdx: related: "lama" is an earlier slug of content/faq/b.mdx; write its current slug "b"',
			'content/faq/a.mdx: related: "a" is this entry itself; remove it',
		]);
	});

	it('reports a movedAnchors target whose entry does not exist', () => {
		expect(
			problemsOf([entry('a', 'ACK-0001', { movedAnchors: { lama: 'hilang#solusi' } })]),
		).toEqual([
			'content/faq/a.mdx: movedAnchors.lama: "hilang#solusi" names no current entry: "hilang" is not the slug of any entry; allowed: the file name, without .mdx, of an entry in content/faq',
		]);
	});

	it('reports a movedAnchors target anchor missing on its page, listing the anchors it has', () => {
		expect(
			problemsOf([
				entry('a', 'ACK-0001', { movedAnchors: { lama: 'b#langkah' } }),
				entry('b', 'ACK-0002'),
			]),
		).toEqual([
			'content/faq/a.mdx: movedAnchors.lama: "b#langkah" points to #langkah, which is not a section of content/faq/b.mdx; its anchors: gejala, penyebab, solusi',
		]);
	});

	it('reports a movedAnchors target that was itself moved, asking for the final place', () => {
		expect(
			problemsOf([
				entry('a', 'ACK-0001', { movedAnchors: { lama: 'b#langkah' } }),
				entry('b', 'ACK-0002', { movedAnchors: { langkah: 'solusi' } }),
			]),
		).toEqual([
			'content/faq/a.mdx: movedAnchors.lama: "b#langkah" points to #langkah, which content/faq/b.mdx itself moved to "solusi"; point to the final place instead',
		]);
	});

	it('reports a bare movedAnchors value that is neither an anchor nor a slug', () => {
		expect(problemsOf([entry('a', 'ACK-0001', { movedAnchors: { lama: 'entah' } })])).toEqual([
			'content/faq/a.mdx: movedAnchors.lama: "entah" is neither an anchor of this page (its anchors: gejala, penyebab, solusi) nor the slug of an entry; allowed: anchor, other-entry or other-entry#anchor',
		]);
	});

	it('reports a movedAnchors key that is still a live anchor on the same page', () => {
		expect(problemsOf([entry('a', 'ACK-0001', { movedAnchors: { solusi: 'gejala' } })])).toEqual([
			'content/faq/a.mdx: movedAnchors.solusi: #solusi is still the id of the heading "Solusi" on this page, so old links land there and the line never applies; remove the line, or give that heading another id',
		]);
	});

	it('reports a file name that cannot be a slug', () => {
		expect(problemsOf([entry('Sertifikat_Lama', 'ACK-0001')])).toEqual([
			'content/faq/Sertifikat_Lama.mdx: file name: "Sertifikat_Lama" cannot be a URL slug; allowed: lowercase letters, digits and single hyphens (rename the file)',
		]);
	});

	it('lists every problem of every entry in one error', () => {
		const entries = [
			entry('a', 'ACK-0001', { related: ['x'], aliases: ['b'] }),
			entry('b', 'ACK-0001', { movedAnchors: { gejala: 'solusi' } }),
		];
		expect(() => redirectPlan(entries)).toThrow(
			/^4 link problems in the FAQ entries:\ncontent\/faq\/b\.mdx: ref: .*\ncontent\/faq\/a\.mdx: aliases: .*\ncontent\/faq\/a\.mdx: related: .*\ncontent\/faq\/b\.mdx: movedAnchors\.gejala: .*$/,
		);
	});
});

describe('movedAnchorMap', () => {
	it('maps same-page moves to fragments and other pages to paths under the base', () => {
		const plan = redirectPlan([
			entry('a', 'ACK-0001', {
				movedAnchors: { lama: 'solusi', pindah: 'b#gejala', atas: 'b', hapus: 'a' },
			}),
			entry('b', 'ACK-0002'),
		]);
		expect(movedAnchorMap(plan, 'a', '/docs/ack-faq')).toEqual({
			lama: '#solusi',
			pindah: '/docs/ack-faq/faq/b/#gejala',
			atas: '/docs/ack-faq/faq/b/',
			hapus: '#top',
		});
		expect(movedAnchorMap(plan, 'b', '/')).toEqual({});
	});
});
