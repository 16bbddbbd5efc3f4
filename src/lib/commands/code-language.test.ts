import { describe, expect, it } from 'vitest';
import { codeLanguage } from './code-language';

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
