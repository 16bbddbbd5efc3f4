import { describe, expect, it } from 'vitest';
import {
	KUBECTL_PODS,
	kubeletJournal,
	prng,
	SYSTEMCTL_STATUS,
} from '../../../test-support/search/log-fixtures';
import { prepareQuery } from './prepare-query';
import {
	buildSignatureTables,
	matchSignatures,
	signatureShardFiles,
	type SignatureShard,
	type SignatureSource,
	type SignatureTables,
} from './signatures';

const X509_URL = '/faq/sertifikat-x509-kedaluwarsa/';
const FAQ: SignatureSource[] = [
	{
		url: X509_URL,
		anchor: 'solusi',
		errors: [
			'x509: certificate has expired or is not yet valid',
			'"https://localhost:6443/api/v1/namespaces/xxx/resourcequotes": x509: certificate has expired or is not yet valid: current time XXX is after XXX',
		],
	},
	{
		url: '/faq/ca-tidak-dikenal/',
		anchor: 'solusi',
		errors: ['x509: certificate signed by unknown authority'],
	},
	{
		url: '/faq/apiserver-6443-ditolak/',
		errors: [
			'The connection to the server XXX:6443 was refused - did you specify the right host or port?',
		],
	},
	{
		url: '/faq/rbac-forbidden/',
		anchor: 'penyebab',
		errors: [
			'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:xxx:xxx" cannot list resource "pods" in API group "" in the namespace "xxx"',
		],
	},
	{ url: '/faq/crashloop/', errors: ['Back-off restarting failed container xxx in pod xxx'] },
];

/** Runs a query the way the browser does: ask which shards it needs, "fetch" them, match. */
function search(tables: SignatureTables, text: string) {
	const prepared = prepareQuery(text);
	const files = new Map(tables.files.map((file) => [file.name, file.json]));
	const names = signatureShardFiles(prepared, tables.manifest);
	const shards = names.map((name) => JSON.parse(files.get(name) ?? '[]') as SignatureShard);
	const bytes =
		(files.get('manifest.json')?.length ?? 0) +
		names.reduce((sum, name) => sum + (files.get(name)?.length ?? 0), 0);
	return { hits: matchSignatures(prepared, shards, tables.manifest), bytes };
}

describe('matchSignatures', () => {
	const tables = buildSignatureTables(FAQ);
	const top = (text: string) => search(tables, text).hits[0];

	it('a pasted x509 line with another timestamp matches the x509 signature', () => {
		const hit = top(
			'x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z',
		);
		expect(hit).toMatchObject({ url: X509_URL, anchor: 'solusi' });
	});

	it('ranks the entry first whatever surrounds the error', () => {
		const error =
			'"https://[::1]:6443/api/v1/namespaces/kube-system/resourcequotes": x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z';
		const pastes = [
			`E0314 08:21:07.123456       1 reflector.go:138] ${error}`,
			`Mar 14 08:21:07 ip-10-0-1-2.ap-southeast-3.compute.internal kube-controller-manager[4321]: E0314 08:21:07.1 4321 resource_quota_controller.go:417] ${error}`,
			`$ systemctl status kubelet\n${SYSTEMCTL_STATUS}\n$ kubectl get pods -n kube-system\n${KUBECTL_PODS}\n${error}`,
			error.replace('[::1]', '10.0.12.7').replace('kube-system', 'pembayaran'),
			kubeletJournal(100_000, error).replaceAll('\n', '\r\n'),
			`request 0f1e2d3c-aaaa-bbbb-cccc-123456789abc on worker-07 (10.1.2.3): ${error} (took 3m2.5s)`,
		];
		for (const paste of pastes) expect(top(paste)?.url).toBe(X509_URL);
	});

	it('prefers the longer signature when a paste contains both', () => {
		const withShortOnly = buildSignatureTables([
			...FAQ,
			{ url: '/faq/x509-umum/', errors: ['x509: certificate has expired or is not yet valid'] },
		]);
		const { hits } = search(
			withShortOnly,
			'"https://localhost:6443/api/v1/namespaces/default/resourcequotes": x509: certificate has expired or is not yet valid: current time 2025-01-01T00:00:00Z is after 2024-12-31T00:00:00Z',
		);
		expect(hits.map((hit) => hit.url)).toEqual([X509_URL, '/faq/x509-umum/']);
		expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
	});

	it('lets XXX and xxx in FAQ text stand for any value', () => {
		const hit = top(
			'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:monitoring:prometheus-k8s" cannot list resource "pods" in API group "" in the namespace "produksi"',
		);
		expect(hit).toMatchObject({ url: '/faq/rbac-forbidden/', anchor: 'penyebab' });
		expect(
			top(
				'The connection to the server 192.168.0.10:6443 was refused - did you specify the right host or port?',
			)?.url,
		).toBe('/faq/apiserver-6443-ditolak/');
	});

	it('does not match a signature the paste only partly contains', () => {
		expect(search(tables, 'x509: certificate has').hits).toEqual([]);
		expect(search(tables, 'kubectl get pods -n kube-system').hits).toEqual([]);
	});

	it('does not confuse errors that share words', () => {
		const { hits } = search(
			tables,
			'Unable to connect to the server: x509: certificate signed by unknown authority',
		);
		expect(hits.map((hit) => hit.url)).toEqual(['/faq/ca-tidak-dikenal/']);
	});

	it('ranks the entry whose example an exact paste repeats above entries quoting the same error', () => {
		const example = (ts: string, ts2: string) =>
			`Unable to connect to the server: x509: certificate has expired or is not yet valid: current time ${ts} is after ${ts2}`;
		const twins = buildSignatureTables([
			{ url: '/faq/a/', errors: [example('2025-08-18T05:19:48Z', '2024-11-08T16:25:04Z')] },
			{ url: '/faq/b/', errors: [example('2025-03-07T16:04:50Z', '2024-05-27T00:16:29Z')] },
		]);
		expect(twins.manifest.records).toBe(1);
		const { hits } = search(twins, example('2025-03-07T16:04:50Z', '2024-05-27T00:16:29Z'));
		expect(hits.map((hit) => [hit.url, hit.exact])).toEqual([
			['/faq/b/', true],
			['/faq/a/', false],
		]);
		const changed = search(twins, example('2026-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).hits;
		expect(changed.map((hit) => hit.score)).toEqual([changed[0]!.score, changed[0]!.score]);
	});

	it('carries the entry title so a hit can be shown without the page data', () => {
		const titled = buildSignatureTables([
			{ ...FAQ[0]!, title: 'Sertifikat x509 kedaluwarsa?' },
			...FAQ.slice(1),
		]);
		const hit = search(titled, 'x509: certificate has expired or is not yet valid').hits[0];
		expect(hit).toMatchObject({ url: X509_URL, title: 'Sertifikat x509 kedaluwarsa?' });
		expect(top('x509: certificate has expired or is not yet valid')?.title).toBeNull();
	});

	it('ignores malformed shard data', () => {
		const prepared = prepareQuery('x509: certificate has expired or is not yet valid');
		const junk = [null, 'text', [1, 2], [['x509 certificate', 'not a list']], [['', []]]];
		expect(matchSignatures(prepared, junk as unknown as SignatureShard[])).toEqual([]);
	});
});

describe('signature tables at scale', () => {
	/** 10,000 distinct errors of ~150 characters over a Zipf-like vocabulary. */
	function distinctCorpus(count: number) {
		const random = prng(42);
		const syllables = [
			'ka',
			'lo',
			'mi',
			'ter',
			'sun',
			'dex',
			'pra',
			'vo',
			'qui',
			'zen',
			'bal',
			'rok',
		];
		const vocabulary = Array.from({ length: 6_000 }, (_, i) => {
			let word = '';
			for (let n = i + 1; n > 0; n = Math.floor(n / 12)) word += syllables[n % 12];
			return word;
		});
		const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)]!;
		return Array.from({ length: count }, (_, i) => {
			const words: string[] = [];
			while (words.join(' ').length < 140) words.push(word());
			return { url: `/faq/entri-${i}/`, anchor: 'solusi', errors: [`${words.join(' ')}: failed`] };
		});
	}

	const corpus = distinctCorpus(10_000);
	const tables = buildSignatureTables(corpus);

	it('fetches at most about 30 KB of signatures for one query at 10,000 entries', () => {
		const random = prng(7);
		let worst = 0;
		for (let q = 0; q < 200; q++) {
			const entry = corpus[Math.floor(random() * corpus.length)]!;
			const paste = `E0314 08:21:07.123456 1 a.go:1] ${entry.errors[0]}\nI0314 08:21:08.1 1 b.go:2] done in 3.2s`;
			const { hits, bytes } = search(tables, paste);
			expect(hits[0]?.url).toBe(entry.url);
			worst = Math.max(worst, bytes);
		}
		expect(worst).toBeLessThanOrEqual(30_000);
	});

	it('fetches a shard for hardly any word that is no anchor', () => {
		// Letters the corpus's syllables never start with: none of these words is an anchor.
		const letters = 'bcfghjnwxy';
		let fetched = 0;
		const tries = 5_000;
		for (let i = 0; i < tries; i++) {
			let word = 'xw';
			for (let n = i; n > 0; n = Math.floor(n / letters.length))
				word += letters[n % letters.length];
			if (signatureShardFiles(prepareQuery(word), tables.manifest).length > 0) fetched++;
		}
		expect(fetched / tries).toBeLessThan(0.005);
	});

	it('splits the table so that no shard is a large part of it', () => {
		const shardSizes = tables.files
			.filter((f) => f.name !== 'manifest.json')
			.map((f) => f.json.length);
		const total = shardSizes.reduce((sum, size) => sum + size, 0);
		expect(tables.manifest.entries).toBe(10_000);
		expect(Math.max(...shardSizes)).toBeLessThan(total / 100);
	});
});
