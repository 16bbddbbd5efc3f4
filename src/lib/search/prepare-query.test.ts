import { describe, expect, it } from 'vitest';
import {
	KUBECTL_PODS,
	kubeletJournal,
	SYSTEMCTL_STATUS,
} from '../../../test-support/search/log-fixtures';
import { MAX_MEANINGFUL, MAX_STRICT, prepareQuery, withCompounds } from './prepare-query';
import { SAMPLE_LIMITS } from './sample-log';

const X509 =
	'x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z';

describe('prepareQuery', () => {
	it('searches the meaningful words of a pasted x509 line, not its timestamps or stopwords', () => {
		const prepared = prepareQuery(X509);
		expect(prepared.kind).toBe('log');
		expect(prepared.strict).toBe('x509 certificate expired valid current time');
		expect(prepared.normalized).toBe(
			'x509 certificate has expired or is not yet valid current time * is after *',
		);
	});

	it('kadaluarsa and sertifkat search for the spellings our pages use', () => {
		expect(prepareQuery('kadaluarsa ').strict).toBe('kedaluwarsa');
		expect(prepareQuery('sertifkat kadaluarsa ').strict).toBe('sertifikat kedaluwarsa');
	});

	it('searches base words for affixed forms and keeps the forms as written for the fallback', () => {
		const prepared = prepareQuery('memigrasikan kluster ');
		expect(prepared.strict).toBe('migrasi kluster');
		expect(prepared.meaningful).toContain('memigrasikan');
		expect(prepareQuery('mengonfigurasi menambahkan ').strict).toBe('konfigurasi tambah');
	});

	it('searches typed English words in Indonesian, keeping the English for the fallback', () => {
		const prepared = prepareQuery('certificate expired ');
		expect(prepared.strict).toBe('sertifikat kedaluwarsa');
		expect(prepared.meaningful).toEqual(
			expect.arrayContaining(['sertifikat', 'kedaluwarsa', 'certificate', 'expired']),
		);
	});

	it('splits placeholders, pipes and flags into words Pagefind indexed', () => {
		expect(prepareQuery('[$NODE_NAME]').strict).toBe('node name');
		expect(prepareQuery('|grep').strict).toBe('grep');
		expect(prepareQuery('kubectl describe node').strict).toBe('kubectl describe node');
		expect(prepareQuery('kubectl get pods -n kube-system').strict).toBe(
			'kubectl get pods kube system',
		);
	});

	it('searches k8s as kubernetes', () => {
		expect(prepareQuery('k8s').strict).toBe('kubernetes');
	});

	it('drops the number in a diagnostics file name but keeps the name', () => {
		const prepared = prepareQuery('ls -ltr | grep diagnose_1714939155.tar.gz');
		expect(prepared.strict).toBe('ls ltr grep diagnose tar gz');
		expect(prepared.normalized).toBe(
			prepareQuery('ls -ltr | grep diagnose_1514939155.tar.gz').normalized,
		);
	});

	it('memigr is searched as a prefix of migrasi while the word is being typed', () => {
		const prepared = prepareQuery('memigr');
		expect(prepared.strict).toBe('migr');
		expect(prepared.partial).toBe('migr');
	});

	it('treats the last word as finished once a space follows it', () => {
		expect(prepareQuery('memigr ').partial).toBeNull();
		expect(prepareQuery('kluster ').partial).toBeNull();
		expect(prepareQuery('kluster').partial).toBe('kluster');
	});

	it('searches stopwords only when nothing else is left', () => {
		expect(prepareQuery('bagaimana cara migrasi ').strict).toBe('migrasi');
		expect(prepareQuery('apa itu ').strict).toBe('apa itu');
	});

	it('keeps identifying numbers of a pasted log but drops the others', () => {
		const prepared = prepareQuery(
			'Error from server: error dialing backend: dial tcp 10.1.2.3:10250: connect: connection refused 31234',
		);
		expect(prepared.terms.map((term) => term.text)).not.toContain('31234');
		expect(prepareQuery('connection refused port 6443: dial tcp failed').strict).toContain('6443');
	});

	it('picks the error line out of surrounding systemctl and kubectl output', () => {
		const pasted = `$ systemctl status kubelet\n${SYSTEMCTL_STATUS}\n$ kubectl get pods -n kube-system\n${KUBECTL_PODS}\nE0314 08:21:07.123456 1 reflector.go:138] ${X509}`;
		const prepared = prepareQuery(pasted);
		expect(prepared.kind).toBe('log');
		expect(prepared.strict).toBe('x509 certificate expired valid current time');
	});

	it('drops repeated lines that differ only in numbers', () => {
		const line = (n: number) => `E0314 08:21:0${n}.1 1 a.go:1] failed to sync pod web-${n}`;
		const prepared = prepareQuery([1, 2, 3, 4].map(line).join('\n'));
		expect(prepared.normalized).toBe('* failed to sync pod web 1');
	});

	it('caps the strict query and the fallback terms', () => {
		const words = Array.from({ length: 30 }, (_, i) => `kata${String.fromCharCode(97 + i)}x`);
		const prepared = prepareQuery(`${words.join(' ')} `);
		expect(prepared.strict.split(' ')).toHaveLength(MAX_STRICT);
		expect(prepared.meaningful).toHaveLength(MAX_MEANINGFUL);
	});

	it('reads only a bounded sample of a huge paste and says so', () => {
		const prepared = prepareQuery(kubeletJournal(300_000, X509));
		expect(prepared.truncated).toBe(true);
		expect(prepared.normalized.length).toBeLessThan(SAMPLE_LIMITS.sampleChars * 2);
		expect(prepared.strict).toContain('x509');
	});

	it('prepares a 100 KB pasted log from a bounded sample of it, keeping the error line', () => {
		const log = `${SYSTEMCTL_STATUS}\n${kubeletJournal(100_000, X509)}`;
		expect(log.length).toBeGreaterThanOrEqual(100_000);
		// How fast is the benchmark's business; what bounds the work is that only a sample of
		// the paste is read.
		const prepared = prepareQuery(log);
		expect(prepared.strict).toContain('x509');
		expect(prepared.truncated).toBe(true);
		expect(prepared.signature.length).toBeLessThan(log.length / 20);
	});

	it('prepares empty, blank and non-string input as an empty query', () => {
		for (const input of ['', '   \n\t ', '\u0000\u200F', undefined as unknown as string]) {
			const prepared = prepareQuery(input);
			expect(prepared.kind).toBe('empty');
			expect(prepared.strict).toBe('');
			expect(prepared.meaningful).toEqual([]);
		}
	});
});

describe('compounds', () => {
	it('lists the chunks Pagefind indexed joined, with the terms they gave', () => {
		const prepared = prepareQuery('kubectl describe node [$NODE_NAME]');
		expect(prepared.strict).toBe('kubectl describe node name');
		expect(prepared.compounds).toEqual([{ joined: 'node_name', parts: ['node', 'name'], line: 0 }]);
	});

	it('searches the joined word instead of the parts that came only from it', () => {
		const prepared = prepareQuery('kubectl describe node [$NODE_NAME]');
		const joined = withCompounds(prepared, new Set(['node_name']));
		// `node` was also typed on its own, so it stays; `name` came only from the compound.
		expect(joined.strict).toBe('kubectl describe node node_name');
		expect(withCompounds(prepareQuery('chmod u+x '), new Set(['ux'])).strict).toBe('chmod ux');
	});

	it('leaves the query as it is when the index has none of the joined words', () => {
		const prepared = prepareQuery('kubectl get pods -n kube-system');
		expect(withCompounds(prepared, new Set())).toBe(prepared);
		expect(withCompounds(prepared, new Set(['kubesystem'])).strict).toBe(
			'kubectl get pods kubesystem',
		);
	});

	it('lists only the most error-like line of a pasted log', () => {
		const prepared = prepareQuery(`kube-proxy-x Running\nE0314 08:21:07.1 1 a.go:1] ${X509}`);
		expect(prepared.compounds.every((compound) => compound.line === 0)).toBe(true);
	});
});

describe('pasted English words', () => {
	it("also searches the pages' word for an English word that says what failed, in the fallback only", () => {
		const prepared = prepareQuery(
			'Error from server (Forbidden): pods is forbidden: User "u-1" cannot list resource "pods"',
		);
		expect(prepared.strict).not.toContain('izin');
		expect(prepared.meaningful).toContain('izin');
		expect(prepared.terms.find((term) => term.text === 'izin')?.fallbackOnly).toBe(true);
	});

	it('leaves the other English words of a log as they are, such as table headers', () => {
		const prepared = prepareQuery(
			'NAME STATUS ROLES AGE VERSION node-1 NotReady <none> 41d v1.28.3 Error: node not ready',
		);
		expect(prepared.terms.map((term) => term.text)).not.toContain('peran');
		expect(prepared.terms.map((term) => term.text)).not.toContain('versi');
	});

	it('reads U+2028 as a line break, so a search box can keep the lines of a paste', () => {
		const prepared = prepareQuery(`$ kubectl get pods\u2028${X509}`);
		expect(prepared.strict).toBe('x509 certificate expired valid current time');
	});
});

describe('a misspelled last word', () => {
	it('is corrected when no known word starts with it', () => {
		expect(prepareQuery('perbedaan runtme').strict).toBe('beda runtime');
	});

	it('stays a prefix while it may be the start of a known word', () => {
		expect(prepareQuery('perbedaan runt').strict).toBe('beda runt');
		expect(prepareQuery('memigr').strict).toBe('migr');
	});
});
