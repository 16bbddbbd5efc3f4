/**
 * The query layer against a real Pagefind 1.6 index: a few pages shaped like our FAQ entries
 * are indexed with Pagefind's Node API (with indexSynonyms text, as the build adds it), then
 * searched with Pagefind's own browser script, the way the search element will.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeVocabulary } from '../../integrations/pagefind';
import type { PagefindApi } from './pagefind-types';
import { prepareQuery } from './prepare-query';
import { runSearch } from './run-search';
import { indexSynonyms } from './variants';
import type { VocabularyManifest, VocabularyShard } from './vocabulary';

const PAGES: Record<string, { title: string; body: string }> = {
	x509: {
		title:
			'Apa yang harus saya lakukan jika API Server mengembalikan kesalahan x509 certificate has expired?',
		body: `<p>Saat Anda membuat pod, API Server mengembalikan kesalahan kedaluwarsa sertifikat.</p>
<pre>"https://localhost:6443/api/v1/namespaces/xxx/resourcequotes": x509: certificate has expired or is not yet valid: current time XXX is after XXX</pre>
<h2 id="solusi">Solusi</h2><p>Tingkatkan kluster ke versi 1.24 atau lebih baru.</p>
<pre>curl --resolve apiserver-loopback-client:6443:XX.XX.XX.XX -k -v https://apiserver-loopback-client:6443/healthz 2>&amp;1 |grep expire</pre>`,
	},
	diagnostik: {
		title: 'Bagaimana cara mengumpulkan informasi diagnostik untuk kluster Kubernetes?',
		body: `<pre>curl -o /usr/local/bin/diagnose_k8s.sh http://aliacs-k8s-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/public/diagnose/diagnose_k8s.sh
chmod u+x /usr/local/bin/diagnose_k8s.sh
ls -ltr | grep diagnose_1514939155.tar.gz
Invoke-WebRequest -UseBasicParsing -Uri http://aliacs-k8s-[$Region_ID].oss-[$Region_ID].aliyuncs.com/public/pkg/windows/diagnose/diagnose.ps1 | Invoke-Expression</pre>`,
	},
	'pemecahan-masalah': {
		title: 'Bagaimana cara memecahkan masalah dalam kluster ACK?',
		body: `<p>Jalankan perintah berikut untuk melihat detail sebuah node.</p>
<pre>kubectl describe node [$NODE_NAME]
kubectl get pods -n kube-system
systemctl status kubelet
journalctl -u kubelet</pre>`,
	},
	migrasi: {
		title: 'Bagaimana cara memigrasikan kluster Kubernetes yang dikelola sendiri ke ACK?',
		body: '<p>ACK menyediakan solusi mulus untuk memigrasikan kluster Kubernetes yang dikelola sendiri.</p>',
	},
	izin: {
		title:
			'Bagaimana cara memberikan izin detail halus ketika Pengguna RAM mengoperasikan kluster ACK?',
		body: '<p>Gunakan ClusterRole dan Role kustom untuk mengonfigurasi izin RBAC yang lebih rinci.</p>',
	},
	'node-master': {
		title: 'Dapatkah saya menambahkan atau menghapus node master dari ACK dedicated cluster?',
		body: '<p>Menambahkan atau menghapus node master dapat membuat kluster tidak dapat digunakan.</p>',
	},
	'node-master-terhapus': {
		title: 'Saya tidak sengaja menghapus node master. Apa akibatnya?',
		body: '<p>Setelah node master dihapus, kluster tidak dapat dipulihkan.</p>',
	},
	'nama-node': {
		title: 'Node name and namespace',
		body: '<p>Every node has a node name; the namespace of a node name is kube-system.</p>',
	},
};

describe('the query layer on a Pagefind 1.6 index', () => {
	const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
	const realFetch = globalThis.fetch;
	let api: PagefindApi;

	beforeAll(async () => {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
		if (!index) throw new Error(errors.join('\n'));
		for (const [slug, { title, body }] of Object.entries(PAGES)) {
			const extra = indexSynonyms(`${title} ${body.replace(/<[^>]*>/g, ' ')}`);
			const html = `<html lang="id"><body><h1>${title}</h1>${body}<div hidden>${extra}</div></body></html>`;
			const added = await index.addHTMLFile({ url: `/faq/${slug}/`, content: html });
			if (added.errors.length) throw new Error(added.errors.join('\n'));
		}
		await index.writeFiles({ outputPath: join(dir, 'pagefind') });
		await pagefind.close();
		await writeVocabulary(dir);
		// Pagefind's browser script loads its index with fetch: serve it from the folder.
		globalThis.fetch = (async (url: string | URL) => {
			const path = String(url)
				.replace(/^https?:\/\/[^/]+/, '')
				.split('?')[0]!;
			return new Response(readFileSync(join(dir, path)));
		}) as typeof fetch;
		api = (await import(
			/* @vite-ignore */ pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href
		)) as PagefindApi;
		await api.options({ basePath: '/pagefind/', baseUrl: '/' });
	}, 60_000);

	afterAll(() => {
		globalThis.fetch = realFetch;
		rmSync(dir, { recursive: true, force: true });
	});

	/** Pagefind alone: the pages a search finds, in its order. */
	const slugs = async (term: string) => {
		const response = await api.search(term);
		return Promise.all((response?.results ?? []).map(async (r) => (await r.data()).url));
	};

	const json = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
	const searched: string[] = [];
	/** The search UIs' own pipeline: signatures (none here), the vocabulary, one search. */
	const find = async (text: string) => {
		const empty = { results: [] };
		const outcome = await runSearch(
			{
				search: async (q) => {
					searched.push(q);
					return (await api.search(q)) ?? empty;
				},
				manifest: async () => null,
				shard: async () => [],
				vocabulary: async () => json<VocabularyManifest>('search/vocabulary/manifest.json'),
				vocabularyShard: async (name) => {
					try {
						return json<VocabularyShard>(`search/vocabulary/${name}`);
					} catch {
						return {};
					}
				},
				empty,
			},
			prepareQuery(text),
			{ limit: 10 },
		);
		return { ...outcome, slugs: outcome.results.map((r) => r.url.split('/')[2]) };
	};
	const pipeline = find;

	it('finds the x509 page for a pasted x509 line with its own timestamps', async () => {
		const { slugs: found, approximate } = await find(
			'x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z',
		);
		expect(found[0]).toBe('x509');
		expect(approximate).toBe(false);
	});

	it('kadaluarsa and sertifkat find the pages that spell them right', async () => {
		expect((await find('kadaluarsa ')).slugs).toEqual(['x509']);
		expect((await find('sertifkat ')).slugs).toContain('x509');
	});

	it('finds pages by affixed forms Pagefind does not stem to the same word', async () => {
		expect((await find('mengonfigurasi ')).slugs).toEqual(['izin']);
		expect((await find('menambahkan ')).slugs).toEqual(['node-master']);
		expect((await find('migrasi ')).slugs).toEqual(['migrasi']);
	});

	it('memigr finds the migration page while the word is being typed', async () => {
		expect((await find('memigr')).slugs).toEqual(['migrasi']);
	});

	it('finds commands by placeholders, pipes and flags', async () => {
		expect((await pipeline('[$NODE_NAME]')).slugs).toEqual(['pemecahan-masalah']);
		expect((await find('|grep')).slugs.sort()).toEqual(['diagnostik', 'x509']);
		expect((await find('kubectl describe node')).slugs).toEqual(['pemecahan-masalah']);
		expect((await find('chmod u+x /usr/local/bin/diagnose_k8s.sh')).slugs).toEqual(['diagnostik']);
		expect((await find('ls -ltr | grep diagnose_1714939155.tar.gz')).slugs).toEqual(['diagnostik']);
	});

	it('finds pages for English words and k8s', async () => {
		expect((await find('certificate expired ')).slugs[0]).toBe('x509');
		expect((await find('upgrade kluster ')).slugs[0]).toBe('x509');
		expect((await find('troubleshoot ')).slugs).toEqual(['pemecahan-masalah']);
		expect((await find('permissions ')).slugs).toEqual(['izin']);
		expect((await find('k8s ')).slugs.sort()).toEqual(['diagnostik', 'migrasi']);
	});

	it('searches a compound chunk joined when the index has it: [$NODE_NAME]', async () => {
		// As parts, "node" and "name" are on the page about node names more than anywhere else.
		expect((await slugs('node name'))[0]).toBe('/faq/nama-node/');
		const { slugs: found, prepared } = await pipeline('[$NODE_NAME]');
		expect(prepared.strict).toBe('node_name');
		expect(found).toEqual(['pemecahan-masalah']);
	});

	it('searches a compound as its parts when the index does not have it joined', async () => {
		const { prepared, slugs } = await pipeline('node-name');
		expect(prepared.strict).toBe('node name');
		expect(slugs).toContain('nama-node');
	});

	it('leaves out a word that would only match a shorter indexed word', async () => {
		// Pagefind alone finds "upstream" on the page with `-u`, its longest indexed prefix.
		expect(await slugs('kubelet upstream')).toEqual(['/faq/pemecahan-masalah/']);
		const { approximate, slugs: found, prepared } = await pipeline('kubelet upstream ');
		// The vocabulary says the index lacks "upstream": it is left out, and the list says so.
		expect(prepared.strict).toBe('kubelet');
		expect(approximate).toBe(true);
		expect(found[0]).toBe('pemecahan-masalah');
	});

	it('puts first, among equal matches, the page whose slug has the affixed word as typed', async () => {
		const { slugs: found } = await pipeline('node master terhapus');
		expect(found.slice(0, 2).sort()).toEqual(['node-master', 'node-master-terhapus']);
		expect(found[0]).toBe('node-master-terhapus');
	});

	it('shows the closest pages, flagged approximate, when no page has every word', async () => {
		const { slugs: found, approximate } = await find('sertifikat kedaluwarsa containerd windows ');
		expect(approximate).toBe(true);
		expect(found[0]).toBe('x509');
	});

	it('asks Pagefind once per query, twice when no page has every word', async () => {
		for (const text of [
			'x509 certificate has expired',
			'[$NODE_NAME]',
			'memigr',
			'kubelet upstream ',
		]) {
			searched.length = 0;
			await find(text);
			expect(searched, text).toHaveLength(1);
		}
		searched.length = 0;
		await find('sertifikat kedaluwarsa containerd windows ');
		expect(searched).toHaveLength(2);
	});
});
