/**
 * Gives every placeholder in a code block its label, or fails the build naming the ones that have
 * none: a reader cannot fill in `[$FOO]` without knowing what FOO is.
 */
import type { PlaceholderDeclaration } from './parse-fence-meta';
import { BRACKET_PLACEHOLDER, scanPlaceholders, type PlaceholderMatch } from './scan-placeholders';

/** A placeholder occurrence with what the reader should put there. */
export interface ResolvedPlaceholder extends PlaceholderMatch {
	label: string;
	example?: string;
}

/** An authoring mistake with placeholders; the message says how to fix it. */
export class PlaceholderError extends Error {
	override name = 'PlaceholderError';
}

const WHOLE_BRACKET = new RegExp(`^${BRACKET_PLACEHOLDER.source}$`);

/**
 * Finds the placeholders of `code` and labels them: a declaration in the fence meta first, then
 * `defaults` (src/config/placeholders.json, keyed by NAME) for `[$NAME]` tokens.
 * Throws PlaceholderError listing every placeholder without a label and every declaration that
 * matches nothing in the code. `lang` only makes the message's example fence look right.
 */
export function resolvePlaceholders(
	code: string,
	declarations: readonly PlaceholderDeclaration[],
	defaults: Readonly<Record<string, string>>,
	lang = 'bash',
): ResolvedPlaceholder[] {
	const declared = new Map(declarations.map((d) => [d.key, d]));
	const literals = declarations.map((d) => d.key).filter((k) => !WHOLE_BRACKET.test(k));
	const unlabelled = new Set<string>();
	const used = new Set<string>();
	const resolved: ResolvedPlaceholder[] = [];
	for (const match of scanPlaceholders(code, literals)) {
		used.add(match.text);
		const declaration = declared.get(match.text);
		const label =
			declaration?.label ??
			(Object.hasOwn(defaults, match.name) ? defaults[match.name] : undefined);
		if (!label) {
			unlabelled.add(match.text);
			continue;
		}
		resolved.push({
			...match,
			label,
			...(declaration?.example ? { example: declaration.example } : {}),
		});
	}

	const problems: string[] = [];
	for (const text of unlabelled) {
		const name = WHOLE_BRACKET.exec(text)?.[1] ?? text;
		problems.push(
			`Placeholder ${text} has no label. Say what the reader should type there in the code fence meta:\n` +
				`    \`\`\`${lang} placeholders="${text}=Penjelasan singkat"\n` +
				`  (separate several with ";", add a sample value after "|": "${text}=Penjelasan|contoh"),\n` +
				`  or, for a placeholder used on many pages, add "${name}": "Penjelasan singkat" to src/config/placeholders.json.`,
		);
	}
	for (const { key } of declarations) {
		if (used.has(key)) continue;
		const hint =
			!WHOLE_BRACKET.test(key) && used.has(`[$${key}]`) ? ` Did you mean [$${key}]?` : '';
		problems.push(
			`placeholders="…" declares ${key}, but the code does not contain it; write the key exactly as it appears in the code.${hint}`,
		);
	}
	if (problems.length > 0) throw new PlaceholderError(problems.join('\n'));
	return resolved;
}
