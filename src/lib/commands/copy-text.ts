/**
 * The text a reader's "Salin" button puts on the clipboard: what they would type, without the
 * prompts and the program output that documentation shows around a command.
 */
import { codeLanguage, type Dialect } from './code-language';

// `PS>`, `PS C:\>`, `PS C:\Users\admin>`, `PS /root>`; anchored to the line start, one quantifier.
const PS_PROMPT = /^PS(?: [^>\r\n]*)?> ?/;
// `cat <<EOF`, `<<-'EOF'`, `<< "EOF"`, but not the here-string `<<<`.
const HEREDOC = /(?<!<)<<(?!<)(-?)[ \t]*(['"]?)([A-Za-z_]\w{0,40})\2/;

/** Length of the prompt that starts `line`, or -1 when the line has none. */
function promptLength(line: string, dialect: Dialect, hashIsPrompt: boolean): number {
	if (dialect === 'powershell') return PS_PROMPT.exec(line)?.[0].length ?? -1;
	if (dialect !== 'posix') return -1;
	const c = line[0];
	if (c === '$' || (c === '#' && hashIsPrompt)) {
		if (line.length === 1) return 1;
		if (line[1] === ' ') return 2;
	}
	return -1;
}

/** How many times `ch` repeats at the end of `line`; a loop, since `/\\+$/` is quadratic. */
function trailing(line: string, ch: string): number {
	let n = 0;
	while (n < line.length && line[line.length - 1 - n] === ch) n++;
	return n;
}

/** True when the shell reads the next line as part of this one. */
function continues(line: string, dialect: Dialect): boolean {
	const end = line.trimEnd();
	switch (dialect) {
		case 'posix':
			// An odd run of backslashes escapes the newline; `\\` is a literal backslash.
			return trailing(line, '\\') % 2 === 1 || end.endsWith('|') || end.endsWith('&&');
		case 'powershell':
			return trailing(line, '`') % 2 === 1 || end.endsWith('|');
		case 'cmd':
			return trailing(line, '^') % 2 === 1;
	}
}

/** The line that closes a multi-line literal opened on `line` (heredoc, here-string), if any. */
function literalEnd(line: string, dialect: Dialect): ((l: string) => boolean) | null {
	if (dialect === 'posix') {
		const m = HEREDOC.exec(line);
		if (!m) return null;
		const [, dash, , word] = m;
		return (l) => (dash ? l.replace(/^\t+/, '') : l) === word;
	}
	if (dialect === 'powershell') {
		const open = line.trimEnd().slice(-2);
		if (open === '@"' || open === "@'") return (l) => l.startsWith(`${open[1]}@`);
	}
	return null;
}

/**
 * How each line of a block reads: -1 for a line that is not copied (output in a mixed block),
 * otherwise the length of the prompt to strip (0 for a continuation line or an unprompted block).
 * Null when the whole block is output.
 */
function readLines(lines: readonly string[], lang: string | undefined): number[] | null {
	const language = codeLanguage(lang);
	const { dialect } = language;
	if (language.output) return null;
	if (!dialect) return lines.map(() => 0);
	const hashIsPrompt = language.session || lines.some((l) => promptLength(l, dialect, false) >= 0);
	const prompts = lines.map((l) => promptLength(l, dialect, hashIsPrompt));
	if (!prompts.some((p) => p >= 0)) return language.session ? null : lines.map(() => 0);

	const keep = lines.map(() => -1);
	for (let i = 0; i < lines.length; i++) {
		if (prompts[i]! < 0) continue;
		keep[i] = prompts[i]!;
		let line = lines[i]!.slice(prompts[i]);
		for (;;) {
			const end = literalEnd(line, dialect);
			if (end) {
				while (i + 1 < lines.length) {
					line = lines[++i]!;
					keep[i] = 0;
					if (end(line)) break;
				}
			}
			if (i + 1 >= lines.length || !continues(line, dialect)) break;
			line = lines[++i]!;
			keep[i] = 0;
		}
	}
	return keep;
}

const splitLines = (code: string) => code.split(/\r\n?|\n/);

/**
 * The text to copy from a code block, or null when the block is program output, not a command.
 *
 * - Output languages (`text`, `output`, …) are never commands; a `console` transcript is output
 *   unless some line carries a prompt.
 * - A block is *mixed* when some line starts with a prompt: `$ ` (and then also `# `, the root
 *   prompt) for POSIX shells, `PS> ` / `PS C:\…> ` for PowerShell. In a mixed block only the
 *   prompted lines are copied, without their prompt; every other line is output and dropped.
 *   In a `console` transcript `# ` is a prompt on its own; in `bash` it stays a comment unless a
 *   `$ ` line shows the block is a transcript.
 * - A prompted line that continues (`\` at the end in POSIX shells, a backtick in PowerShell,
 *   `^` in CMD, a trailing `|` or `&&`, a heredoc or here-string) takes its continuation lines
 *   with it, prompt or not.
 * - A block without prompts is copied exactly as written (comments included).
 *
 * Lines are joined with `\n` and no newline is added at the end, so a paste does not run.
 */
export function copyText(code: string, lang: string | undefined): string | null {
	const lines = splitLines(code);
	const keep = readLines(lines, lang);
	if (!keep) return null;
	return lines.flatMap((line, i) => (keep[i]! < 0 ? [] : [line.slice(keep[i])])).join('\n');
}

/** The 1-based numbers of the output lines of a mixed block (empty for any other block). */
export function outputLines(code: string, lang: string | undefined): number[] {
	const keep = readLines(splitLines(code), lang) ?? [];
	return keep.flatMap((k, i) => (k < 0 ? [i + 1] : []));
}
