/**
 * Finds the parts of a log line that differ from one cluster or one minute to the next
 * (timestamps, addresses, generated names…) and replaces each with {@link MARK}, so a pasted
 * line and the line quoted in an FAQ entry normalise to the same tokens.
 *
 * Input is hostile: every pattern below is linear-time. No quantifier is nested over a
 * class that overlaps what follows it, and every repetition is bounded.
 */

/** Stands in for one masked value. A private-use character; {@link sanitize} removes real ones. */
export const MARK = '\uE000';

/** What a masked value was. Typed queries keep the kinds in {@link KEPT_WHEN_TYPED}. */
export type VolatileKind =
	| 'klog'
	| 'journal'
	| 'date'
	| 'url'
	| 'uuid'
	| 'ip'
	| 'region'
	| 'host'
	| 'node'
	| 'namespace'
	| 'podhash'
	| 'hex'
	| 'duration'
	| 'quantity'
	| 'time'
	| 'decimal'
	| 'number'
	| 'placeholder'
	| 'template';

/** One masked value, in the order it appeared in the line. */
export interface Masked {
	readonly kind: VolatileKind;
	readonly value: string;
}

export interface MaskResult {
	/** The line with each masked value replaced by {@link MARK}. */
	readonly text: string;
	readonly masked: readonly Masked[];
}

/**
 * Kinds that a person typing a query means literally ("kube-system", an IP, `[$NODE_NAME]`):
 * search terms keep them unless the text is a pasted log. Signatures always mask them.
 */
export const KEPT_WHEN_TYPED: ReadonlySet<VolatileKind> = new Set<VolatileKind>([
	'url',
	'ip',
	'region',
	'host',
	'node',
	'namespace',
	'template',
]);

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const B = '(?<![\\p{L}\\p{N}])'; // start of a word
const E = '(?![\\p{L}\\p{N}])'; // end of a word
const REGION =
	'(?:north|south|east|west|central|northeast|southeast|northwest|southwest|hangzhou|shanghai|beijing|shenzhen|qingdao|zhangjiakou|huhehaote|wulanchabu|chengdu|guangzhou|heyuan|hongkong|nanjing|fuzhou|wuhan)';
const HASH = '[bcdfghjklmnpqrstvwxz2-9]'; // the alphabet of Kubernetes generated name suffixes

// Order matters: at each position the first rule that matches wins.
const RULES: readonly (readonly [VolatileKind, string])[] = [
	// E0314 08:21:07.123456    1 reflector.go:138]
	['klog', `${B}[iwef]\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{1,9} {1,12}\\d{1,10} [^\\s\\]]{1,200}\\]`],
	// Mar 14 08:21:07 worker-07 kubelet[1234]: — the date, host and process id go; the process
	// name stays, since it says which component the log is about.
	[
		'journal',
		`${B}${MONTH} {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} [\\w.-]{1,253}(?= [\\w.@/-]{1,100}(?:\\[\\d{1,10}\\])?:)`,
	],
	['journal', `(?<=[\\w.@/-])\\[\\d{1,10}\\](?=:)`],
	// Mon, 14 Mar 2025 08:21:07 +0700
	[
		'date',
		`${B}(?:mon|tue|wed|thu|fri|sat|sun),? \\d{1,2} ${MONTH} \\d{4}(?: \\d{2}:\\d{2}:\\d{2})?(?: [+-]\\d{4}| (?:gmt|utc|wib|wita|wit)${E})?`,
	],
	[
		'date',
		`${B}\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:z|[+-]\\d{2}:?\\d{2})?)?${E}`,
	],
	['date', `${B}\\d{4}/\\d{2}/\\d{2}${E}`],
	['date', `${B}${MONTH} {1,2}\\d{1,2} \\d{2}:\\d{2}(?::\\d{2})?`],
	// Scheme and host of a URL; the path stays (it names the API or file).
	[
		'url',
		`${B}[a-z][a-z0-9+.-]{0,15}://(?:\\[[0-9a-f:.]{2,45}\\](?::\\d{1,5})?|[^\\s/"'<>\\[\\](),\`]{0,253})`,
	],
	['uuid', `${B}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${E}`],
	['ip', `\\[(?=[0-9a-f.]{0,45}:)[0-9a-f:.]{2,45}\\](?::\\d{1,5})?`],
	['ip', `(?<![\\w:.])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\\w:])`],
	[
		'ip',
		`(?<![\\w:.])(?:(?:[0-9a-f]{1,4}:){1,6}|:):(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?(?![\\w:])`,
	],
	['ip', `(?<!\\d)(?:\\d{1,3}\\.){3}\\d{1,3}(?::\\d{1,5})?(?:/\\d{1,2})?(?!\\d)`],
	['region', `${B}(?:cn|ap|us|eu|me|sa|jp)-${REGION}(?:-\\d{1,2})?${E}`],
	[
		'host',
		`(?<![\\w.-])(?:ip(?:-\\d{1,3}){4}|[a-z0-9-]{1,63})(?:\\.[a-z0-9-]{1,63}){0,6}\\.(?:compute\\.internal|ec2\\.internal|localdomain)(?![\\w.-])`,
	],
	['host', `(?<![\\w.-])ip(?:-\\d{1,3}){4}(?![\\w-])`],
	['node', `(?<![\\p{L}\\p{N}-])(?:worker|node|master|host|vm|ecs|minion|agent)-?\\d{1,5}${E}`],
	['node', `${B}i-[a-z0-9]{10,24}${E}`],
	// coredns.<namespace>.svc.cluster.local: the service stays, the namespace goes.
	[
		'namespace',
		`(?<=(?<![\\w.-])[a-z0-9-]{1,63}\\.)[a-z0-9-]{1,63}(?=\\.svc(?:\\.cluster\\.local)?(?![\\w-]))`,
	],
	['namespace', `(?<=\\bnamespaces/)[^\\s/"'?]{1,253}`],
	['namespace', `(?<=(?:^|\\s)(?:-n|--namespace)[ =])[a-z0-9][a-z0-9-]{0,62}`],
	['namespace', `(?<=\\bnamespace(?:[:=] ?| )"?)[a-z0-9][a-z0-9-]{0,62}`],
	['namespace', `(?<=system:serviceaccount:)[a-z0-9-]{1,63}(?=:)`],
	['namespace', `(?<=_)[a-z0-9-]{1,63}(?=\\()`],
	['namespace', `(?<=/registry/[a-z0-9.]{1,63}/)[a-z0-9-]{1,63}(?=/)`],
	// payment-api-kg44g65f6-7c42z: the workload name stays, the generated suffixes go.
	['podhash', `(?<=[a-z0-9])-(?:${HASH}{6,10}(?:-${HASH}{5})?|${HASH}{5})(?![\\p{L}\\p{N}-])`],
	['hex', `${B}(?=[0-9a-f]{0,127}[a-f])(?=[0-9a-f]{0,127}\\d)[0-9a-f]{8,128}${E}`],
	['duration', `(?<![\\p{L}\\p{N}.])(?:\\d{1,9}(?:\\.\\d{1,9})?(?:ms|µs|us|ns|s|m|h|d)){1,4}${E}`],
	['duration', `${B}\\d{1,9}(?:\\.\\d{1,9})? (?:ms|milliseconds|seconds|detik)${E}`],
	[
		'quantity',
		`(?<![\\p{L}\\p{N}.])\\d{1,15}(?:\\.\\d{1,6})?(?:kib|mib|gib|tib|ki|mi|gi|ti|pi|kb|mb|gb|tb)${E}`,
	],
	['time', `(?<![\\p{N}:])\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?(?!\\p{N})`],
	['decimal', `(?<![\\p{L}\\p{N}.])\\d{1,12}\\.\\d{3,9}(?![\\p{N}.])`],
	['number', `${B}\\d{6,40}(?!\\p{N})`],
	['placeholder', `${B}x{2,8}(?:\\.x{2,8}){0,7}${E}`],
	['template', `\\[\\$[\\p{L}\\p{N}_-]{1,64}\\]`],
	['template', `\\$\\{[\\p{L}\\p{N}_-]{1,64}\\}`],
];

const SOURCE = RULES.map(([, source]) => `(${source})`).join('|');

/**
 * The rules for a line of ASCII only, matched against it in lower case: the same matches as the
 * Unicode rules, whose letter and digit classes (`\p{L}`, `\p{N}`, case-folded for `i`) cost a
 * phone a tenth of a second to compile on the first query. In ASCII they are `a-z` and `0-9`,
 * and lower-casing ASCII moves no character, so the offsets hold for the line as written.
 */
const ASCII_RULES = new RegExp(asciiClasses(SOURCE), 'gu');
let unicodeRules: RegExp | undefined;
const NON_ASCII = /[^\u0000-\u007f]/;

/** Masks every volatile value in one line (callers cap the line's length). */
export function maskVolatile(line: string): MaskResult {
	const ascii = !NON_ASCII.test(line);
	const subject = ascii ? line.toLowerCase() : line;
	const rules = ascii ? ASCII_RULES : (unicodeRules ??= new RegExp(SOURCE, 'giu'));
	const masked: Masked[] = [];
	let text = '';
	let end = 0;
	for (const match of subject.matchAll(rules)) {
		// One capture per rule: the first rule that matched is the one whose group is set.
		const rule = match.findIndex((group, i) => i > 0 && group !== undefined) - 1;
		masked.push({ kind: RULES[rule]![0], value: match[0].toLowerCase() });
		text += line.slice(end, match.index) + MARK;
		end = match.index + match[0].length;
	}
	return { text: text + line.slice(end), masked };
}

/** `\p{L}` and `\p{N}` as their ASCII letters and digits, inside a class or as one. */
function asciiClasses(source: string): string {
	const ascii = (text: string) => text.replaceAll('\\p{L}', 'a-z').replaceAll('\\p{N}', '0-9');
	// One native pass over the escapes and classes: a loop over the characters costs a phone
	// more than it saves. An escape other than `\p{…}` stands as it is (`\[` opens no class).
	return source.replace(/\\p\{[LN]\}|\\.|\[(?:\\.|[^\]\\])*\]/g, (match) =>
		match.startsWith('[') ? ascii(match) : match.startsWith('\\p') ? `[${ascii(match)}]` : match,
	);
}

// Controls (NUL…), bidi and zero-width marks, private-use characters (our MARK) and lone
// surrogates say nothing a reader can search for; they only break tokenising.
const INVISIBLE =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uE000-\uF8FF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that carry no searchable meaning (and any stray {@link MARK}). */
export function sanitize(text: string): string {
	return text.replace(INVISIBLE, '');
}
