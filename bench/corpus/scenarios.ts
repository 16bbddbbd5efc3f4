/**
 * The error scenarios of the synthetic corpus. Each occurs many times, once per component and
 * namespace (and in a random situation), so the corpus is full of near-duplicates that only the
 * component, the namespace or the port tells apart, as a real FAQ about one cluster is.
 *
 * Templates: `{comp}`, `{ns}` and `{port}` are the entry's own (a reader's log of the same
 * problem names them too); the names in vocabulary.ts's VOLATILE change in every log;
 * `{situation}` ends the title.
 */
import type { Category, OperatingSystem, Runtime } from '../../src/config/facets';

export interface CodeBlock {
	readonly lang: 'bash' | 'powershell' | 'yaml';
	readonly code: string;
	/** Only on entries about Windows nodes. */
	readonly windows?: true;
	/** A containerd/Docker variant of the step before or after it. */
	readonly tab?: 'containerd' | 'docker';
}

export interface Scenario {
	readonly id: string;
	readonly category: Category;
	/** Runtimes the answer can be about; the entry tags some of them. */
	readonly runtime: readonly Runtime[];
	readonly os?: readonly OperatingSystem[];
	/** Ranges the answer can hold for; otherwise any of vocabulary.ts's KUBERNETES_RANGES. */
	readonly kubernetes?: readonly string[];
	readonly title: string;
	readonly description: string;
	readonly error: string;
	readonly symptoms: readonly string[];
	readonly causes: readonly string[];
	readonly steps: readonly string[];
	readonly blocks: readonly CodeBlock[];
	/** What a reader types into the search box, in their words (queries add the component). */
	readonly searches: readonly string[];
	/** English terms for the entry's `keywords`. */
	readonly keywords: readonly string[];
	/** A warning some entries carry. */
	readonly caution?: string;
}

export const SCENARIOS: readonly Scenario[] = [
	{
		id: 'x509-kedaluwarsa',
		category: 'sertifikat',
		runtime: [],
		title:
			'Mengapa {comp} di namespace {ns} gagal terhubung ke API Server karena sertifikat x509 kedaluwarsa {situation}?',
		description:
			'Sertifikat klien atau server yang kedaluwarsa membuat {comp} ditolak oleh API Server.',
		error:
			'{klog} reflector.go:547] {comp}: failed to list *v1.Pod: Get "https://{ip}:6443/api/v1/namespaces/{ns}/pods?limit=500": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time {ts} is after {ts2}',
		symptoms: [
			'Pod {comp} berhenti menerima pembaruan dari API Server, sementara pod lain masih berjalan.',
			'Log {comp} penuh dengan kegagalan jabat tangan TLS ke port 6443.',
		],
		causes: [
			'Sertifikat klien yang dipasang di secret {comp} berlaku satu tahun dan tidak diperbarui otomatis.',
			'Jam sistem node yang bergeser membuat sertifikat yang masih berlaku terlihat kedaluwarsa.',
		],
		steps: [
			'Periksa tanggal kedaluwarsa sertifikat yang dipakai {comp}.',
			'Perbarui sertifikat lalu mulai ulang pod {comp}.',
			'Periksa sinkronisasi waktu chronyd di node tempat pod berjalan.',
		],
		blocks: [
			{
				lang: 'bash',
				code: "kubectl -n {ns} get secret {comp}-tls -o jsonpath='{.data.tls\\.crt}' | base64 -d | openssl x509 -noout -enddate\nkubectl -n {ns} rollout restart deployment {comp}",
			},
			{ lang: 'bash', code: 'ssh root@[$NODE_IP] "chronyc tracking && date -u"' },
		],
		searches: [
			'sertifikat x509 kedaluwarsa',
			'certificate has expired api server',
			'perbarui sertifikat kedaluwarsa',
		],
		keywords: ['certificate expired', 'x509', 'TLS handshake'],
	},
	{
		id: 'webhook-ca-tidak-dikenal',
		category: 'sertifikat',
		runtime: [],
		title:
			'Bagaimana mengatasi galat x509 certificate signed by unknown authority pada webhook {comp} di namespace {ns} {situation}?',
		description:
			'API Server tidak memercayai CA sertifikat webhook {comp}, sehingga setiap permintaan yang melewatinya ditolak.',
		error:
			'Error from server (InternalError): Internal error occurred: failed calling webhook "{comp}.{ns}.svc": failed to call webhook: Post "https://{comp}.{ns}.svc:{port}/validate?timeout=10s": tls: failed to verify certificate: x509: certificate signed by unknown authority',
		symptoms: [
			'kubectl apply gagal untuk sumber daya yang diperiksa webhook {comp}.',
			'Deployment baru di namespace {ns} tidak pernah membuat ReplicaSet.',
		],
		causes: [
			'caBundle pada ValidatingWebhookConfiguration masih berisi CA lama setelah sertifikat webhook diganti.',
			'cert-manager belum menyuntikkan CA baru karena anotasi inject-ca-from salah.',
		],
		steps: [
			'Bandingkan caBundle webhook dengan CA yang menandatangani sertifikat {comp}.',
			'Perbarui caBundle atau perbaiki anotasi injeksi CA.',
			'Ulangi perintah yang tadi ditolak.',
		],
		blocks: [
			{
				lang: 'bash',
				code: "kubectl get validatingwebhookconfiguration {comp} -o jsonpath='{.webhooks[0].clientConfig.caBundle}' | base64 -d | openssl x509 -noout -subject -enddate\nkubectl -n {ns} get secret {comp}-webhook-tls -o yaml",
			},
			{
				lang: 'yaml',
				code: 'metadata:\n  annotations:\n    cert-manager.io/inject-ca-from: {ns}/{comp}-webhook',
			},
		],
		searches: [
			'webhook sertifikat ca tidak dikenal',
			'signed by unknown authority webhook',
			'failed calling webhook x509',
		],
		keywords: ['unknown authority', 'caBundle', 'admission webhook'],
	},
	{
		id: 'dns-timeout',
		category: 'jaringan',
		runtime: [],
		title:
			'Mengapa pod di namespace {ns} mengalami i/o timeout saat me-resolve {comp} {situation}?',
		description:
			'Kueri DNS ke CoreDNS habis waktu, sehingga aplikasi gagal memanggil layanan {comp}.',
		error:
			'dial tcp: lookup {comp}.{ns}.svc.cluster.local on 192.168.0.10:53: read udp {ip}:{srcport}->192.168.0.10:53: i/o timeout',
		symptoms: [
			'Panggilan ke {comp} gagal secara acak, terutama saat beban tinggi.',
			'Kueri yang sama berhasil ketika diulang beberapa detik kemudian.',
		],
		causes: [
			'Tabel conntrack di node penuh, sehingga paket UDP DNS dibuang.',
			'Replika CoreDNS terlalu sedikit untuk jumlah pod di kluster.',
		],
		steps: [
			'Tambah replika CoreDNS atau pasang NodeLocal DNSCache.',
			'Atur opsi ndots di dnsConfig pod yang memanggil {comp}.',
			'Pantau metrik latensi CoreDNS setelah perubahan.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl -n kube-system scale deployment coredns --replicas=4\nkubectl -n {ns} exec -it [$POD_NAME] -- nslookup {comp}.{ns}.svc.cluster.local',
			},
			{
				lang: 'yaml',
				code: 'spec:\n  dnsConfig:\n    options:\n      - name: ndots\n        value: "2"\n      - name: single-request-reopen',
			},
			{ lang: 'bash', code: 'ssh root@[$NODE_IP] "conntrack -S | grep -o \'drop=[0-9]*\'"' },
		],
		searches: [
			'dns timeout pod',
			'lookup svc cluster local i/o timeout',
			'resolusi dns gagal coredns',
		],
		keywords: ['DNS timeout', 'CoreDNS', 'NodeLocal DNSCache', 'conntrack'],
	},
	{
		id: 'koneksi-ditolak-service',
		category: 'jaringan',
		runtime: [],
		title: 'Mengapa Service {comp} di namespace {ns} menolak koneksi ke port {port} {situation}?',
		description:
			'Service {comp} tidak punya endpoint yang siap atau targetPort-nya salah, sehingga koneksi ditolak.',
		error:
			'Warning  Unhealthy  pod/{comp}-{hash}-{sfx}  Readiness probe failed: Get "http://{ip}:{port}/healthz": dial tcp {ip}:{port}: connect: connection refused',
		symptoms: [
			'Permintaan ke {comp} gagal seketika tanpa menunggu batas waktu.',
			'Pod {comp} berstatus Running, tetapi tidak pernah Ready.',
		],
		causes: [
			'targetPort Service tidak sama dengan port yang didengarkan kontainer {comp}.',
			'Readiness probe gagal sehingga pod dikeluarkan dari daftar endpoint.',
		],
		steps: [
			'Bandingkan targetPort Service dengan containerPort {comp}.',
			'Periksa daftar endpoint Service.',
			'Perbaiki readiness probe lalu tunggu pod menjadi Ready.',
		],
		blocks: [
			{
				lang: 'bash',
				code: "kubectl -n {ns} get endpoints {comp} -o wide\nkubectl -n {ns} get svc {comp} -o jsonpath='{.spec.ports[*].targetPort}'",
			},
			{
				lang: 'yaml',
				code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {comp}\n  namespace: {ns}\nspec:\n  ports:\n    - port: {port}\n      targetPort: {port}',
			},
			{
				lang: 'powershell',
				code: 'Test-NetConnection -ComputerName {comp}.{ns}.svc.cluster.local -Port {port}',
				windows: true,
			},
		],
		searches: [
			'service connection refused',
			'koneksi ditolak service port',
			'endpoint service kosong',
		],
		keywords: ['connection refused', 'targetPort', 'endpoints', 'readiness probe'],
	},
	{
		id: 'ip-vswitch-habis',
		category: 'jaringan',
		runtime: ['containerd'],
		title:
			'Mengapa pod {comp} di namespace {ns} gagal dibuat karena alamat IP vSwitch habis {situation}?',
		description:
			'Terway tidak dapat mengalokasikan IP untuk sandbox pod karena vSwitch kehabisan alamat.',
		error:
			'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "{hex}": plugin type="terway" name="terway" failed (add): cmdAdd: error alloc ip for pod {ns}/{comp}-{hash}-{sfx}: no available IP address in vSwitch',
		symptoms: [
			'Pod {comp} tertahan di status ContainerCreating.',
			'Event FailedCreatePodSandBox berulang setiap beberapa detik.',
		],
		causes: [
			'CIDR vSwitch terlalu kecil untuk jumlah pod per node.',
			'IP yang dilepas belum dikembalikan karena ENI masih terpasang di node.',
		],
		steps: [
			'Tambahkan vSwitch dengan CIDR lebih besar ke konfigurasi Terway.',
			'Hapus pod {comp} yang tertahan agar sandbox dibuat ulang.',
			'Pantau sisa alamat IP vSwitch di konsol VPC.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl -n kube-system get configmap eni-config -o yaml\nkubectl -n {ns} delete pod -l app={comp} --field-selector status.phase=Pending',
			},
			{
				lang: 'bash',
				code: 'aliyun vpc DescribeVSwitchAttributes --VSwitchId [$VSWITCH_ID] | grep AvailableIpAddressCount',
			},
		],
		searches: [
			'ip vswitch habis terway',
			'no available ip address vswitch',
			'pod sandbox gagal alokasi ip',
		],
		keywords: ['Terway', 'vSwitch', 'IP exhausted', 'FailedCreatePodSandBox'],
	},
	{
		id: 'imagepullbackoff-401',
		category: 'runtime',
		runtime: ['containerd', 'docker'],
		title:
			'Mengapa pod {comp} di namespace {ns} berstatus ImagePullBackOff dengan 401 Unauthorized {situation}?',
		description:
			'Kubelet tidak dapat menarik image {comp} karena kredensial registry tidak ada atau salah.',
		error:
			'Failed to pull image "registry-vpc.ap-southeast-5.aliyuncs.com/{ns}/{comp}:{tag}": failed to pull and unpack image "registry-vpc.ap-southeast-5.aliyuncs.com/{ns}/{comp}:{tag}": failed to resolve reference: pull access denied, repository does not exist or may require authorization: authorization failed: 401 Unauthorized',
		symptoms: [
			'Status pod {comp} berganti antara ErrImagePull dan ImagePullBackOff.',
			'Image yang sama dapat ditarik dari laptop pengembang.',
		],
		causes: [
			'imagePullSecrets tidak dipasang pada ServiceAccount namespace {ns}.',
			'Kata sandi atau token registry sudah kedaluwarsa.',
		],
		steps: [
			'Buat secret docker-registry di namespace {ns}.',
			'Tambahkan secret itu ke ServiceAccount default.',
			'Uji penarikan image langsung di node.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl -n {ns} create secret docker-registry [$SECRET_NAME] --docker-server=registry-vpc.ap-southeast-5.aliyuncs.com --docker-username=[$REGISTRY_USER] --docker-password=[$REGISTRY_PASSWORD]\nkubectl -n {ns} patch serviceaccount default -p \'{"imagePullSecrets":[{"name":"[$SECRET_NAME]"}]}\'',
			},
			{
				lang: 'bash',
				code: 'crictl pull --creds [$REGISTRY_USER]:[$REGISTRY_PASSWORD] registry-vpc.ap-southeast-5.aliyuncs.com/{ns}/{comp}',
				tab: 'containerd',
			},
			{
				lang: 'bash',
				code: 'docker login -u [$REGISTRY_USER] registry-vpc.ap-southeast-5.aliyuncs.com\ndocker pull registry-vpc.ap-southeast-5.aliyuncs.com/{ns}/{comp}',
				tab: 'docker',
			},
		],
		searches: [
			'imagepullbackoff unauthorized',
			'gagal menarik image 401',
			'imagePullSecrets serviceaccount',
		],
		keywords: ['ImagePullBackOff', '401 Unauthorized', 'imagePullSecrets', 'ACR'],
	},
	{
		id: 'oomkilled',
		category: 'runtime',
		runtime: ['containerd', 'docker', 'sandboxed'],
		title:
			'Mengapa kontainer {comp} di namespace {ns} terus dihentikan dengan OOMKilled {situation}?',
		description:
			'Kontainer {comp} melampaui batas memori cgroup-nya, sehingga kernel menghentikannya dengan kode keluar 137.',
		error:
			'Memory cgroup out of memory: Killed process {pid} ({comp}) total-vm:{kb}kB, anon-rss:{kb2}kB, file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:{n}kB oom_score_adj:999',
		symptoms: [
			'Jumlah restart kontainer {comp} terus bertambah.',
			'Grafik memori naik perlahan sampai batas limit, lalu turun tajam.',
		],
		causes: [
			'Limit memori lebih kecil daripada kebutuhan puncak {comp}.',
			'Runtime aplikasi tidak membaca batas memori cgroup dengan benar.',
		],
		steps: [
			'Naikkan limit memori sesuai penggunaan puncak.',
			'Atur heap aplikasi agar berada di bawah limit kontainer.',
			'Pantau penggunaan memori per kontainer setelah perubahan.',
		],
		blocks: [
			{
				lang: 'yaml',
				code: 'resources:\n  requests:\n    memory: "512Mi"\n  limits:\n    memory: "1Gi"',
			},
			{
				lang: 'bash',
				code: 'kubectl -n {ns} describe pod -l app={comp} | grep -A5 "Last State"\nkubectl -n {ns} top pod -l app={comp} --containers',
			},
		],
		searches: [
			'kontainer oomkilled exit code 137',
			'pod kehabisan memori',
			'memory cgroup out of memory',
		],
		keywords: ['OOMKilled', 'exit code 137', 'memory limit'],
	},
	{
		id: 'crashloopbackoff',
		category: 'runtime',
		runtime: ['containerd', 'docker'],
		title: 'Bagaimana mendiagnosis CrashLoopBackOff pada {comp} di namespace {ns} {situation}?',
		description:
			'Kontainer {comp} keluar segera setelah dimulai, sehingga kubelet menunda restart berikutnya makin lama.',
		error: 'Back-off restarting failed container {comp} in pod {comp}-{hash}-{sfx}_{ns}({uid})',
		symptoms: [
			'Pod {comp} tidak pernah mencapai status Ready.',
			'Log kontainer hanya berisi beberapa baris sebelum berhenti.',
		],
		causes: [
			'ConfigMap atau Secret yang dibutuhkan {comp} tidak ada di namespace {ns}.',
			'Entrypoint berubah setelah image diperbarui.',
		],
		steps: [
			'Baca log dari instans kontainer sebelumnya.',
			'Periksa ConfigMap dan Secret yang dirujuk pod.',
			'Jalankan image secara interaktif untuk menguji entrypoint.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl -n {ns} logs deploy/{comp} --previous\nkubectl -n {ns} get events --sort-by=.lastTimestamp | tail -20',
			},
			{
				lang: 'bash',
				code: 'kubectl -n {ns} debug -it [$POD_NAME] --image=busybox --target={comp}',
			},
		],
		searches: [
			'crashloopbackoff back-off restarting',
			'kontainer restart terus',
			'log kontainer sebelumnya',
		],
		keywords: ['CrashLoopBackOff', 'back-off restarting', 'kubectl logs --previous'],
	},
	{
		id: 'api-ingress-dihapus',
		category: 'migrasi',
		runtime: [],
		kubernetes: ['>=1.22'],
		title:
			'Mengapa manifes Ingress {comp} di namespace {ns} ditolak dengan no matches for kind {situation}?',
		description: 'Versi API Ingress lama sudah dihapus dan tidak lagi dikenali oleh API Server.',
		error:
			'error: resource mapping not found for name: "{comp}" namespace: "{ns}" from "manifests/{comp}-ingress.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"',
		symptoms: [
			'kubectl apply gagal untuk manifes {comp} yang dulu berhasil.',
			'Pipeline CI berhenti di tahap deploy ke namespace {ns}.',
		],
		causes: [
			'extensions/v1beta1 dan networking.k8s.io/v1beta1 untuk Ingress dihapus sejak Kubernetes 1.22.',
			'Chart lama masih memakai versi API tersebut.',
		],
		steps: [
			'Ubah apiVersion ke networking.k8s.io/v1.',
			'Sesuaikan struktur backend dan tambahkan pathType.',
			'Pindai manifes lain yang masih memakai API lama.',
		],
		blocks: [
			{
				lang: 'yaml',
				code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {comp}\n  namespace: {ns}\nspec:\n  ingressClassName: nginx\n  rules:\n    - http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: {comp}\n                port:\n                  number: {port}',
			},
			{
				lang: 'bash',
				code: 'kubectl convert -f manifests/{comp}-ingress.yaml --output-version networking.k8s.io/v1',
			},
		],
		searches: [
			'versi api ingress dihapus',
			'no matches for kind ingress',
			'migrasi ingress networking v1',
		],
		keywords: ['extensions/v1beta1', 'Ingress', 'deprecated API'],
	},
	{
		id: 'helm-pdb-v1beta1',
		category: 'migrasi',
		runtime: [],
		kubernetes: ['>=1.25'],
		title:
			'Mengapa helm upgrade {comp} di namespace {ns} gagal karena PodDisruptionBudget policy/v1beta1 {situation}?',
		description:
			'Rilis Helm menyimpan manifes dengan API lama yang tidak dapat dipetakan lagi setelah kluster di-upgrade.',
		error:
			'Error: UPGRADE FAILED: unable to build kubernetes objects from current release manifest: resource mapping not found for name: "{comp}" namespace: "{ns}" from "": no matches for kind "PodDisruptionBudget" in version "policy/v1beta1"',
		symptoms: [
			'helm upgrade {comp} gagal walaupun chart baru sudah memakai policy/v1.',
			'helm rollback juga gagal dengan pesan yang sama.',
		],
		causes: [
			'Secret rilis Helm di namespace {ns} masih berisi manifes lama.',
			'Kluster di-upgrade sebelum chart diperbarui.',
		],
		steps: [
			'Pasang plugin helm-mapkubeapis.',
			'Petakan ulang API di rilis yang tersimpan.',
			'Jalankan helm upgrade sekali lagi.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'helm plugin install https://github.com/helm/helm-mapkubeapis\nhelm mapkubeapis {comp} --namespace {ns}\nhelm upgrade {comp} [$CHART] -n {ns}',
			},
		],
		searches: [
			'helm upgrade failed poddisruptionbudget',
			'mapkubeapis rilis helm',
			'policy v1beta1 tidak ditemukan',
		],
		keywords: ['Helm', 'PodDisruptionBudget', 'mapkubeapis'],
	},
	{
		id: 'podsecurity-restricted',
		category: 'keamanan',
		runtime: [],
		kubernetes: ['>=1.25'],
		title: 'Mengapa pod {comp} di namespace {ns} ditolak oleh PodSecurity restricted {situation}?',
		description:
			'Pod Security Admission menolak pod {comp} karena tidak memenuhi profil restricted.',
		error:
			'Error creating: pods "{comp}-{hash}-{sfx}" is forbidden: violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "{comp}" must set securityContext.allowPrivilegeEscalation=false), runAsNonRoot != true (pod or container "{comp}" must set securityContext.runAsNonRoot=true)',
		symptoms: [
			'ReplicaSet {comp} tidak membuat pod baru.',
			'Event FailedCreate muncul di ReplicaSet, bukan di pod.',
		],
		causes: [
			'Namespace {ns} diberi label enforce=restricted.',
			'Manifes {comp} tidak mengatur securityContext yang diwajibkan.',
		],
		steps: [
			'Tambahkan securityContext yang diwajibkan profil restricted.',
			'Pakai label warn lebih dulu untuk melihat dampaknya.',
			'Jangan menurunkan profil namespace kecuali benar-benar perlu.',
		],
		blocks: [
			{
				lang: 'yaml',
				code: 'securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false\n  capabilities:\n    drop: ["ALL"]\n  seccompProfile:\n    type: RuntimeDefault',
			},
			{
				lang: 'bash',
				code: 'kubectl label --dry-run=server --overwrite ns {ns} pod-security.kubernetes.io/enforce=restricted\nkubectl -n {ns} describe replicaset -l app={comp}',
			},
		],
		searches: [
			'violates podsecurity restricted',
			'pod ditolak pod security admission',
			'allowPrivilegeEscalation securityContext',
		],
		keywords: ['Pod Security Admission', 'restricted', 'securityContext'],
	},
	{
		id: 'gatekeeper-menolak',
		category: 'keamanan',
		runtime: [],
		title:
			'Mengapa admission webhook Gatekeeper menolak deployment {comp} di namespace {ns} {situation}?',
		description:
			'Constraint Gatekeeper menolak objek yang tidak memenuhi kebijakan label organisasi.',
		error:
			'Error from server (Forbidden): error when creating "{comp}.yaml": admission webhook "validation.gatekeeper.sh" denied the request: [label-wajib-{ns}] you must provide labels: {"owner", "tim"}',
		symptoms: [
			'kubectl apply gagal untuk objek baru, sedangkan objek lama tetap berjalan.',
			'Pesan galat menyebut nama constraint label-wajib-{ns}.',
		],
		causes: [
			'Constraint K8sRequiredLabels berlaku untuk namespace {ns}.',
			'Templat chart {comp} tidak menambahkan label wajib.',
		],
		steps: [
			'Baca constraint yang disebut pesan galat.',
			'Tambahkan label owner dan tim ke manifes {comp}.',
			'Pakai enforcementAction dryrun saat memperkenalkan aturan baru.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl get constraints\nkubectl describe k8srequiredlabels label-wajib-{ns}',
			},
			{
				lang: 'yaml',
				code: 'metadata:\n  name: {comp}\n  labels:\n    owner: platform\n    tim: {ns}',
			},
		],
		searches: [
			'admission webhook gatekeeper denied',
			'label wajib constraint ditolak',
			'validation gatekeeper sh',
		],
		keywords: ['Gatekeeper', 'OPA', 'K8sRequiredLabels', 'admission webhook'],
	},
	{
		id: 'rbac-forbidden',
		category: 'izin',
		runtime: [],
		title:
			'Mengapa ServiceAccount {comp} di namespace {ns} tidak diizinkan melihat pod {situation}?',
		description:
			'RBAC menolak permintaan karena ServiceAccount {comp} tidak memiliki Role yang sesuai.',
		error:
			'pods is forbidden: User "system:serviceaccount:{ns}:{comp}" cannot list resource "pods" in API group "" at the cluster scope',
		symptoms: [
			'{comp} mencatat galat Forbidden terus-menerus.',
			'Fitur {comp} yang membutuhkan daftar pod tidak berfungsi.',
		],
		causes: [
			'RoleBinding hanya dibuat di namespace {ns}, padahal {comp} membaca seluruh kluster.',
			'ClusterRole tidak mencakup verb list.',
		],
		steps: [
			'Periksa izin dengan kubectl auth can-i.',
			'Buat ClusterRoleBinding ke ClusterRole view.',
			'Hindari memberi cluster-admin kepada ServiceAccount aplikasi.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl auth can-i list pods --all-namespaces --as=system:serviceaccount:{ns}:{comp}',
			},
			{
				lang: 'yaml',
				code: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: {comp}-baca-pod\nsubjects:\n  - kind: ServiceAccount\n    name: {comp}\n    namespace: {ns}\nroleRef:\n  kind: ClusterRole\n  name: view\n  apiGroup: rbac.authorization.k8s.io',
			},
		],
		searches: [
			'serviceaccount forbidden cannot list pods',
			'rbac rolebinding izin',
			'kubectl auth can-i',
		],
		keywords: ['RBAC', 'Forbidden', 'ClusterRoleBinding', 'ServiceAccount'],
	},
	{
		id: 'ram-tidak-diizinkan',
		category: 'izin',
		runtime: [],
		title:
			'Mengapa {comp} di namespace {ns} gagal memanggil API cloud karena peran RAM tidak diizinkan {situation}?',
		description:
			'Peran RAM yang dipakai {comp} tidak memiliki kebijakan untuk operasi yang diminta.',
		error:
			'{klog} controller.go:221] {ns}/{comp}: sync failed: Forbidden.RAM: User not authorized to operate on the specified resource, or this API does not support RAM. RequestId: {reqid}',
		symptoms: [
			'{comp} tidak dapat membuat disk, SLB, atau ENI.',
			'Setiap percobaan mencatat RequestId yang berbeda.',
		],
		causes: [
			'Kebijakan pada peran worker diubah secara manual.',
			'Anotasi peran RRSA pada ServiceAccount {comp} salah.',
		],
		steps: [
			'Salin RequestId dan periksa diagnosisnya di konsol.',
			'Tambahkan kebijakan yang hilang ke peran RAM.',
			'Periksa anotasi peran di ServiceAccount {comp}.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl -n {ns} get serviceaccount {comp} -o yaml | grep -i role\naliyun ram ListPoliciesForRole --RoleName [$ROLE_NAME]',
			},
		],
		searches: [
			'forbidden ram user not authorized',
			'peran ram komponen kluster',
			'izin api cloud ditolak',
		],
		keywords: ['RAM', 'RRSA', 'Forbidden.RAM'],
	},
	{
		id: 'etcd-lambat',
		category: 'node-master',
		runtime: [],
		title: 'Mengapa etcd lambat melayani permintaan pod {comp} di namespace {ns} {situation}?',
		description:
			'Disk node master yang lambat membuat etcd melebihi batas waktu permintaan, dan API Server ikut melambat.',
		error:
			'{"level":"warn","ts":"{ts}","caller":"etcdserver/util.go:170","msg":"apply request took too long","took":"{took}ms","expected-duration":"100ms","prefix":"read-only range ","request":"key:\\"/registry/pods/{ns}/{comp}-{hash}-{sfx}\\" ","response":"range_response_count:1 size:{n}"}',
		symptoms: [
			'kubectl get pod -n {ns} butuh beberapa detik untuk menjawab.',
			'Log etcd penuh dengan peringatan apply request took too long.',
		],
		causes: [
			'Latensi fsync disk data etcd terlalu tinggi.',
			'Terlalu banyak objek event atau pod yang terus diperbarui.',
		],
		steps: [
			'Ukur latensi fsync disk etcd.',
			'Pindahkan data etcd ke disk ESSD.',
			'Lakukan defragmentasi etcd di luar jam sibuk.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'ssh root@[$MASTER_IP] "ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key endpoint status -w table"',
			},
			{
				lang: 'bash',
				code: 'kubectl -n {ns} get events --field-selector involvedObject.name={comp} | wc -l',
			},
		],
		searches: ['etcd apply request took too long', 'api server lambat etcd', 'latensi disk etcd'],
		keywords: ['etcd', 'slow request', 'fsync', 'defrag'],
		caution:
			'Defragmentasi etcd memblokir permintaan untuk sementara; lakukan satu anggota sekali.',
	},
	{
		id: 'pleg-tidak-sehat',
		category: 'node-master',
		runtime: ['containerd', 'docker'],
		title:
			'Mengapa node yang menjalankan {comp} menjadi NotReady karena PLEG is not healthy {situation}?',
		description:
			'Runtime kontainer terlambat menjawab kubelet, sehingga kubelet menandai node NotReady.',
		error:
			'{klog} kubelet.go:2410] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active {mins} ago; threshold is 3m0s" node="{node}"',
		symptoms: [
			'Node berganti antara Ready dan NotReady, dan pod {comp} di namespace {ns} dijadwalkan ulang.',
			'Perintah crictl ps di node itu lambat atau tertahan.',
		],
		causes: [
			'Runtime kontainer tertahan oleh kontainer yang tidak dapat dihentikan.',
			'Beban I/O atau CPU node terlalu tinggi.',
		],
		steps: [
			'Periksa kesehatan runtime kontainer di node.',
			'Mulai ulang runtime bila tertahan.',
			'Kurangi kepadatan pod pada node tersebut.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'ssh root@[$NODE_IP] "systemctl status containerd && crictl ps | wc -l"',
				tab: 'containerd',
			},
			{
				lang: 'bash',
				code: 'ssh root@[$NODE_IP] "systemctl status docker && docker ps | wc -l"',
				tab: 'docker',
			},
			{ lang: 'bash', code: 'kubectl describe node [$NODE_NAME] | grep -A3 Conditions' },
		],
		searches: ['pleg is not healthy', 'node notready pleg', 'kubelet skipping pod synchronization'],
		keywords: ['PLEG', 'NotReady', 'kubelet'],
	},
	{
		id: 'disk-penuh-eviction',
		category: 'sistem-operasi',
		runtime: [],
		os: ['linux'],
		title:
			'Mengapa pod {comp} di namespace {ns} dikeluarkan karena ephemeral-storage penuh {situation}?',
		description:
			'Kubelet mengeluarkan pod ketika penyimpanan sementara node melewati ambang eviction.',
		error:
			'The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: {kb}Ki. Container {comp} was using {kb2}Ki, request is 0, has larger consumption of ephemeral-storage.',
		symptoms: [
			'Pod {comp} berstatus Evicted dan dibuat ulang di node lain.',
			'Node memiliki kondisi DiskPressure.',
		],
		causes: [
			'{comp} menulis log atau berkas sementara ke sistem berkas kontainer.',
			'Image lama yang tidak terpakai memenuhi disk node.',
		],
		steps: [
			'Tetapkan request dan limit ephemeral-storage untuk {comp}.',
			'Arahkan berkas sementara ke volume emptyDir dengan sizeLimit.',
			'Bersihkan image yang tidak terpakai di node.',
		],
		blocks: [
			{
				lang: 'yaml',
				code: 'resources:\n  requests:\n    ephemeral-storage: "2Gi"\n  limits:\n    ephemeral-storage: "4Gi"',
			},
			{ lang: 'bash', code: 'ssh root@[$NODE_IP] "df -h /var/lib && crictl rmi --prune"' },
		],
		searches: ['pod evicted ephemeral storage', 'node disk pressure', 'penyimpanan node penuh'],
		keywords: ['Evicted', 'DiskPressure', 'ephemeral-storage'],
	},
	{
		id: 'istio-503-uf',
		category: 'service-mesh',
		runtime: [],
		title:
			'Mengapa permintaan ke {comp} di namespace {ns} mendapat 503 UF dari sidecar Istio {situation}?',
		description:
			'Sidecar Envoy gagal membuka koneksi ke pod {comp}, sehingga membalas 503 dengan flag UF.',
		error:
			'[{ts}] "GET /healthz HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 {ms} - "-" "curl/8.5.0" "{uid}" "{comp}.{ns}.svc.cluster.local:{port}" "{ip}:{port}" outbound|{port}||{comp}.{ns}.svc.cluster.local',
		symptoms: [
			'Sebagian permintaan ke {comp} gagal dengan 503, sisanya berhasil.',
			'Log akses sidecar menunjukkan flag UF.',
		],
		causes: [
			'Aplikasi {comp} belum siap saat sidecar sudah menerima lalu lintas.',
			'Mode mTLS DestinationRule tidak cocok dengan PeerAuthentication namespace {ns}.',
		],
		steps: [
			'Aktifkan holdApplicationUntilProxyStarts.',
			'Samakan mode mTLS DestinationRule dan PeerAuthentication.',
			'Periksa konfigurasi cluster Envoy untuk {comp}.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'istioctl proxy-config cluster [$POD_NAME] -n {ns} --fqdn {comp}.{ns}.svc.cluster.local\nkubectl -n {ns} get peerauthentication,destinationrule',
			},
			{
				lang: 'yaml',
				code: 'metadata:\n  annotations:\n    proxy.istio.io/config: |\n      holdApplicationUntilProxyStarts: true',
			},
		],
		searches: ['istio 503 uf upstream', 'sidecar envoy 503', 'upstream connection failure istio'],
		keywords: ['Istio', 'Envoy', '503 UF', 'mTLS'],
	},
	{
		id: 'kubectl-logs-10250',
		category: 'diagnostik',
		runtime: [],
		title:
			'Mengapa kubectl logs untuk {comp} di namespace {ns} habis waktu di port 10250 {situation}?',
		description:
			'API Server tidak dapat menjangkau kubelet di port 10250, sehingga log dan exec ke pod gagal.',
		error:
			'Error from server: Get "https://{ip}:10250/containerLogs/{ns}/{comp}-{hash}-{sfx}/{comp}": dial tcp {ip}:10250: i/o timeout',
		symptoms: [
			'kubectl logs dan kubectl exec ke pod {comp} gagal, tetapi pod berjalan normal.',
			'Masalah hanya terjadi pada pod di node tertentu.',
		],
		causes: [
			'Security group node tidak mengizinkan port 10250 dari control plane.',
			'Rute ke vSwitch node berubah.',
		],
		steps: [
			'Periksa aturan masuk security group node untuk port 10250.',
			'Uji koneksi ke port kubelet dari node lain.',
			'Kumpulkan diagnosis kluster bila masalah berlanjut.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl -n {ns} get pod -l app={comp} -o wide\nnc -vz [$NODE_IP] 10250',
			},
			{
				lang: 'powershell',
				code: 'Test-NetConnection -ComputerName [$NODE_IP] -Port 10250',
				windows: true,
			},
		],
		searches: [
			'kubectl logs timeout 10250',
			'kubectl exec gagal kubelet',
			'port kubelet tidak bisa diakses',
		],
		keywords: ['kubelet port 10250', 'kubectl logs', 'security group'],
	},
	{
		id: 'pvc-pending-zona',
		category: 'pemecahan-masalah',
		runtime: [],
		title:
			'Mengapa PVC {comp}-data di namespace {ns} tetap Pending karena zona disk tidak didukung {situation}?',
		description:
			'Disk cloud tidak dapat dibuat di zona node, sehingga PersistentVolumeClaim tidak pernah terikat.',
		error:
			'failed to provision volume with StorageClass "alicloud-disk-essd": rpc error: code = Internal desc = CreateVolume: {ns}/{comp}-data: create disk error: InvalidZoneId.Unsupported: The specified zone does not support this disk category. RequestId: {reqid}',
		symptoms: [
			'PVC {comp}-data berstatus Pending.',
			'Pod {comp} tertahan di ContainerCreating karena volume belum ada.',
		],
		causes: [
			'Kategori disk ESSD tidak tersedia di zona node.',
			'StorageClass tidak memakai volumeBindingMode WaitForFirstConsumer.',
		],
		steps: [
			'Pakai StorageClass dengan WaitForFirstConsumer.',
			'Pilih kategori disk yang tersedia di zona node.',
			'Hapus dan buat ulang PVC {comp}-data.',
		],
		blocks: [
			{
				lang: 'bash',
				code: 'kubectl -n {ns} describe pvc {comp}-data\nkubectl get storageclass [$STORAGE_CLASS] -o yaml',
			},
			{
				lang: 'yaml',
				code: 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: alicloud-disk-topology\nprovisioner: diskplugin.csi.alibabacloud.com\nvolumeBindingMode: WaitForFirstConsumer\nparameters:\n  type: cloud_essd,cloud_ssd\n  zoneId: [$ZONE_ID]',
			},
		],
		searches: [
			'pvc pending zona disk',
			'invalidzoneid unsupported disk',
			'persistentvolumeclaim tidak terikat',
		],
		keywords: ['PVC Pending', 'CSI', 'WaitForFirstConsumer', 'ESSD'],
	},
];
