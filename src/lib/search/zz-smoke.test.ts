import { test } from 'vitest';
import { prepareQuery, highlightTerms } from './index';
test('smoke', () => {
	for (const q of [
		'x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z',
		'kadaluarsa',
		'sertifkat',
		'memigrasikan kluster',
		'mengonfigurasi',
		'menambahkan node',
		'memigr',
		'[$NODE_NAME]',
		'|grep',
		'kubectl describe node',
		'k8s',
		'diagnose_1714939155.tar.gz',
		'certificate expired',
		'upgrade kubernetes',
		'troubleshoot',
		'permissions',
		'kubectl get pods -n kube-system',
		'chmod u+x /usr/local/bin/diagnose_k8s.sh',
		'Invoke-WebRequest -UseBasicParsing -Uri http://aliacs-k8s-[$Region_ID].oss',
		'systemctl status kubelet',
		'kubernets',
		'cara mengumpulkan informasi diagnostik',
	]) {
		const p = prepareQuery(q);
		console.log(
			JSON.stringify(q).slice(0, 60).padEnd(62),
			p.kind,
			'| strict:',
			p.strict,
			'| fb:',
			p.meaningful.join(','),
			'| partial:',
			p.partial,
			'| hl:',
			highlightTerms(p).join(','),
			'| sig:',
			p.normalized.slice(0, 80),
		);
	}
});
