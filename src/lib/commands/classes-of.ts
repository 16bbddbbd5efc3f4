import type { Element, Properties } from 'hast';

/**
 * The classes of a hast element. Shiki and Astro write `class` as a string, parsed HTML has a
 * `className` array; code running right after highlighting meets both.
 */
export function classesOf(node: Element): string[] {
	const p: Properties = node.properties;
	const value = p['className'] ?? p['class'];
	if (Array.isArray(value)) return value.map(String);
	return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** A property by its hast name (`dataTab`) or its attribute name (`data-tab`), as a string. */
export function propOf(node: Element, name: string, attribute: string): string | undefined {
	const value = node.properties[name] ?? node.properties[attribute];
	return value === undefined || value === null ? undefined : String(value);
}
