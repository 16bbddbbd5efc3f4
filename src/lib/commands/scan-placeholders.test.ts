import { describe, expect, it } from 'vitest';
import { scanPlaceholders } from './scan-placeholders';

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
