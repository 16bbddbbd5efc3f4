import { describe, expect, it } from 'vitest';
import { KUBECTL_PODS, kubeletJournal, prng } from '../../../test-support/search/log-fixtures';
import { MARK, maskVolatile, sanitize, type VolatileKind } from './mask-volatile';

const shown = (line: string) => maskVolatile(line).text.replaceAll(MARK, '§');
const kinds = (line: string): VolatileKind[] => maskVolatile(line).masked.map((m) => m.kind);

describe('maskVolatile', () => {
	it('drops klog prefixes from pasted lines', () => {
		expect(shown('E0314 08:21:07.123456    1 reflector.go:138] watch failed')).toBe(
			'§ watch failed',
		);
		expect(shown('W1201 00:00:01.5 77 kubelet.go:2409] "Skipping pod"')).toBe('§ "Skipping pod"');
	});

	it('drops the date, host and process id of journald prefixes, keeping the process name', () => {
		expect(shown('Mar 14 08:21:07 worker-07 kubelet[1234]: E0314 08:21:07.1 1 a.go:1] oops')).toBe(
			'§ kubelet§: § oops',
		);
		expect(shown('Mar 18 10:21:33 iZbp1f0example systemd[1]: kubelet.service: failed')).toBe(
			'§ systemd§: kubelet.service: failed',
		);
	});

	it('masks ISO, RFC and syslog timestamps, dates and times', () => {
		expect(shown('current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45.5+07:00')).toBe(
			'current time § is after §',
		);
		expect(shown('Started: Mon, 14 Mar 2025 08:21:07 +0700, Finished')).toBe(
			'Started: §, Finished',
		);
		expect(shown('at 2025/03/14 08:21:07')).toBe('at § §');
	});

	it('masks IPv4 and IPv6 addresses with their ports and prefixes', () => {
		expect(shown('dial tcp 10.0.1.2:10250: connect')).toBe('dial tcp §: connect');
		expect(shown('"https://[::1]:6443/api" and fe80::1 and 100.104.0.0/16')).toBe(
			'"§/api" and § and §',
		);
	});

	it('masks node names and cloud hostnames', () => {
		expect(shown('from node ip-10-0-1-2.ap-southeast-3.compute.internal: x')).toBe(
			'from node §: x',
		);
		expect(shown('node worker-07 and ap-southeast-5.10.1.2.3 and i-bp1abcdefghijk12')).toBe(
			'node § and §.§ and §',
		);
	});

	it('masks namespaces where a log names one, keeping the workload name', () => {
		expect(shown('"https://localhost:6443/api/v1/namespaces/kube-system/pods"')).toBe(
			'"§/api/v1/namespaces/§/pods"',
		);
		expect(shown('lookup coredns.produksi.svc.cluster.local on x')).toBe(
			'lookup coredns.§.svc.cluster.local on x',
		);
		expect(shown('User "system:serviceaccount:tim-a:velero" in the namespace "tim-b"')).toBe(
			'User "system:serviceaccount:§:velero" in the namespace "§"',
		);
		expect(shown('kubectl get pods -n kube-system')).toBe('kubectl get pods -n §');
		expect(kinds('kubectl get pods -n kube-system')).toEqual(['namespace']);
	});

	it('masks generated pod suffixes but keeps the workload name', () => {
		expect(
			shown('pod payment-api-kg44g65f6-7c42z_kube-system(0f1e2d3c-aaaa-bbbb-cccc-123456789abc)'),
		).toBe('pod payment-api§_§(§)');
		expect(kinds('payment-api-kg44g65f6-7c42z')).toEqual(['podhash']);
	});

	it('masks UUIDs, long hex ids, numbers in file names and placeholders', () => {
		expect(shown('sandbox "d3a4da85a1cff72e984dbd303e157426"')).toBe('sandbox "§"');
		expect(shown('ls -ltr | grep diagnose_1714939155.tar.gz')).toBe(
			'ls -ltr | grep diagnose_§.tar.gz',
		);
		expect(shown('current time XXX is after xxx at XX.XX.XX.XX')).toBe(
			'current time § is after § at §',
		);
	});

	it('masks durations and quantities', () => {
		expect(shown('last seen active 3m12.5s ago; threshold is 3m0s')).toBe(
			'last seen active § ago; threshold is §',
		);
		expect(shown('threshold 5Gi, available: 1234567Ki after 85222 ms')).toBe(
			'threshold §, available: § after §',
		);
	});

	it('keeps ports, versions, codes and words that only look volatile', () => {
		const line = 'port 6443 on 1.24 exit 137 (0x1392) ca-certificates sa-token k8s x509 v1beta1';
		expect(shown(line)).toBe(line);
	});

	it('records each masked value, lowercased, in order', () => {
		expect(maskVolatile('at 2025-03-14T08:21:07Z from 10.0.0.1').masked).toEqual([
			{ kind: 'date', value: '2025-03-14t08:21:07z' },
			{ kind: 'ip', value: '10.0.0.1' },
		]);
	});
});

describe('maskVolatile on a line of ASCII only', () => {
	const PIECES = [
		'E0314 08:21:07.123456    1 reflector.go:138]',
		'Mar 14 08:21:07 worker-07 kubelet[1234]:',
		'Mon, 14 Mar 2025 08:21:07 +0700',
		'2025-03-13T02:11:45.5+07:00',
		'2025/03/14',
		'"https://[::1]:6443/api"',
		'https://localhost:6443/api/v1/namespaces/kube-system/pods',
		'fe80::1',
		'dial tcp 10.0.1.2:10250',
		'100.104.0.0/16',
		'ap-southeast-5',
		'ip-10-0-1-2.ap-southeast-3.compute.internal',
		'i-bp1abcdefghijk12',
		'coredns.produksi.svc.cluster.local',
		'system:serviceaccount:tim-a:velero',
		'namespace "tim-b"',
		'-n kube-system',
		'payment-api-kg44g65f6-7c42z_kube-system(0f1e2d3c-aaaa-bbbb-cccc-123456789abc)',
		'd3a4da85a1cff72e984dbd303e157426',
		'diagnose_1714939155.tar.gz',
		'XX.XX.XX.XX',
		'3m12.5s',
		'85222 ms',
		'1234567Ki',
		'12:30:45,123',
		'0.123456',
		'[$NODE_NAME]',
		'${VAR}',
		'x509 v1beta1 k8s 0x1392',
	];
	const SEPARATORS = [' ', '  ', ': ', '/', '.', '-', '_', '"', '=', ', ', '\t', ''];

	// Any other character sends a line to the Unicode rules. One more word after a space, which
	// no rule reaches across, must then change nothing before it.
	const expectUnicodeAgrees = (line: string) => {
		const ascii = maskVolatile(line);
		expect(maskVolatile(`${line} é`), line).toEqual({
			text: `${ascii.text} é`,
			masked: ascii.masked,
		});
	};

	it('masks what the Unicode rules mask, in any letter case', () => {
		const random = prng(11);
		const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
		for (let i = 0; i < 3000; i++) {
			let line = pick(PIECES);
			for (let n = Math.floor(random() * 6); n > 0; n--) line += pick(SEPARATORS) + pick(PIECES);
			const cased = [...line].map((char) => (random() < 0.3 ? char.toUpperCase() : char)).join('');
			expectUnicodeAgrees(cased);
		}
	});

	it('masks pasted journals and command output as the Unicode rules do', () => {
		const lines = [
			...kubeletJournal(20_000, 'x509: certificate has expired').split('\n'),
			...KUBECTL_PODS.split('\n'),
		];
		expect(lines.some((line) => maskVolatile(line).masked.length > 2)).toBe(true);
		for (const line of lines) expectUnicodeAgrees(line);
	});
});

describe('sanitize', () => {
	it('removes NULs, bidi and zero-width marks, private-use characters and lone surrogates', () => {
		expect(sanitize(`a\u0000b\u200Fc\u202Ed\uFEFFe${MARK}f\uD800g`)).toBe('abcdefg');
	});

	it('keeps emoji, accented letters and line breaks', () => {
		expect(sanitize('café 🚀\nok')).toBe('café 🚀\nok');
	});
});
