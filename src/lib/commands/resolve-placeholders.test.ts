import { describe, expect, it } from 'vitest';
import defaults from '../../config/placeholders.json';
import { PlaceholderError, resolvePlaceholders } from './resolve-placeholders';

describe('resolvePlaceholders', () => {
	it('labels [$NAME] placeholders from the defaults file', () => {
		expect(resolvePlaceholders('kubectl describe node [$NODE_NAME]', [], defaults)).toEqual([
			{ name: 'NODE_NAME', text: '[$NODE_NAME]', start: 22, end: 34, label: 'Nama node' },
		]);
	});

	it('prefers the label declared in the fence meta, with its example', () => {
		const [p] = resolvePlaceholders(
			'[$NODE_NAME]',
			[{ key: '[$NODE_NAME]', label: 'Nama node master', example: 'master-1' }],
			defaults,
		);
		expect(p).toMatchObject({ label: 'Nama node master', example: 'master-1' });
	});

	it('labels declared literals', () => {
		const found = resolvePlaceholders(
			'ping XX.XX.XX.XX',
			[{ key: 'XX.XX.XX.XX', label: 'IP lokal node master' }],
			defaults,
		);
		expect(found).toMatchObject([{ name: 'XX.XX.XX.XX', label: 'IP lokal node master', start: 5 }]);
	});

	it('rejects a placeholder without a label, naming it and showing how to declare it', () => {
		const attempt = () => resolvePlaceholders('crictl logs [$POD_ID]', [], defaults, 'sh');
		expect(attempt).toThrow(PlaceholderError);
		expect(attempt).toThrow('Placeholder [$POD_ID] has no label');
		expect(attempt).toThrow('```sh placeholders="[$POD_ID]=Penjelasan singkat"');
		expect(attempt).toThrow('add "POD_ID": "Penjelasan singkat" to src/config/placeholders.json');
	});

	it('reports every unlabelled placeholder at once', () => {
		expect(() => resolvePlaceholders('[$A1] [$B1] [$A1]', [], defaults)).toThrow(
			/\[\$A1\] has no label[\s\S]*\[\$B1\] has no label/,
		);
	});

	it('rejects a declaration the code does not contain, suggesting the [$NAME] form', () => {
		expect(() =>
			resolvePlaceholders('[$NODE_NAME]', [{ key: 'NODE_NAME', label: 'Nama' }], defaults),
		).toThrow(
			'declares NODE_NAME, but the code does not contain it; write the key exactly as it appears in the code. Did you mean [$NODE_NAME]?',
		);
	});

	it('ignores labels inherited from Object.prototype', () => {
		expect(() => resolvePlaceholders('[$Constructor] constructor', [], {})).toThrow(
			/\[\$Constructor\] has no label/,
		);
	});
});
