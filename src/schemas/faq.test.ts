import { describe, expect, it } from 'vitest';
import { parseFaqData } from './faq';

const FILE = 'content/faq/contoh.mdx';
const valid = {
	ref: 'ACK-0099',
	title: 'Bagaimana cara memeriksa sertifikat?',
	description: 'Jalankan perintah pemeriksaan di node master.',
	category: 'sertifikat',
	runtime: ['containerd'],
	clusterType: ['dedicated'],
	kubernetes: '<1.24',
	os: ['linux'],
	errors: ['x509: certificate has expired or is not yet valid'],
	updated: '2026-11-27',
};

const errorFor = (data: Record<string, unknown>) => {
	try {
		parseFaqData(data, FILE);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the frontmatter to be rejected');
};

describe('the FAQ frontmatter schema', () => {
	it('accepts a complete entry and fills list defaults', () => {
		const { clusterType, aliases, related, keywords, updated } = parseFaqData(
			{ ...valid, clusterType: undefined },
			FILE,
		);
		expect({ clusterType, aliases, related, keywords }).toEqual({
			clusterType: [],
			aliases: [],
			related: [],
			keywords: [],
		});
		expect(updated.toISOString().slice(0, 10)).toBe('2026-11-27');
	});

	it('names the file, the field, the value and every allowed runtime', () => {
		expect(errorFor({ ...valid, runtime: ['containerd', 'podman'] })).toBe(
			`${FILE}: runtime.1: "podman" is not a known runtime; allowed: containerd, docker, sandboxed`,
		);
	});

	it('lists the allowed categories for an unknown one', () => {
		expect(errorFor({ ...valid, category: 'storage' })).toBe(
			`${FILE}: category: "storage" is not a known category; allowed: migrasi, sistem-operasi, runtime, keamanan, service-mesh, diagnostik, pemecahan-masalah, izin, jaringan, node-master, sertifikat`,
		);
	});

	it('rejects a Kubernetes range that does not parse and shows the accepted forms', () => {
		expect(errorFor({ ...valid, kubernetes: 'sejak 1.24' })).toBe(
			`${FILE}: kubernetes: "sejak" in "sejak 1.24" is not a Kubernetes minor version; write it as 1.24; allowed: a range such as >=1.24, <1.24, <=1.22, 1.22 - 1.24, ^1.24 or *`,
		);
	});

	it('rejects a range beyond the known versions', () => {
		expect(errorFor({ ...valid, kubernetes: '>=1.99' })).toMatch(
			/^content\/faq\/contoh\.mdx: kubernetes: ">=1\.99" names 1\.99, outside the known versions/,
		);
	});

	it('says the title is missing', () => {
		const { title: _, ...rest } = valid;
		expect(errorFor(rest)).toBe(`${FILE}: title: is missing; write the question as the title`);
	});

	it('rejects a malformed permanent reference', () => {
		expect(errorFor({ ...valid, ref: 'ACK-12' })).toBe(
			`${FILE}: ref: must be ACK- followed by 4 to 6 digits, e.g. ACK-0015`,
		);
	});

	it('rejects a runtime listed twice', () => {
		expect(errorFor({ ...valid, runtime: ['docker', 'docker'] })).toBe(
			`${FILE}: runtime: lists a runtime twice; name each at most once`,
		);
	});

	it('rejects a date that is not a date', () => {
		expect(errorFor({ ...valid, updated: 'kemarin' })).toBe(
			`${FILE}: updated: must be a date written as YYYY-MM-DD`,
		);
	});

	it('reports every problem at once, one line each', () => {
		expect(errorFor({ ...valid, os: ['macos'], clusterType: ['huge'] }).split('\n')).toHaveLength(
			2,
		);
	});
});
