import { describe, expect, it } from 'vitest';
import { scanPlaceholders, substitute } from './scan-placeholders';

describe('scanPlaceholders', () => {
	it('finds [$NAME] tokens with their names and positions', () => {
		expect(scanPlaceholders('kubectl describe node [$NODE_NAME]')).toEqual([
			{ name: 'NODE_NAME', text: '[$NODE_NAME]', start: 22, end: 34 },
		]);
	});

	it('finds every occurrence, including inside URLs', () => {
		const url =
			'http://aliacs-k8s-[$Region_ID].oss-[$Region_ID].aliyuncs.com/public/pkg/run/run.tar.gz';
		expect(scanPlaceholders(url).map((m) => [m.name, m.start])).toEqual([
			['Region_ID', 18],
			['Region_ID', 35],
		]);
	});

	it("leaves bash's own arr[$i] and ${x} alone", () => {
		expect(scanPlaceholders('echo ${arr[$i]} ${HOME} [$]')).toEqual([]);
	});

	it('finds declared literals as whole words, longest first, and never as patterns', () => {
		const found = scanPlaceholders('curl https://XX.XX.XX.XX:6443 XXL XX.XX a.b', [
			'XX',
			'XX.XX.XX.XX',
			'a.b',
		]);
		expect(found.map((m) => m.text)).toEqual(['XX.XX.XX.XX', 'XX', 'XX', 'a.b']);
		expect(scanPlaceholders('axb', ['a.b'])).toEqual([]);
	});

	it('names a literal by its own text', () => {
		expect(scanPlaceholders('<token>', ['<token>'])[0]?.name).toBe('<token>');
	});
});

describe('substitute', () => {
	it('fills placeholders that have a value and lists the rest as unfilled', () => {
		expect(
			substitute(
				'ssh root@XX.XX.XX.XX kubectl describe node [$NODE_NAME]',
				{ 'XX.XX.XX.XX': '10.0.0.1' },
				['XX.XX.XX.XX'],
			),
		).toEqual({
			text: 'ssh root@10.0.0.1 kubectl describe node [$NODE_NAME]',
			unfilled: ['[$NODE_NAME]'],
		});
	});

	it('fills every occurrence and lists an unfilled placeholder once', () => {
		const r = substitute('[$Region_ID] [$Region_ID] [$NODE_NAME] [$NODE_NAME]', {
			Region_ID: 'cn-hangzhou',
		});
		expect(r).toEqual({
			text: 'cn-hangzhou cn-hangzhou [$NODE_NAME] [$NODE_NAME]',
			unfilled: ['[$NODE_NAME]'],
		});
	});

	it('treats an empty value as unfilled', () => {
		expect(substitute('[$NODE_NAME]', { NODE_NAME: '' })).toEqual({
			text: '[$NODE_NAME]',
			unfilled: ['[$NODE_NAME]'],
		});
	});

	it('inserts values literally, never expanding placeholders or $ patterns inside them', () => {
		const r = substitute('[$A] [$B]', { A: '[$B]', B: '$& $1 $$ `x`' });
		expect(r).toEqual({ text: '[$B] $& $1 $$ `x`', unfilled: [] });
	});

	it('ignores values inherited from Object.prototype', () => {
		expect(substitute('[$Constructor]', {}).unfilled).toEqual(['[$Constructor]']);
		expect(substitute('toString', {}, ['toString']).text).toBe('toString');
	});
});
