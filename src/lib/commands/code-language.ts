/**
 * What a fence's language means for copying: which shell dialect reads it, whether it is program
 * output, and the label shown in the block's header. One table, so the build, the copy text and the
 * metacharacter warnings agree on what `ps1` or `console` is.
 */
import { dialectOf, type Dialect } from './dialect-of';

export type { Dialect };

/** How a fence language is treated. */
export interface CodeLanguage {
	/** The shell that reads it, or null for languages that are not run in a shell (YAML, output). */
	dialect: Dialect | null;
	/** Always program output, never a command (`text`, `output`). */
	output: boolean;
	/** A transcript (`console`): commands behind prompts, output when it has no prompt at all. */
	session: boolean;
	/** Header label: "Bash", "PowerShell", … ("Keluaran" is decided by the caller, per block). */
	label: string;
}

const SHELL_LABELS: Record<string, string> = {
	bash: 'Bash',
	zsh: 'Zsh',
	powershell: 'PowerShell',
	cmd: 'CMD',
};
const SESSIONS = new Set(['console', 'shellsession', 'sh-session', 'terminal']);
const OUTPUTS = new Set(['text', 'txt', 'plaintext', 'plain', 'output', 'log', 'ansi']);
const LABELS: Record<string, string> = {
	yaml: 'YAML',
	yml: 'YAML',
	json: 'JSON',
	jsonc: 'JSON',
	xml: 'XML',
	ini: 'INI',
	toml: 'TOML',
	dockerfile: 'Dockerfile',
	diff: 'Diff',
	go: 'Go',
	python: 'Python',
	py: 'Python',
	js: 'JavaScript',
	javascript: 'JavaScript',
	ts: 'TypeScript',
	typescript: 'TypeScript',
};

/** Classifies a fence language (case-insensitive; an empty one reads as `text`). */
export function codeLanguage(lang: string | undefined): CodeLanguage {
	const id = (lang ?? '').trim().toLowerCase() || 'text';
	const dialect = dialectOf(id);
	if (dialect) {
		const session = SESSIONS.has(id);
		const label = session ? 'Terminal' : (SHELL_LABELS[id] ?? SHELL_LABELS[dialect] ?? 'Shell');
		return { dialect, output: false, session, label };
	}
	if (OUTPUTS.has(id)) return { dialect: null, output: true, session: false, label: 'Teks' };
	return {
		dialect: null,
		output: false,
		session: false,
		label: LABELS[id] ?? id[0]!.toUpperCase() + id.slice(1),
	};
}
