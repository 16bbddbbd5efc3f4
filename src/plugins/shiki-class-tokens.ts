import type { ShikiTransformer, ThemeRegistrationAny } from 'shiki';

/**
 * Shiki writes each token's colours as an inline `style`. A strict Content-Security-Policy
 * (`style-src 'self'`) blocks inline styles, so this transformer turns every declaration into a
 * class, and `tokenCss` writes the matching rules from the themes' palettes into a stylesheet.
 */

/** Shiki's custom properties and the short class prefix each becomes. */
const PREFIX: Record<string, string> = {
	'--shiki-light': 'l',
	'--shiki-dark': 'd',
	'--shiki-light-bg': 'lb',
	'--shiki-dark-bg': 'db',
	'--shiki-light-font-style': 'lfs',
	'--shiki-dark-font-style': 'dfs',
	'--shiki-light-font-weight': 'lfw',
	'--shiki-dark-font-weight': 'dfw',
	'--shiki-light-text-decoration': 'ltd',
	'--shiki-dark-text-decoration': 'dtd',
};
/** Declarations that code.css already sets for every block. */
const DROPPED = new Set(['overflow-x', 'white-space', 'word-wrap', 'overflow-wrap']);

const valueClass = (value: string) =>
	value
		.trim()
		.toLowerCase()
		.replace(/^#/, '')
		.replace(/[^a-z0-9]+/g, '-');

/** The class for one declaration, or null for a declaration code.css makes redundant. */
export function declarationClass(property: string, value: string): string | null {
	const prop = property.trim();
	if (DROPPED.has(prop)) return null;
	const prefix = PREFIX[prop];
	if (!prefix) {
		throw new Error(
			`Shiki emitted the style "${prop}: ${value}", which has no class; add it to src/plugins/shiki-class-tokens.ts`,
		);
	}
	return `${prefix}-${valueClass(value)}`;
}

/** Splits an inline style into the classes that replace it. */
export function styleToClasses(style: string): string[] {
	const classes: string[] = [];
	for (const declaration of style.split(';')) {
		const colon = declaration.indexOf(':');
		if (colon < 0) continue;
		const cls = declarationClass(declaration.slice(0, colon), declaration.slice(colon + 1));
		if (cls) classes.push(cls);
	}
	return classes;
}

type HastProps = { properties: Record<string, unknown> };

function moveStyleToClasses(node: HastProps) {
	const style = node.properties['style'];
	if (typeof style !== 'string') return;
	delete node.properties['style'];
	const existing = node.properties['class'] ?? node.properties['className'];
	const list = Array.isArray(existing)
		? existing.map(String)
		: typeof existing === 'string'
			? existing.split(' ')
			: [];
	delete node.properties['className'];
	node.properties['class'] = [...list, ...styleToClasses(style)].join(' ');
}

export function shikiClassTokens(): ShikiTransformer {
	return {
		name: 'ack-faq:class-tokens',
		pre(node) {
			moveStyleToClasses(node);
		},
		span(node) {
			moveStyleToClasses(node);
		},
	};
}

/** Colours and font styles a theme can give a token, as Shiki writes them. */
function palette(theme: ThemeRegistrationAny) {
	const colors = new Set<string>();
	const fontStyles = new Set<string>();
	const add = (c: unknown) => typeof c === 'string' && colors.add(c.toLowerCase());
	add(theme.colors?.['editor.foreground']);
	add(theme.fg);
	for (const rule of theme.tokenColors ?? theme.settings ?? []) {
		add(rule.settings?.foreground);
		for (const style of (rule.settings?.fontStyle ?? '').split(' '))
			if (style) fontStyles.add(style);
	}
	const bg = (theme.colors?.['editor.background'] ?? theme.bg ?? '').toLowerCase();
	return { colors, fontStyles, bg };
}

/** Shiki's CSS for one fontStyle keyword: which property and value it sets. */
const FONT_STYLE: Record<string, [string, string]> = {
	italic: ['font-style', 'italic'],
	bold: ['font-weight', 'bold'],
	underline: ['text-decoration', 'underline'],
	strikethrough: ['text-decoration', 'line-through'],
};

/** The stylesheet behind the classes, for a light and a dark theme. */
export function tokenCss(themes: {
	light: ThemeRegistrationAny;
	dark: ThemeRegistrationAny;
}): string {
	const rules: string[] = [];
	for (const [mode, theme] of Object.entries(themes)) {
		const { colors, fontStyles, bg } = palette(theme);
		const prop = `--shiki-${mode}`;
		for (const color of [...colors].sort())
			rules.push(`.${declarationClass(prop, color)}{${prop}:${color}}`);
		if (bg) rules.push(`.${declarationClass(`${prop}-bg`, bg)}{${prop}-bg:${bg}}`);
		for (const style of [...fontStyles].sort()) {
			const [css, value] = FONT_STYLE[style] ?? [];
			if (css)
				rules.push(`.${declarationClass(`${prop}-${css}`, value!)}{${prop}-${css}:${value}}`);
		}
	}
	return `${[...new Set(rules)].join('\n')}\n`;
}
