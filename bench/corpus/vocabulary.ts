/**
 * The words the synthetic corpus is made of: the components, namespaces and situations that
 * tell near-duplicate entries apart, the values that change from one cluster's log to the next,
 * and the sentences that give an entry the length of a real one.
 */
import type { ClusterType, OperatingSystem, Runtime } from '../../src/config/facets';
import { type Random, between, chars, oneOf } from './random';

/** Workloads and add-ons an entry can be about; every scenario occurs with each of them. */
export const COMPONENTS = [
	'coredns',
	'ingress-nginx',
	'metrics-server',
	'cluster-autoscaler',
	'kube-proxy',
	'csi-provisioner',
	'logtail-ds',
	'gatekeeper-audit',
	'istio-ingressgateway',
	'prometheus-operator',
	'argocd-repo-server',
	'terway-eniip',
	'node-problem-detector',
	'kube-state-metrics',
	'cert-manager',
	'velero',
	'external-dns',
	'payment-api',
	'order-service',
	'checkout-web',
	'redis-cache',
	'kafka-broker',
	'ack-node-local-dns',
	'arms-prometheus',
] as const;

export const NAMESPACES = [
	'default',
	'kube-system',
	'produksi',
	'staging',
	'pembayaran',
	'monitoring',
	'logging',
	'ingress',
	'data-platform',
	'tim-a',
	'tim-b',
	'batch',
	'arms-prom',
	'istio-system',
	'keuangan',
	'gudang',
	'pesanan',
	'analitik',
	'ci-cd',
	'pengujian',
	'backend',
	'frontend',
	'observability',
	'layanan-inti',
] as const;

/** The situation the question is asked in; some decide a facet of the entry. */
interface Situation {
	readonly id: string;
	/** Ends the title: "Mengapa … {situation}?" */
	readonly text: string;
	readonly runtime?: Runtime;
	readonly clusterType?: ClusterType;
	readonly os?: OperatingSystem;
	readonly kubernetes?: string;
}

export const SITUATIONS: readonly Situation[] = [
	{ id: 'upgrade', text: 'setelah upgrade ke Kubernetes 1.30', kubernetes: '>=1.30' },
	{ id: 'gpu', text: 'pada node pool GPU' },
	{ id: 'edge', text: 'di kluster ACK Edge', clusterType: 'edge' },
	{ id: 'rotasi', text: 'setelah rotasi sertifikat' },
	{ id: 'scale-out', text: 'saat node pool di-scale-out' },
	{ id: 'windows', text: 'pada node Windows Server 2022', os: 'windows' },
	{ id: 'migrasi-cri', text: 'setelah migrasi dari Docker ke containerd', runtime: 'containerd' },
	{ id: 'vswitch', text: 'setelah vSwitch baru ditambahkan' },
	{ id: 'helm', text: 'saat rilis dipasang dengan Helm' },
	{ id: 'restart-kubelet', text: 'setelah kubelet dimulai ulang' },
	{ id: 'arm64', text: 'pada node ARM64' },
	{ id: 'serverless', text: 'di kluster ACK Serverless', clusterType: 'serverless' },
	{ id: 'jam-sibuk', text: 'saat lalu lintas jam sibuk' },
	{ id: 'kernel', text: 'setelah kernel node diperbarui' },
	{ id: 'spot', text: 'pada instans spot' },
	{ id: 'sandboxed', text: 'dengan runtime Sandboxed-Container', runtime: 'sandboxed' },
	{ id: 'lingjun', text: 'di kluster ACK Lingjun', clusterType: 'lingjun' },
	{ id: 'pro', text: 'di kluster ACK Managed Pro', clusterType: 'pro' },
	{ id: 'dedicated', text: 'di kluster ACK dedicated', clusterType: 'dedicated' },
	{ id: 'multi-zona', text: 'di kluster multi-zona' },
];

/** Ranges an entry may carry when its scenario does not fix one; all within the version vocabulary. */
export const KUBERNETES_RANGES = [
	'*',
	'*',
	'>=1.24',
	'<1.24',
	'>=1.26 <1.30',
	'1.22 - 1.24',
	'>=1.28',
	'^1.24',
];

/** The service port of an entry: part of what its error says, the same in every log of it. */
export const SERVICE_PORTS = ['8080', '8443', '9090', '9443', '3000', '5000', '10254', '15021'];

const POD_HASH = 'bcdfghjklmnpqrstvwxz2456789';
const HEX = '0123456789abcdef';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const uuid = (random: Random) => [8, 4, 4, 4, 12].map((n) => chars(random, HEX, n)).join('-');
const privateIp = (random: Random) =>
	oneOf(random, [
		() => `10.${between(random, 0, 255)}.${between(random, 0, 255)}.${between(random, 2, 254)}`,
		() => `172.${between(random, 16, 31)}.${between(random, 0, 255)}.${between(random, 2, 254)}`,
		() => `192.168.${between(random, 0, 255)}.${between(random, 2, 254)}`,
	])();
const isoTime = (random: Random, year: number) =>
	`${year}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}T${pad(between(random, 0, 23))}:${pad(between(random, 0, 59))}:${pad(between(random, 0, 59))}Z`;

/**
 * Values that differ in every cluster's copy of the same error: what a reader pastes from their
 * own log never has the entry's timestamps, addresses or pod hashes. `{name}` in a template.
 */
export const VOLATILE: Readonly<Record<string, (random: Random) => string>> = {
	ts: (random) => isoTime(random, 2026),
	ts2: (random) => isoTime(random, 2025),
	klog: (random) =>
		`E${pad(between(random, 1, 12))}${pad(between(random, 1, 28))} ${pad(between(random, 0, 23))}:${pad(between(random, 0, 59))}:${pad(between(random, 0, 59))}.${pad(between(random, 0, 999999), 6)} ${between(random, 900, 99999)}`,
	ip: privateIp,
	ip2: privateIp,
	srcport: (random) => String(between(random, 32768, 60999)),
	hash: (random) => chars(random, POD_HASH, between(random, 9, 10)),
	sfx: (random) => chars(random, POD_HASH, 5),
	hex: (random) => chars(random, HEX, 64),
	uid: uuid,
	reqid: (random) => uuid(random).toUpperCase(),
	node: (random) =>
		oneOf(random, [
			() => `ap-southeast-5.${privateIp(random)}`,
			() => `worker-${pad(between(random, 1, 64))}`,
			() => `np-${oneOf(random, ['umum', 'gpu', 'spot'])}-${chars(random, POD_HASH, 5)}`,
		])(),
	ms: (random) => String(between(random, 1000, 130000)),
	took: (random) => `${between(random, 101, 4999)}.${between(random, 100, 999)}`,
	mins: (random) =>
		`${between(random, 3, 59)}m${between(random, 0, 59)}.${between(random, 100000000, 999999999)}s`,
	tag: (random) => `v${between(random, 1, 4)}.${between(random, 0, 30)}.${between(random, 0, 12)}`,
	pid: (random) => String(between(random, 300, 65000)),
	kb: (random) => String(between(random, 200000, 9000000)),
	kb2: (random) => String(between(random, 100000, 4000000)),
	n: (random) => String(between(random, 1, 99999)),
};

/** Every `[$NAME]` the commands use, with the one label each page gives it. */
export const PLACEHOLDER_LABELS: Readonly<Record<string, string>> = {
	NODE_NAME: 'Nama node',
	NODE_IP: 'IP node',
	MASTER_IP: 'IP node master',
	POD_NAME: 'Nama pod',
	SECRET_NAME: 'Nama secret',
	REGISTRY_USER: 'Nama pengguna registry',
	REGISTRY_PASSWORD: 'Kata sandi registry',
	CA_FILE: 'Berkas CA',
	VSWITCH_ID: 'ID vSwitch baru',
	CLUSTER_ID: 'ID kluster',
	ROLE_NAME: 'Nama peran RAM',
	CHART: 'Chart Helm',
	STORAGE_CLASS: 'Nama StorageClass',
	ZONE_ID: 'ID zona',
};

/** Examples shown in some placeholders' inputs. */
export const PLACEHOLDER_EXAMPLES: Readonly<Record<string, string>> = {
	NODE_NAME: 'ap-southeast-5.10.0.1.17',
	NODE_IP: '10.0.1.17',
	ZONE_ID: 'ap-southeast-5a',
};

/** The first paragraph; `{comp}`, `{ns}` and `{situation}` are filled in. */
export const INTROS = [
	'Pertanyaan ini sering diajukan {situation}, ketika {comp} berjalan di namespace {ns}.',
	'Beberapa tim melaporkan kasus berikut {situation}; beban kerja yang terdampak adalah {comp} di namespace {ns}.',
	'Halaman ini menjelaskan gejala, penyebab, dan langkah perbaikan untuk {comp} di namespace {ns} {situation}.',
	'Masalah ini biasanya terlihat {situation} melalui peringatan pemantauan untuk {comp} di namespace {ns}.',
];

/** Sentences that give an entry a real entry's length; placed between the sections. */
export const FILLERS = [
	'Catat waktu kejadian beserta zona waktunya agar log dari beberapa node mudah dicocokkan.',
	'Simpan keluaran setiap perintah diagnosis; tim dukungan akan memintanya ketika tiket dibuka.',
	'Gejala yang hilang setelah pod dimulai ulang biasanya kembali, karena penyebabnya belum diperbaiki.',
	'Periksa apakah security group, tabel rute, atau NetworkPolicy berubah dalam sehari terakhir.',
	'Pada kluster dengan ratusan node, jalankan pemeriksaan bertahap agar API Server tidak terbebani.',
	'Waktu pemulihan bergantung pada jumlah pod yang harus dijadwalkan ulang.',
	'Setelah perbaikan, pantau metrik {comp} setidaknya satu jam untuk memastikan masalah tidak berulang.',
	'Tambahkan peringatan otomatis untuk kondisi ini di sistem pemantauan kluster.',
	'Ubah konfigurasi node melalui node pool, supaya node baru mendapat pengaturan yang sama.',
	'Bila kluster dikelola dengan GitOps, lakukan perubahan di repositori agar tidak tertimpa sinkronisasi berikutnya.',
	'Sertakan versi kubelet, versi runtime, dan versi kernel ketika melaporkan masalah ini.',
	'Jangan menghapus sumber daya di namespace kube-system secara manual tanpa memahami dampaknya.',
	'Uji langkah perbaikan di kluster staging lebih dulu bila memungkinkan.',
	'Sebagian galat hanya muncul di log node dan tidak terlihat di event Kubernetes.',
	'Layanan lain di namespace {ns} yang bergantung pada {comp} dapat ikut terdampak.',
	'Nama flag dan lokasi berkas konfigurasi dapat sedikit berbeda antarversi Kubernetes.',
	'Perubahan manual di node yang dikelola node pool hilang ketika node tersebut diganti.',
	'Kapasitas cadangan di kluster mengurangi dampak ketika pod harus dijadwalkan ulang.',
	'Kumpulkan diagnosis lengkap sebelum melakukan perubahan yang tidak dapat dibatalkan.',
	'Pemeriksaan berkala atas masa berlaku sertifikat dan kuota sumber daya mencegah banyak gangguan.',
	'Gunakan kubectl get pod -o wide untuk melihat node tempat setiap pod {comp} berjalan.',
	'Perintah di bawah mengasumsikan shell bash dan akses root ke node.',
	'Isi nilai dalam tanda kurung siku dengan nilai milik kluster Anda sebelum menjalankan perintah.',
	'Sebagian besar kasus dapat diselesaikan tanpa membuat ulang kluster.',
	'Jika masalah muncul setelah upgrade, bandingkan konfigurasi sebelum dan sesudah upgrade.',
	'Beban kerja stateful di namespace {ns} memerlukan perhatian khusus agar datanya tetap konsisten.',
	'Gejala awalnya sering terlihat kecil, tetapi dapat meluas ke seluruh node dalam hitungan jam.',
	'Label dan anotasi yang konsisten memudahkan pencarian sumber daya yang terdampak.',
	'Event Kubernetes hanya disimpan sekitar satu jam, jadi kumpulkan segera setelah kejadian.',
	'Replika {comp} yang tersebar di beberapa zona mengurangi dampak gangguan satu zona.',
];

/** Tables some entries carry; `comp` and `port` are the entry's own. */
export const TABLES: readonly ((random: Random, comp: string, port: string) => string[])[] = [
	(_random, comp) => [
		'| Kondisi | Dampak | Tindakan |',
		'| --- | --- | --- |',
		`| ${comp} tidak siap | Permintaan gagal | Periksa log dan event |`,
		'| Node NotReady | Pod dijadwalkan ulang | Periksa kubelet |',
		'| Kuota habis | Pod baru tertunda | Tambah kapasitas |',
	],
	(random) => [
		'| Versi Kubernetes | Status | Catatan |',
		'| --- | --- | --- |',
		`| 1.${between(random, 20, 23)} | Tidak didukung lagi | Upgrade disarankan |`,
		`| 1.${between(random, 24, 27)} | Didukung | Perilaku lama |`,
		`| 1.${between(random, 28, 30)} | Didukung | Perilaku baru |`,
	],
	(_random, comp, port) => [
		'| Komponen | Port | Protokol |',
		'| --- | --- | --- |',
		'| kube-apiserver | 6443 | TCP |',
		'| kubelet | 10250 | TCP |',
		`| ${comp} | ${port} | TCP |`,
	],
	() => [
		'| Berkas | Lokasi | Isi |',
		'| --- | --- | --- |',
		'| Konfigurasi kubelet | `/var/lib/kubelet/config.yaml` | Parameter kubelet |',
		'| Konfigurasi containerd | `/etc/containerd/config.toml` | Parameter runtime |',
		'| PKI | `/etc/kubernetes/pki` | Sertifikat kluster |',
	],
];
