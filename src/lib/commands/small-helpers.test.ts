import { describe, expect, it } from 'vitest';
import { codeLanguage } from './code-language';
import { pickTab } from './pick-tab';
import { parseStoredValues, valueKey } from './stored-values';
import { tabLabel } from './tab-label';

describe('codeLanguage', () => {
	it('labels shells by their name and knows their dialect', () => {
		expect(codeLanguage('bash')).toMatchObject({ dialect: 'posix', label: 'Bash', output: false });
		expect(codeLanguage('PS1')).toMatchObject({ dialect: 'powershell', label: 'PowerShell' });
		expect(codeLanguage('bat')).toMatchObject({ dialect: 'cmd', label: 'CMD' });
		expect(codeLanguage('console')).toMatchObject({ dialect: 'posix', session: true });
	});

	it('reads text, output and a missing language as output', () => {
		for (const lang of ['text', 'output', '', undefined])
			expect(codeLanguage(lang).output).toBe(true);
	});

	it('labels other languages by name', () => {
		expect(codeLanguage('yaml').label).toBe('YAML');
		expect(codeLanguage('nginx').label).toBe('Nginx');
	});
});

describe('pickTab', () => {
	const values = ['containerd', 'docker'];
	it("opens on the reader's remembered choice", () => {
		expect(pickTab(values, 'docker', 'containerd')).toBe('docker');
	});
	it('follows the profile runtime when nothing is remembered or the choice is not in the group', () => {
		expect(pickTab(values, null, 'docker')).toBe('docker');
		expect(pickTab(values, 'sandboxed', 'docker')).toBe('docker');
	});
	it('falls back to the first variant', () => {
		expect(pickTab(values, 'sandboxed', undefined)).toBe('containerd');
	});
});

describe('parseStoredValues', () => {
	it('reads an object of strings', () => {
		expect(
			parseStoredValues(JSON.stringify({ [valueKey('NODE_NAME', 'Nama node')]: 'node-1' })),
		).toEqual({ 'NODE_NAME=Nama node': 'node-1' });
	});
	it('ignores anything else without throwing', () => {
		for (const raw of [null, '', 'not json', '[1]', 'null', '"x"'])
			expect(parseStoredValues(raw)).toEqual({});
		expect(
			parseStoredValues(
				JSON.stringify({ a: 1, b: '', c: 'x'.repeat(501), d: 'ok', __proto__: 'x' }),
			),
		).toEqual({ d: 'ok' });
	});
});

describe('tabLabel', () => {
	it('names the known runtimes and keeps other values as written', () => {
		expect(['containerd', 'docker', 'sandboxed', 'ubuntu'].map(tabLabel)).toEqual([
			'containerd',
			'Docker',
			'Sandboxed-Container',
			'ubuntu',
		]);
	});
});
