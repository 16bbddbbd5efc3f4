/**
 * The first `limit` items of a list, and how many more there are. The home page shows a preview
 * of each category and links to the category's page for the rest: at 10,000 entries, listing
 * every entry made it a 7.8 MB page.
 */
export function preview<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
	return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
