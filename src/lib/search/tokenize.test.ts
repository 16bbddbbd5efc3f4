import { describe, expect, it } from 'vitest';
import { KEPT_WHEN_TYPED, maskVolatile } from './mask-volatile';
import {
	chunkWords,
	createTextWords,
	indexedWords,
	lineWords,
	signatureTokens,
	splitBoundaries,
	type Compound,
	type Word,
} from './tokenize';

const words = (chunk: string) => {
	const out: Word[] = [];
	chunkWords(chunk, out);
	return out.map((word) => word.text);
};

describe('chunkWords', () => {
	it('splits identifiers into the parts Pagefind indexes', () => {
		expect(words('[$NODE_NAME]')).toEqual(['node', 'name']);
		expect(words('|grep')).toEqual(['grep']);
		expect(words('kube-system')).toEqual(['kube', 'system']);
		expect(words('reason:NetworkPluginNotReady')).toEqual([
			'reason',
			'network',
			'plugin',
			'not',
			'ready',
		]);
		expect(words('-UseBasicParsing')).toEqual(['use', 'basic', 'parsing']);
	});

	it('keeps a letter-digit run whole where it opens a chunk and drops one-letter parts', () => {
		expect(words('x509:')).toEqual(['x509']);
		expect(words('k8s')).toEqual(['k8s']);
		// Pagefind indexed only `diagnose` and `sh` for this chunk (k, 8 and s are too short).
		expect(words('diagnose_k8s.sh')).toEqual(['diagnose', 'sh']);
		expect(words('policy/v1beta1')).toEqual(['policy', 'beta']);
	});

	it('treats only lone words as standalone', () => {
		const out: Word[] = [];
		for (const chunk of ['"kedaluwarsa?"', 'diagnose_k8s.sh']) chunkWords(chunk, out);
		expect(out.map((word) => [word.text, word.standalone])).toEqual([
			['kedaluwarsa', true],
			['diagnose', false],
			['sh', false],
		]);
	});
});

describe('chunkWords with compounds', () => {
	const compounds = (chunk: string) => {
		const found: Compound[] = [];
		const out: Word[] = [];
		chunkWords(chunk, out, found);
		return { found, words: out };
	};

	it('records the joined word Pagefind indexes for a chunk, with the parts searched instead', () => {
		expect(compounds('[$NODE_NAME]').found).toEqual([
			{ joined: 'node_name', parts: ['node', 'name'] },
		]);
		expect(compounds('kube-system').found).toEqual([
			{ joined: 'kubesystem', parts: ['kube', 'system'] },
		]);
		expect(compounds('-UseBasicParsing').found[0]?.joined).toBe('usebasicparsing');
		expect(compounds('diagnose_k8s.sh').found[0]?.joined).toBe('diagnose_k8ssh');
	});

	it('records a chunk whose parts are all too short to search', () => {
		expect(compounds('u+x').found).toEqual([{ joined: 'ux', parts: [] }]);
	});

	it('marks the words of a compound with its index, and records nothing for a plain word', () => {
		const { words } = compounds('kube-system');
		expect(words.map((word) => word.compound)).toEqual([0, 0]);
		expect(compounds('kubectl').found).toEqual([]);
		expect(compounds('x509:').found).toEqual([]);
	});

	it('records no joined word for a chunk that held a dropped value', () => {
		const found: Compound[] = [];
		lineWords(maskVolatile('diagnose_1714939155.tar.gz'), KEPT_WHEN_TYPED, found);
		expect(found).toEqual([]);
	});
});

describe('splitBoundaries', () => {
	it('splits where case or letter/digit changes, as Pagefind does', () => {
		expect(splitBoundaries('WKWebVIEWComponent')).toEqual(['WK', 'Web', 'VIEW', 'Component']);
		expect(splitBoundaries('v1beta1')).toEqual(['v', '1', 'beta', '1']);
	});
});

describe('lineWords', () => {
	it('reads a number masked inside a file name as a break, not as a word', () => {
		const line = maskVolatile('ls -ltr | grep diagnose_1714939155.tar.gz');
		expect(lineWords(line, KEPT_WHEN_TYPED).map((w) => w.text)).toEqual([
			'ls',
			'ltr',
			'grep',
			'diagnose',
			'tar',
			'gz',
		]);
	});

	it('puts back kept kinds, such as a namespace someone typed', () => {
		const line = maskVolatile('kubectl get pods -n kube-system');
		expect(lineWords(line, KEPT_WHEN_TYPED).map((w) => w.text)).toContain('system');
		expect(lineWords(line, new Set()).map((w) => w.text)).not.toContain('system');
	});
});

describe('signatureTokens', () => {
	it('collapses adjacent masked values into one wildcard and records their values', () => {
		const tokens: string[] = [];
		const wildcards: string[] = [];
		signatureTokens(
			maskVolatile('at 2025-03-14T08:21:07Z 10.0.0.1 x509: expired'),
			tokens,
			wildcards,
		);
		expect(tokens).toEqual(['at', '*', 'x509', 'expired']);
		expect(wildcards).toEqual(['2025-03-14t08:21:07z 10.0.0.1']);
	});

	it('turns generated-looking runs into wildcards', () => {
		const tokens: string[] = [];
		signatureTokens(maskVolatile('id a1b2c3d4e5f6g7 and 12345678 ok'), tokens, []);
		expect(tokens).toEqual(['id', '*', 'and', '*', 'ok']);
	});
});

describe('createTextWords', () => {
	const text =
		'Jalankan (kubectl) get pods: x509: certificate has expired; [$NODE_NAME] di kube-system.';
	const expected = () => {
		const into = new Set<string>();
		for (const chunk of text.split(/\s+/)) indexedWords(chunk, into);
		return into;
	};

	it('finds the words Pagefind indexes for every chunk of a text', () => {
		const into = new Set<string>();
		createTextWords(100)(text, into);
		expect(into).toEqual(expected());
		expect(into).toContain('kubectl');
		expect(into).toContain('node');
	});

	it('gives the same words once its memory of chunks fills and is cleared', () => {
		const textWords = createTextWords(2);
		const first = new Set<string>();
		const second = new Set<string>();
		textWords(text, first);
		textWords(text, second);
		expect(second).toEqual(expected());
		expect(first).toEqual(second);
	});
});
