import { describe, expect, it } from 'vitest';
import { prng } from '../../../test-support/search/log-fixtures';
import { prepareQuery, type PreparedQuery } from './prepare-query';
import { buildSignatureTables, matchSignatures, type SignatureShard } from './signatures';

const INPUTS = 10_000;

const TRICKY = [
	'a',
	'.',
	':',
	'[',
	']',
	'$',
	'-',
	'_',
	'/',
	'\\',
	'"',
	"'",
	'=',
	'|',
	'{',
	'}',
	'(',
	')',
	'0',
	'9',
	'x',
	'X',
	' ',
	'\t',
	'\n',
	'\r\n',
	'\r',
	'\u0000',
	'\u200F',
	'\u202E',
	'\u200B',
	'\uFEFF',
	'\uE000',
	'\u0001',
	'🚀',
	'👨‍👩‍👧',
	'é',
	'e\u0301',
	'ß',
	'İ',
	'ﬁ',
	'ا',
	'の',
	'\uD800',
	'\uDC00',
];
const FRAGMENTS = [
	'E0314 08:21:07.123456    1 reflector.go:138] ',
	'Mar 14 08:21:07 worker-07 kubelet[1234]: ',
	'2025-03-14T08:21:07Z',
	'Mon, 14 Mar 2025 08:21:07 +0700',
	'10.0.0.1:6443',
	'[::1]:6443',
	'fe80::1',
	'https://localhost:6443/api/v1/namespaces/',
	'namespace "',
	'-n kube-system',
	'system:serviceaccount:',
	'coredns.produksi.svc.cluster.local',
	'payment-api-kg44g65f6-7c42z',
	'0f1e2d3c-aaaa-bbbb-cccc-123456789abc',
	'diagnose_1714939155.tar.gz',
	'3m0s',
	'5Gi',
	'XXX',
	'[$NODE_NAME]',
	'${VAR}',
	'x509: certificate has expired',
	'memigrasikan',
	'kadaluarsa',
	'k8s',
	'ip-10-0-1-2.ap-southeast-3.compute.internal',
	'Error from server (Forbidden): ',
	'|grep ',
];

/** Inputs built to stress each pattern: long runs, near-misses, nesting, invisible characters. */
function adversarial(random: () => number, i: number): string {
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	const size = () => Math.floor(Math.exp(random() * Math.log(12_000)));
	switch (i % 12) {
		case 0:
			return pick(TRICKY).repeat(size());
		case 1:
			return '['.repeat(size() % 3000) + '$x' + ']'.repeat(size() % 3000);
		case 2:
			return 'a'.repeat(10_000 + Math.floor(random() * 2000));
		case 3:
			return Array.from({ length: size() % 2000 }, () => pick(FRAGMENTS)).join(
				pick(['\r\n', '\n', ' ', '']),
			);
		case 4:
			return pick(FRAGMENTS)
				.slice(0, Math.floor(random() * 30))
				.repeat(size() % 800);
		case 5:
			return Array.from({ length: size() }, () => pick(TRICKY)).join('');
		case 6:
			return `${'1.'.repeat(size() % 5000)} ${'a-'.repeat(size() % 5000)} ${'ab:'.repeat(size() % 3000)}`;
		case 7:
			return `${'E0314 08:21:07.'.repeat(size() % 700)}${'namespace '.repeat(size() % 700)}`;
		case 8:
			return Array.from({ length: size() % 4000 }, () =>
				String.fromCharCode(Math.floor(random() * 0x10000)),
			).join('');
		case 9:
			return `${pick(FRAGMENTS)}${'0'.repeat(size())}${pick(FRAGMENTS)}`;
		case 10:
			return `${'x'.repeat(size() % 4000)}.${'x'.repeat(size() % 4000)}`;
		default:
			return Array.from(
				{ length: 1 + (size() % 300) },
				() => `${pick(FRAGMENTS)}${pick(TRICKY)}${pick(FRAGMENTS)}`,
			).join('\n');
	}
}

describe('prepareQuery under hostile input', () => {
	const tables = buildSignatureTables([
		{
			url: '/faq/x509/',
			anchor: 'solusi',
			errors: ['x509: certificate has expired or is not yet valid'],
		},
		{ url: '/faq/diag/', errors: ['please get diagnose_1514939155.tar.gz for diagnostics'] },
	]);
	const shards = tables.files
		.filter((file) => file.name !== 'manifest.json')
		.map((file) => JSON.parse(file.json) as SignatureShard);

	it(`prepares ${INPUTS} random and adversarial inputs into bounded, well-formed queries without throwing`, () => {
		const random = prng(20250314);
		prepareQuery('warm up');
		for (let i = 0; i < INPUTS; i++) {
			const input = adversarial(random, i);
			// How fast is the benchmark's business (no timed tests); the shape is checked here.
			const prepared: PreparedQuery = prepareQuery(input);
			expect(prepared.strict).toMatch(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
			expect(prepared.meaningful.length).toBeLessThanOrEqual(8);
			expect(prepared.normalized).toMatch(/^(?:(?:[\p{L}\p{N}]+|\*)(?: (?:[\p{L}\p{N}]+|\*))*)?$/u);
			expect(() => matchSignatures(prepared, shards, tables.manifest)).not.toThrow();
		}
	}, 120_000);
});
