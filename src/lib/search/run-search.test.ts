import { describe, expect, it, vi } from 'vitest';
import { prepareQuery } from './prepare-query';
import { FIRST_DRAW, RERANK_POOL } from './ranking';
import { MAX_SEARCHES, runSearch } from './run-search';
import { buildSignatureTables, type SignatureShard } from './signatures';
import { buildVocabulary, type VocabularyManifest, type VocabularyShard } from './vocabulary';
import { kubeletJournal } from '../../../test-support/search/log-fixtures';

/**
 * A fake site: pages with their text. Pagefind is faked as an all-words search over the pages'
 * words (prefix match, as Pagefind does); the vocabulary is built from the same text.
 */
function fakeSite(pages: Record<string, string>) {
	const { files } = buildVocabulary(Object.values(pages), 64);
	const byName = new Map(files.map((f) => [f.name, JSON.parse(f.json) as unknown]));
	const asked: string[] = [];
	const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
	const search = async (q: string) => {
		asked.push(q);
		const terms = q.split(' ');
		const results = Object.entries(pages)
			.filter(([, text]) => terms.every((t) => words(text).some((w) => w.startsWith(t))))
			.map(([url, text]) => ({
				id: url,
				score: 1,
				data: async () => ({ url, content: text }),
			}));
		return { results };
	};
	const deps = {
		search,
		manifest: async () => null,
		shard: async () => [],
		vocabulary: async () => byName.get('manifest.json') as VocabularyManifest,
		vocabularyShard: async (name: string) => (byName.get(name) ?? {}) as VocabularyShard,
		empty: { results: [] },
	};
	return { asked, deps };
}

const SITE = {
	'/faq/crash-velero-kube-system/':
		'Back-off restarting failed container velero in pod velero kube-system kubelet',
	'/faq/crash-velero-monitoring/':
		'Back-off restarting failed container velero in pod velero monitoring kubelet',
	'/faq/sertifikat/': 'sertifikat kedaluwarsa kubelet containerd',
	'/faq/jaringan/': 'jaringan containerd windows node_name',
};

describe('runSearch: one Pagefind search per query', () => {
	it('starts loading the index chunks of the typed words before the vocabulary is in', async () => {
		const { asked, deps } = fakeSite(SITE);
		const events: string[] = [];
		let vocabularyIn!: () => void;
		const vocabularyGate = new Promise<void>((done) => (vocabularyIn = done));
		const outcome = runSearch(
			{
				...deps,
				preload: async (q: string) => void events.push(`preload ${q}`),
				vocabulary: async () => {
					await vocabularyGate;
					events.push('vocabulary');
					return deps.vocabulary();
				},
			},
			prepareQuery('sertifikat zzqxv '),
		);
		await Promise.resolve();
		expect(events).toEqual(['preload sertifikat zzqxv']);
		vocabularyIn();
		const { results, searches } = await outcome;
		// A preload is no search: the query still runs one, with only the indexed words.
		expect(searches).toBe(1);
		expect(asked).toEqual(['sertifikat']);
		expect(results[0]!.url).toBe('/faq/sertifikat/');
	});

	it('searches while the error signatures still load, and ranks by them once they are in', async () => {
		const ERROR = 'x509: certificate has expired or is not yet valid';
		const { asked, deps } = fakeSite({
			'/faq/lain/': 'x509 certificate has expired or is not yet valid lain',
			'/faq/sertifikat/': 'x509 certificate has expired or is not yet valid sertifikat',
		});
		const tables = buildSignatureTables([{ url: '/faq/sertifikat/', errors: [ERROR] }]);
		const files = new Map(tables.files.map((f) => [f.name, JSON.parse(f.json) as unknown]));
		let shardsIn!: () => void;
		const gate = new Promise<void>((done) => (shardsIn = done));
		let settled = false;
		const outcome = runSearch(
			{
				...deps,
				manifest: async () => tables.manifest,
				shard: async (name: string) => {
					await gate;
					return files.get(name) as SignatureShard;
				},
			},
			prepareQuery(`E0314 08:21:07 ${ERROR}`),
		).finally(() => (settled = true));
		await vi.waitFor(() => expect(asked).toHaveLength(1));
		expect(settled).toBe(false);
		shardsIn();
		const { results } = await outcome;
		expect(results[0]).toMatchObject({ url: '/faq/sertifikat/', signature: { complete: true } });
	});

	it('starts loading the compounds the words may join into, too', async () => {
		const { deps } = fakeSite(SITE);
		const preloaded: string[] = [];
		await runSearch(
			{ ...deps, preload: async (q: string) => void preloaded.push(q) },
			prepareQuery('Back-off restarting failed container velero in pod kube-system'),
		);
		expect(preloaded).toHaveLength(1);
		expect(preloaded[0]!.split(' ')).toEqual(
			expect.arrayContaining(['back', 'off', 'backoff', 'velero', 'kubesystem']),
		);
	});

	it('searches as usual when the preload fails', async () => {
		const { deps } = fakeSite(SITE);
		const outcome = await runSearch(
			{ ...deps, preload: () => Promise.reject(new Error('offline')) },
			prepareQuery('sertifikat kubelet'),
		);
		expect(outcome.results[0]!.url).toBe('/faq/sertifikat/');
	});

	it('sends only the words the vocabulary has, in one search', async () => {
		const { asked, deps } = fakeSite(SITE);
		const outcome = await runSearch(deps, prepareQuery('sertifikat zzqxv '));
		expect(asked).toEqual(['sertifikat']);
		expect(outcome.searches).toBe(1);
		expect(outcome.results[0]!.url).toBe('/faq/sertifikat/');
		// The reader typed a word no page has: the list is the closest, and says so.
		expect(outcome.approximate).toBe(true);
	});

	it('searches a compound joined when the vocabulary holds it joined', async () => {
		const { asked, deps } = fakeSite(SITE);
		const outcome = await runSearch(deps, prepareQuery('[$NODE_NAME]'));
		expect(asked).toEqual(['node_name']);
		expect(outcome.results.map((r) => r.url)).toEqual(['/faq/jaringan/']);
	});

	it('corrects a typo to the indexed word one slip away, without asking Pagefind', async () => {
		const { asked, deps } = fakeSite(SITE);
		await runSearch(deps, prepareQuery('jarinagn '));
		expect(asked).toEqual(['jaringan']);
	});

	it('searches the most telling word once more when no page has every word', async () => {
		const { asked, deps } = fakeSite(SITE);
		const outcome = await runSearch(deps, prepareQuery('sertifikat kedaluwarsa windows '));
		expect(asked).toHaveLength(2);
		expect(outcome.results[0]!.url).toBe('/faq/sertifikat/');
		expect(outcome.approximate).toBe(true);
	});

	it(`never runs more than ${MAX_SEARCHES} searches, however long the paste`, async () => {
		const { asked, deps } = fakeSite(SITE);
		const outcome = await runSearch(
			deps,
			prepareQuery(kubeletJournal(100_000, 'x509: certificate has expired or is not yet valid')),
		);
		expect(outcome.searches).toBeLessThanOrEqual(MAX_SEARCHES);
		expect(asked.length).toBe(outcome.searches);
	});

	it('drops an unfinished word that starts no indexed word instead of finding nothing', async () => {
		const { asked, deps } = fakeSite(SITE);
		const outcome = await runSearch(deps, prepareQuery('sertifikat kedalx'));
		expect(asked).toEqual(['sertifikat']);
		expect(outcome.results[0]!.url).toBe('/faq/sertifikat/');
	});

	it('ranks first the similar entries that hold a word the search did not need', async () => {
		const { deps } = fakeSite(SITE);
		// From a pasted log only the most error-like line is searched; the namespace on the
		// other line still tells the two entries apart.
		const text =
			'Back-off restarting failed container velero in pod velero\nnamespace: kube-system';
		const outcome = await runSearch(deps, prepareQuery(text));
		expect(outcome.results[0]!.url).toBe('/faq/crash-velero-kube-system/');
	});

	it('gives the same order whatever number of results is shown', async () => {
		const { deps } = fakeSite(SITE);
		const query = prepareQuery('kubelet kube-system velero restarting');
		const few = await runSearch(deps, query, { limit: 2 });
		const many = await runSearch(deps, query, { limit: 50 });
		const all = [...many.results, ...(await many.more())];
		expect(all.slice(0, 2).map((r) => r.url)).toEqual(few.results.map((r) => r.url));
	});
});

describe('runSearch: a long list in two steps', () => {
	// 25 pages with the searched word; the later ones also hold the word that reorders.
	const pages = Object.fromEntries(
		Array.from({ length: 25 }, (_, i) => [
			`/faq/p${String(i).padStart(2, '0')}/`,
			`kubelet restart ${i >= 5 ? 'velero' : 'kube-proxy'}`,
		]),
	);

	function counted() {
		const site = fakeSite(pages);
		let fetched = 0;
		const search = async (q: string) => {
			const response = await site.deps.search(q);
			return {
				results: response.results.map((r) => ({
					...r,
					data: () => (fetched++, r.data()),
				})),
			};
		};
		return { deps: { ...site.deps, search }, fetched: () => fetched };
	}

	it(`answers after reading the ${RERANK_POOL} pages it ranks, and fetches the rest only when asked`, async () => {
		const { deps, fetched } = counted();
		// `velero` is on the other line of the log: it reorders the pages, the search needs only `kubelet`.
		const outcome = await runSearch(deps, prepareQuery('kubelet restart\nvelero'), { limit: 50 });
		expect(outcome.results).toHaveLength(RERANK_POOL);
		expect(fetched()).toBe(RERANK_POOL);
		expect(outcome.total).toBe(25);
		const rest = await outcome.more();
		expect(fetched()).toBe(25);
		expect(outcome.results.length + rest.length).toBe(25);
		// The rest keeps the search's order and repeats none of the ranked pages.
		const urls = [...outcome.results, ...rest].map((r) => r.url);
		expect(new Set(urls).size).toBe(25);
		expect(rest.map((r) => r.url)).toEqual(Object.keys(pages).slice(RERANK_POOL));
		// Asking twice fetches nothing more.
		await outcome.more();
		expect(fetched()).toBe(25);
	});

	it(`draws the first ${FIRST_DRAW} pages at once when nothing can reorder them, and fetches the rest when asked`, async () => {
		const { deps, fetched } = counted();
		const outcome = await runSearch(deps, prepareQuery('kubelet '), { limit: 50 });
		expect(outcome.results).toHaveLength(FIRST_DRAW);
		expect(fetched()).toBe(FIRST_DRAW);
		expect(outcome.total).toBe(25);
		const rest = await outcome.more();
		expect(fetched()).toBe(25);
		// The search's own order, whole, in two parts.
		expect([...outcome.results, ...rest].map((r) => r.url)).toEqual(Object.keys(pages));
	});

	it('has no rest when the ranked pages fill the limit', async () => {
		const { deps, fetched } = counted();
		const outcome = await runSearch(deps, prepareQuery('kubelet restart\nvelero'), { limit: 6 });
		expect(outcome.results).toHaveLength(6);
		expect(outcome.total).toBe(6);
		expect(await outcome.more()).toEqual([]);
		expect(fetched()).toBe(RERANK_POOL);
	});
});
