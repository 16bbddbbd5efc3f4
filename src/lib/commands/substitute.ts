/**
 * Filling a command's placeholders with the reader's values, for the copy button. Uses the same
 * scanner as the build, so it replaces exactly what the page marked.
 */
import { scanPlaceholders } from './scan-placeholders';

/** The result of filling placeholders. */
export interface Substitution {
	text: string;
	/** Placeholders left as written because they have no value, as written, each once, in order. */
	unfilled: string[];
}

/**
 * Replaces each placeholder in `text` by its value in `values` (keyed by placeholder name), in one
 * pass, so a value that itself looks like a placeholder is never expanded again. Placeholders
 * without a value, or with an empty one, stay as written and are listed in `unfilled`.
 */
export function substitute(
	text: string,
	values: Readonly<Record<string, string>>,
	literals: readonly string[] = [],
): Substitution {
	const unfilled = new Set<string>();
	let out = '';
	let last = 0;
	for (const m of scanPlaceholders(text, literals)) {
		const value = Object.hasOwn(values, m.name) ? values[m.name] : undefined;
		if (!value) unfilled.add(m.text);
		out += text.slice(last, m.start) + (value || m.text);
		last = m.end;
	}
	return { text: out + text.slice(last), unfilled: [...unfilled] };
}
