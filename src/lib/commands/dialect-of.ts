/** The shell that would read a command; decides its prompts, continuations and metacharacters. */
export type Dialect = 'posix' | 'powershell' | 'cmd';

const P = 'posix';
const PS = 'powershell';
const DIALECTS: Record<string, Dialect> = {
	bash: P,
	sh: P,
	shell: P,
	shellscript: P,
	zsh: P,
	console: P,
	shellsession: P,
	'sh-session': P,
	terminal: P,
	powershell: PS,
	ps: PS,
	ps1: PS,
	pwsh: PS,
	bat: 'cmd',
	batch: 'cmd',
	cmd: 'cmd',
};

/**
 * The shell that reads code in fence language `lang` (case-insensitive), or null for languages
 * no shell reads (YAML, output). Kept apart from code-language.ts so the browser bundle gets the
 * table without the labels.
 */
export function dialectOf(lang: string | undefined): Dialect | null {
	const id = (lang ?? '').trim().toLowerCase();
	return Object.hasOwn(DIALECTS, id) ? DIALECTS[id]! : null;
}
