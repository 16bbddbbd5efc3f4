/**
 * Picks the lines of a pasted text worth searching. A pasted log can be any size; only a
 * bounded sample, preferring lines that look like errors, is normalised and searched.
 */
import { sanitize } from './mask-volatile';

/** Limits of the sample. Every later stage is bounded by these. */
export const SAMPLE_LIMITS = {
	/** Characters read from the input: its head and tail when it is longer. */
	inputChars: 512_000,
	/** Characters kept of any one line. */
	lineChars: 1_000,
	/** Lines kept. */
	lines: 40,
	/** Characters kept in all. */
	sampleChars: 6_000,
} as const;

/** One kept line, with how strongly it looks like an error. */
export interface SampledLine {
	readonly text: string;
	readonly score: number;
	/** Position among the kept lines when sorted by score (0 = the most error-like). */
	readonly rank: number;
}

export interface Sample {
	/** Kept lines, in their original order. */
	readonly lines: readonly SampledLine[];
	/** Lines or characters were left out. */
	readonly truncated: boolean;
	/** More than one non-empty line came in. */
	readonly multiline: boolean;
}

const ERROR_WORDS =
	/\b(?:error|errors|err|failed|failure|fail|fatal|panic|exception|denied|refused|forbidden|unauthorized|timeout|timed out|x509|cannot|can't|couldn't|unable|invalid|not found|no such|oomkilled|crashloopbackoff|back-off|backoff|evicted|unhealthy|notready|exceeded|expired|rejected|violates|galat|gagal|kesalahan)\b/gi;
const KLOG_SEVERE = /^\s*[EF]\d{4} \d{2}:/;
const KLOG_WARNING = /^\s*W\d{4} \d{2}:/;
const STATUS_NOISE =
	/^\s*(?:Active|Loaded|Main PID|Tasks|Memory|CPU|CGroup|Docs|Process|Drop-In|NAME|LAST SEEN|TYPE|Namespace|Labels|Annotations|Events):?\s/;

/** The word (lowercase) is one that says something failed: `forbidden`, `denied`, `expired`… */
export function isErrorWord(word: string): boolean {
	ERROR_WORDS.lastIndex = 0;
	const match = ERROR_WORDS.exec(word);
	return match !== null && match[0].length === word.length;
}

/** How strongly a line looks like an error message (0 when it does not). */
export function errorScore(line: string): number {
	let score = 0;
	if (KLOG_SEVERE.test(line)) score += 5;
	else if (KLOG_WARNING.test(line)) score += 2;
	if (/Error from server/.test(line)) score += 3;
	let hits = 0;
	ERROR_WORDS.lastIndex = 0;
	while (hits < 3 && ERROR_WORDS.exec(line)) hits++;
	score += hits * 4;
	if (STATUS_NOISE.test(line)) score -= 2;
	return score;
}

/**
 * Samples pasted or typed text: strips invisible characters, caps each line, drops repeated
 * lines (lines that differ only in digits count as repeats: timestamps, counters), and when
 * the rest is over budget keeps the most error-like lines, in their original order.
 */
export function sampleLog(input: string): Sample {
	let truncated = false;
	let text = input;
	if (text.length > SAMPLE_LIMITS.inputChars) {
		// Errors tend to be at the end of a log, the command that failed at its start.
		const half = SAMPLE_LIMITS.inputChars / 2;
		text = `${text.slice(0, half)}\n${text.slice(-half)}`;
		truncated = true;
	}
	const seen = new Set<string>();
	const candidates: { text: string; score: number; index: number }[] = [];
	let nonEmpty = 0;
	// U+2028/U+2029 too: a search box (an <input>, which drops line breaks) can keep a pasted
	// log's lines with them.
	for (const rawLine of sanitize(text).split(/\r\n|\r|\n|\u2028|\u2029/)) {
		let line = rawLine.trim();
		if (!line) continue;
		nonEmpty++;
		if (line.length > SAMPLE_LIMITS.lineChars) {
			line = line.slice(0, SAMPLE_LIMITS.lineChars);
			truncated = true;
		}
		const key = /\d/.test(line) ? line.replace(/\d+/g, '0') : line;
		if (seen.has(key)) continue;
		seen.add(key);
		candidates.push({ text: line, score: errorScore(line), index: candidates.length });
	}
	const byScore = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index);
	const kept: { text: string; score: number; index: number; rank: number }[] = [];
	let chars = 0;
	for (const line of byScore) {
		if (kept.length >= SAMPLE_LIMITS.lines) break;
		if (chars + line.text.length > SAMPLE_LIMITS.sampleChars && kept.length > 0) continue;
		kept.push({ ...line, rank: kept.length });
		chars += line.text.length;
	}
	if (kept.length < candidates.length) truncated = true;
	kept.sort((a, b) => a.index - b.index);
	return {
		lines: kept.map(({ text: lineText, score, rank }) => ({ text: lineText, score, rank })),
		truncated,
		multiline: nonEmpty > 1,
	};
}
