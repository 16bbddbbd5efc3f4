import { describe, expect, it } from 'vitest';
import { findMetachars, metacharWarning } from './find-metachars';

describe('findMetachars', () => {
	it('finds nothing in ordinary node names, IPs and region IDs', () => {
		for (const value of [
			'cn-hangzhou.192.168.0.1',
			'10.0.0.12',
			'cn-hangzhou',
			'kube-apiserver',
			'node_1',
		]) {
			expect(findMetachars(value, ['bash', 'powershell', 'bat'])).toEqual([]);
		}
	});

	it('finds bash separators, pipes, expansions, redirections and quotes, each once, in order', () => {
		expect(findMetachars('a;b|c&d$e`f>g<h;(i)\'j"k\\', ['bash'])).toEqual([
			';',
			'|',
			'&',
			'$',
			'`',
			'>',
			'<',
			'(',
			')',
			"'",
			'"',
			'\\',
		]);
	});

	it('finds newlines, reporting \\r\\n as one newline', () => {
		expect(findMetachars('a\r\nb\nc', ['sh'])).toEqual(['\n']);
	});

	it("finds PowerShell's own metacharacters, typographic quotes included", () => {
		expect(findMetachars('@(a),b{c}#`d\u2019e\u201c', ['powershell'])).toEqual([
			'@',
			'(',
			')',
			',',
			'{',
			'}',
			'#',
			'`',
			'\u2019',
			'\u201c',
		]);
		expect(findMetachars('a,b', ['bash'])).toEqual([]);
	});

	it('finds CMD metacharacters in bat blocks', () => {
		expect(findMetachars('%PATH%^&', ['bat'])).toEqual(['%', '^', '&']);
	});

	it('checks the union of the languages on the page and ignores languages no shell reads', () => {
		expect(findMetachars('a,b%c', ['yaml', 'text'])).toEqual([]);
		expect(findMetachars('a,b%c', ['bash', 'powershell', 'cmd'])).toEqual([',', '%']);
	});
});

describe('metacharWarning', () => {
	it('names the characters found, spelling out whitespace', () => {
		expect(metacharWarning('a; b|c\nd', ['bash'])).toBe(
			'Nilai ini berisi karakter shell khusus: ; spasi | baris baru',
		);
	});

	it('returns null for a safe value', () => {
		expect(metacharWarning('cn-hangzhou', ['bash'])).toBeNull();
	});
});
