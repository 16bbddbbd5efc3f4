import { readdirSync } from 'node:fs';

/**
 * The folders FAQ entries are read from. `content/faq` holds the real entries; FAQ_EXTRA_CONTENT
 * names one more folder (relative to the project root) for builds that need more entries beside
 * them: the benchmark's synthetic corpus, the e2e suite's link fixtures. Without it nothing else
 * is read, so a leftover corpus can never ship with the real site.
 */
export function faqFolders(env: Record<string, string | undefined> = process.env): string[] {
	const extra = env['FAQ_EXTRA_CONTENT']?.replace(/\/+$/, '');
	return ['content/faq', ...(extra ? [extra] : [])];
}

/** The slug of every entry in the folders: the file names without `.mdx`. */
export function slugsIn(folders: readonly string[]): string[] {
	return folders.flatMap((dir) => {
		let names: string[];
		try {
			names = readdirSync(dir);
		} catch {
			return [];
		}
		return names.filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -'.mdx'.length));
	});
}
