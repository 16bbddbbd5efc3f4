import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** Every entry file of the folders, as `folder/name.mdx`, in name order per folder. */
export function entryFiles(folders: readonly string[], root = process.cwd()): string[] {
	return folders.flatMap((dir) => {
		let names: string[];
		try {
			names = readdirSync(resolve(root, dir));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT')
				throw new Error(`${dir}: the FAQ content folder does not exist`);
			throw error;
		}
		return names
			.filter((n) => n.endsWith('.mdx'))
			.sort()
			.map((n) => `${dir}/${n}`);
	});
}

/** An entry's slug: its file name, whichever folder it is in. */
export const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');
