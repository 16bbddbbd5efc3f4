/**
 * The attributes authors write after a fence's language:
 *
 *     ```bash title="Mulai ulang kubelet" tab="containerd" placeholders="XX.XX.XX.XX=IP lokal node master"
 *
 * Read with a single left-to-right scan (no backtracking regexes), so no meta string, however
 * long or odd, can stall the build.
 */

/** An authoring mistake in a fence's meta; the message says how to write it instead. */
export class FenceMetaError extends Error {
	override name = 'FenceMetaError';
}

/** Meta strings longer than this are an error, not something to parse. */
export const MAX_META_LENGTH = 2000;

const KEY = /[A-Za-z_][\w-]{0,39}/y;
// Control characters (newline, tab, NUL, …) never belong in a label, an example or a title.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Parses `key="value"`, `key='value'` and `key=value` pairs. Inside quotes, a backslash escapes the
 * quote and itself; any other backslash is kept (`C:\Users`). Words that are not `key=` pairs
 * (`{1,3}`, `showLineNumbers`) belong to other tools and are ignored.
 * Throws FenceMetaError for an unclosed quote, a key given twice, or an overlong meta.
 */
export function parseFenceMeta(raw: string | undefined): Map<string, string> {
	const attrs = new Map<string, string>();
	const meta = raw ?? '';
	if (meta.length > MAX_META_LENGTH) {
		throw new FenceMetaError(`the code fence meta is longer than ${MAX_META_LENGTH} characters`);
	}
	let i = 0;
	const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
	while (i < meta.length) {
		while (isSpace(meta[i])) i++;
		if (i >= meta.length) break;
		KEY.lastIndex = i;
		const key = KEY.exec(meta)?.[0];
		if (!key || meta[i + key.length] !== '=') {
			// Not ours: skip the word.
			while (i < meta.length && !isSpace(meta[i])) i++;
			continue;
		}
		i += key.length + 1;
		const quote = meta[i];
		let value = '';
		if (quote === '"' || quote === "'") {
			i++;
			for (;;) {
				if (i >= meta.length) {
					throw new FenceMetaError(
						`${key}=${quote}… has no closing ${quote}; write ${key}=${quote}value${quote} and escape a ${quote} inside as \\${quote}`,
					);
				}
				const c = meta[i++]!;
				if (c === quote) break;
				if (c === '\\' && (meta[i] === quote || meta[i] === '\\')) value += meta[i++];
				else value += c;
			}
		} else {
			while (i < meta.length && !isSpace(meta[i])) value += meta[i++];
		}
		if (attrs.has(key))
			throw new FenceMetaError(`${key}= is given twice in the code fence meta; keep one`);
		attrs.set(key, value);
	}
	return attrs;
}

/** One placeholder declared in `placeholders="…"`. */
export interface PlaceholderDeclaration {
	/** The text as it appears in the code: `[$NODE_NAME]` or a literal such as `XX.XX.XX.XX`. */
	key: string;
	/** What the reader should type there, in Indonesian: "IP lokal node master". */
	label: string;
	/** A sample value, shown inside the empty input. */
	example?: string;
}

const MAX_DECLARATIONS = 30;
const MAX_LABEL = 120;

/**
 * Parses the value of `placeholders="…"`:
 *
 *     placeholders="KEY=label[|example]; KEY=label[|example]; …"
 *
 * - KEY is the placeholder exactly as written in the code: `[$NODE_NAME]` or a literal such as
 *   `XX.XX.XX.XX` (at least 2 characters, no spaces, none of `= ; | " ' \``).
 * - label (required) and example (optional) are trimmed; write `\;`, `\|` or `\\` for a literal
 *   `;`, `|` or `\` inside them.
 * - Empty entries (a trailing `;`) are ignored.
 *
 * Throws FenceMetaError naming the entry and showing the syntax when an entry does not fit.
 */
export function parsePlaceholderDeclarations(value: string): PlaceholderDeclaration[] {
	// Split on unescaped `;`, then `=` and `|`, resolving escapes in one pass.
	const entries: string[][] = [];
	let fields: string[] = [];
	let field = '';
	for (let i = 0; i < value.length; i++) {
		const c = value[i]!;
		if (c === '\\' && ';|\\'.includes(value[i + 1] ?? '=')) {
			field += value[++i];
		} else if (c === ';') {
			entries.push([...fields, field]);
			fields = [];
			field = '';
		} else if ((c === '=' && fields.length === 0) || (c === '|' && fields.length === 1)) {
			fields.push(field);
			field = '';
		} else {
			field += c;
		}
	}
	entries.push([...fields, field]);

	const syntax =
		'write placeholders="XX.XX.XX.XX=IP lokal node master; [$NODE_NAME]=Nama node|cn-hangzhou.192.168.0.1"';
	const declarations: PlaceholderDeclaration[] = [];
	const seen = new Set<string>();
	for (const entry of entries) {
		const [rawKey = '', rawLabel, rawExample] = entry.map((f) => f.trim());
		if (entry.length === 1 && rawKey === '') continue;
		const shown =
			rawKey +
			(rawLabel === undefined ? '' : `=${rawLabel}`) +
			(rawExample === undefined ? '' : `|${rawExample}`);
		const where = `placeholders entry "${shown.slice(0, 80)}"`;
		if (rawLabel === undefined || rawLabel === '') {
			throw new FenceMetaError(`${where} has no label; ${syntax}`);
		}
		if (rawKey.length < 2 || /[\s=;|"'`]/.test(rawKey) || CONTROL.test(rawKey)) {
			throw new FenceMetaError(
				`${where}: "${rawKey}" cannot be a placeholder; use the text exactly as it appears in the code (at least 2 characters, no spaces or = ; | quotes); ${syntax}`,
			);
		}
		for (const [what, text] of [
			['label', rawLabel],
			['example', rawExample],
		] as const) {
			if (text !== undefined && (text.length > MAX_LABEL || CONTROL.test(text))) {
				throw new FenceMetaError(
					`${where}: the ${what} must be one line of at most ${MAX_LABEL} characters`,
				);
			}
		}
		if (seen.has(rawKey))
			throw new FenceMetaError(`${where}: ${rawKey} is declared twice; keep one`);
		seen.add(rawKey);
		declarations.push({
			key: rawKey,
			label: rawLabel,
			...(rawExample ? { example: rawExample } : {}),
		});
		if (declarations.length > MAX_DECLARATIONS) {
			throw new FenceMetaError(`placeholders declares more than ${MAX_DECLARATIONS} placeholders`);
		}
	}
	return declarations;
}
