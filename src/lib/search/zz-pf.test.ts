import { test } from 'vitest';
import * as pagefind from 'pagefind';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { prepareQuery, indexSynonyms } from './index';
const pages: Record<string, [string, string]> = {
	x509: [
		'Apa yang harus saya lakukan jika API Server mengembalikan kesalahan x509: certificate has expired?',
		`<p>Saat Anda membuat pod, API Server mengembalikan kesalahan kedaluwarsa sertifikat.</p><pre>"https://localhost:6443/api/v1/namespaces/xxx/resourcequotes": x509: certificate has expired or is not yet valid: current time XXX is after XXX</pre><h2 id="solusi">Solusi</h2><p>Tingkatkan kluster ke versi 1.24. Kami merekomendasikan Anda untuk memigrasikan ke ACK Managed Cluster Pro.</p><pre>curl --resolve apiserver-loopback-client:6443:XX.XX.XX.XX -k -v https://apiserver-loopback-client:6443/healthz 2>&1 |grep expire</pre>`,
	],
	diag: [
		'Bagaimana cara mengumpulkan informasi diagnostik untuk kluster Kubernetes?',
		`<pre>curl -o /usr/local/bin/diagnose_k8s.sh http://aliacs-k8s-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/public/diagnose/diagnose_k8s.sh
chmod u+x /usr/local/bin/diagnose_k8s.sh
ls -ltr | grep diagnose_1514939155.tar.gz
Invoke-WebRequest -UseBasicParsing -Uri http://aliacs-k8s-[$Region_ID].oss-[$Region_ID].aliyuncs.com/public/pkg/windows/diagnose/diagnose.ps1 | Invoke-Expression</pre><p>Login ke node master kluster Kubernetes dan jalankan perintah berikut untuk mengunduh skrip diagnostik.</p>`,
	],
	trouble: [
		'Bagaimana cara memecahkan masalah dalam kluster ACK?',
		`<p>Jalankan perintah berikut untuk melihat informasi detail dan event untuk sebuah node.</p><pre>kubectl describe node [$NODE_NAME]
kubectl get pods -n kube-system
systemctl status kubelet
journalctl -u kubelet</pre><p>Pemecahan masalah komponen kubelet.</p>`,
	],
	migrasi: [
		'Bagaimana cara memigrasikan kluster Kubernetes yang dikelola sendiri ke ACK?',
		`<p>ACK menyediakan solusi mulus untuk memigrasikan kluster Kubernetes yang dikelola sendiri ke kluster ACK. Solusi ini memastikan bisnis Anda tidak terganggu selama migrasi.</p>`,
	],
	rbac: [
		'Bagaimana cara memberikan izin detail halus ketika Pengguna RAM mengoperasikan kluster ACK?',
		`<p>Anda dapat menggunakan ClusterRole dan Role kustom untuk mengonfigurasi izin RBAC yang lebih rinci.</p>`,
	],
	master: [
		'Dapatkah saya menambahkan atau menghapus node master dari ACK dedicated cluster?',
		`<p>Menambahkan atau menghapus node master dapat menyebabkan kluster menjadi tidak dapat digunakan. Operasi berisiko tinggi termasuk mengganti sertifikat master atau etcd.</p>`,
	],
	runtime: [
		'Jika saya memilih runtime kontainer containerd, dapatkah saya mengubahnya menjadi Docker nanti?',
		`<p>Setelah kluster dibuat, Anda tidak dapat mengubah runtime kontainernya. Untuk memigrasikan runtime kontainer sebuah node dari Docker ke containerd, lihat Migrasikan runtime kontainer.</p>`,
	],
};
test('pf', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'pf-'));
	const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
	for (const [slug, [title, body]] of Object.entries(pages)) {
		const syn = process.env.NOSYN ? '' : indexSynonyms(title);
		await index!.addHTMLFile({
			url: `/faq/${slug}/`,
			content: `<html lang="id"><body><h1>${title}</h1>${body}<div hidden data-pagefind-weight="0.5">${syn}</div></body></html>`,
		});
	}
	await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
	await pagefind.close();
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (u: string) =>
		new Response(
			readFileSync(
				join(
					dir,
					String(u)
						.replace(/^https?:\/\/[^/]+/, '')
						.split('?')[0]!,
				),
			),
		)) as typeof fetch;
	const pf = await import(/* @vite-ignore */ join(dir, 'pagefind', 'pagefind.js'));
	await pf.options({ basePath: '/pagefind/', baseUrl: '/' });
	const run = async (q: string) => {
		const r = await pf.search(q);
		return (await Promise.all(r.results.map((x: any) => x.data())))
			.map((d: any) => d.url.split('/')[2])
			.join(',');
	};
	for (const q of [
		'x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z',
		'kadaluarsa',
		'sertifkat',
		'memigrasikan',
		'migrasi',
		'mengonfigurasi',
		'menambahkan',
		'memigr',
		'[$NODE_NAME]',
		'|grep',
		'kubectl describe node',
		'k8s',
		'diagnose_1714939155.tar.gz',
		'certificate expired',
		'upgrade kluster',
		'troubleshoot',
		'permissions',
		'chmod u+x /usr/local/bin/diagnose_k8s.sh',
		'collect diagnostics',
		'change runtime',
		'delete master node',
		'menghapus node master',
	]) {
		const p = prepareQuery(q);
		console.log(
			JSON.stringify(q).slice(0, 40).padEnd(42),
			'raw:',
			(await run(q)).padEnd(24),
			'strict(',
			p.strict,
			'):',
			(await run(p.strict)).padEnd(20),
			'fb:',
			(await Promise.all(p.meaningful.map(async (t) => `${t}=${await run(t)}`))).join(' '),
		);
	}
	globalThis.fetch = realFetch;
}, 60000);
