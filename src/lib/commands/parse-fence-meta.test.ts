import { describe, expect, it } from 'vitest';
import { FenceMetaError, parseFenceMeta, parsePlaceholderDeclarations } from './parse-fence-meta';

describe('parseFenceMeta', () => {
	it('reads double-quoted, single-quoted and bare values', () => {
		const meta = parseFenceMeta(`title="Mulai ulang API server" tab=containerd note='a "b"'`);
		expect(Object.fromEntries(meta)).toEqual({
			title: 'Mulai ulang API server',
			tab: 'containerd',
			note: 'a "b"',
		});
	});

	it('unescapes \\" and \\\\ inside quotes and keeps other backslashes', () => {
		expect(parseFenceMeta(String.raw`title="a \"b\" C:\Users \\x"`).get('title')).toBe(
			String.raw`a "b" C:\Users \x`,
		);
	});

	it('ignores words that belong to other tools', () => {
		expect(Object.fromEntries(parseFenceMeta('{1,3} showLineNumbers =x title="T"'))).toEqual({
			title: 'T',
		});
	});

	it('reads an empty or missing meta as no attributes', () => {
		expect(parseFenceMeta(undefined).size).toBe(0);
		expect(parseFenceMeta('   ').size).toBe(0);
	});

	it('rejects an unclosed quote and says how to write it', () => {
		expect(() => parseFenceMeta('title="Mulai ulang')).toThrow(FenceMetaError);
		expect(() => parseFenceMeta('title="Mulai ulang')).toThrow(
			/title="… has no closing "; write title="value"/,
		);
	});

	it('rejects a key given twice', () => {
		expect(() => parseFenceMeta('tab=docker tab=containerd')).toThrow(/tab= is given twice/);
	});

	it('rejects an overlong meta instead of parsing it', () => {
		expect(() => parseFenceMeta(`title="${'a'.repeat(3000)}"`)).toThrow(/longer than 2000/);
	});
});

describe('parsePlaceholderDeclarations', () => {
	it('reads KEY=label entries separated by ;', () => {
		expect(
			parsePlaceholderDeclarations(
				'XX.XX.XX.XX=IP lokal node master; [$NODE_NAME] = Nama node master ;',
			),
		).toEqual([
			{ key: 'XX.XX.XX.XX', label: 'IP lokal node master' },
			{ key: '[$NODE_NAME]', label: 'Nama node master' },
		]);
	});

	it('reads an example after |', () => {
		expect(parsePlaceholderDeclarations('XX.XX.XX.XX=IP lokal node master|192.168.0.10')).toEqual([
			{ key: 'XX.XX.XX.XX', label: 'IP lokal node master', example: '192.168.0.10' },
		]);
	});

	it('keeps escaped ; | and \\ in labels and lets = appear in a label', () => {
		expect(parsePlaceholderDeclarations(String.raw`<token>=Token a\;b\|c\\d x=y|e\;f`)).toEqual([
			{ key: '<token>', label: String.raw`Token a;b|c\d x=y`, example: 'e;f' },
		]);
	});

	it('reads an empty value as no declarations', () => {
		expect(parsePlaceholderDeclarations('')).toEqual([]);
		expect(parsePlaceholderDeclarations(' ; ')).toEqual([]);
	});

	it('rejects an entry without a label, naming it and showing the syntax', () => {
		expect(() => parsePlaceholderDeclarations('XX.XX.XX.XX')).toThrow(
			/placeholders entry "XX.XX.XX.XX" has no label; write placeholders="XX.XX.XX.XX=IP lokal node master/,
		);
		expect(() => parsePlaceholderDeclarations('XX.XX.XX.XX=  |1.2.3.4')).toThrow(/has no label/);
	});

	it('rejects keys that cannot be found in code', () => {
		expect(() => parsePlaceholderDeclarations('X=satu huruf')).toThrow(
			/"X" cannot be a placeholder/,
		);
		expect(() => parsePlaceholderDeclarations('IP node=IP')).toThrow(
			/"IP node" cannot be a placeholder/,
		);
		expect(() => parsePlaceholderDeclarations("'IP'=IP")).toThrow(/cannot be a placeholder/);
	});

	it('rejects a key declared twice', () => {
		expect(() => parsePlaceholderDeclarations('XX=a; XX=b')).toThrow(/XX is declared twice/);
	});

	it('rejects overlong labels and too many entries', () => {
		expect(() => parsePlaceholderDeclarations(`XX=${'a'.repeat(121)}`)).toThrow(
			/the label must be one line of at most 120/,
		);
		const many = Array.from({ length: 31 }, (_, i) => `K${i}=label`).join(';');
		expect(() => parsePlaceholderDeclarations(many)).toThrow(/more than 30/);
	});

	it('names at most 80 characters of a huge hostile entry in its error', () => {
		const hostile = '=|\\;'.repeat(50_000);
		expect(() => parsePlaceholderDeclarations(hostile)).toThrow(
			/^placeholders entry "=\|;=\|;[^"]{0,74}" has no label;/,
		);
	});

	it('reads a meta value made only of escaped quotes, to its closing quote or its end', () => {
		const escaped = '\\"'.repeat(990);
		expect(parseFenceMeta(`t="${escaped}"`).get('t')).toBe('"'.repeat(990));
		expect(() => parseFenceMeta(`t="${escaped}`)).toThrow(/^t="… has no closing "/);
	});
});
