/**
 * Warns when a value a reader types for a placeholder would be read by the shell as syntax
 * (`; rm -rf /`, `$(…)`, a quote that ends the argument) instead of as the value itself.
 */
import { dialectOf, type Dialect } from './dialect-of';

const WHITESPACE = ' \t\n\r';
const METACHARACTERS: Record<Dialect, string> = {
	// Separators, pipes, expansions, redirections, grouping, quoting, globs and history.
	posix: ';|&$`<>()\'"\\*?[]{}!' + WHITESPACE,
	// PowerShell also reads typographic quotes as quotes, and `@(`, `,`, `{` as syntax in arguments.
	powershell: ';|&$`<>(){}@,#\'"\u2018\u2019\u201a\u201b\u201c\u201d\u201e' + WHITESPACE,
	cmd: '&|<>^%!"()' + WHITESPACE,
};

/**
 * The characters of `value` that are special to the shell of any of `langs` (fence languages as
 * written: `bash`, `powershell`, …; languages that no shell reads are ignored), each once, in the
 * order they first appear in `value`.
 */
export function findMetachars(value: string, langs: Iterable<string>): string[] {
	let special = '';
	for (const lang of langs) {
		const dialect = dialectOf(lang);
		if (dialect) special += METACHARACTERS[dialect];
	}
	const found = new Set<string>();
	for (const c of value) if (special.includes(c)) found.add(c === '\r' ? '\n' : c);
	return [...found];
}

const NAMES: Record<string, string> = { ' ': 'spasi', '\t': 'tab', '\n': 'baris baru' };

/** The warning to show next to the input, or null when `value` is safe for every language. */
export function metacharWarning(value: string, langs: Iterable<string>): string | null {
	const found = findMetachars(value, langs);
	return found.length
		? `Nilai ini berisi karakter shell khusus: ${found.map((c) => NAMES[c] ?? c).join(' ')}`
		: null;
}
