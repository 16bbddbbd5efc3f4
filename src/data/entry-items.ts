import { entryItemHtml } from '../lib/entry-list-html';
import { entryPath, withBase } from '../lib/paths';
import type { FaqEntry } from './faq';

const items = new Map<string, string>();

/** An entry's list item (src/lib/entry-list-html.ts), rendered once per build and level. */
export function entryItem(entry: FaqEntry, level: 2 | 3): string {
	const key = `${level}:${entry.id}`;
	let html = items.get(key);
	if (html === undefined) {
		const href = withBase(import.meta.env.BASE_URL, entryPath(entry.id));
		html = entryItemHtml({ href, data: entry.data }, level);
		items.set(key, html);
	}
	return html;
}
