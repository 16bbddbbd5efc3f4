/** Size of a build: the whole output folder and Pagefind's part of it. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface FolderSize {
	bytes: number;
	files: number;
}

export interface DistSize {
	total: FolderSize;
	pagefind: FolderSize;
	htmlPages: number;
}

async function folderSize(
	dir: string,
	count: (name: string) => boolean = () => true,
): Promise<FolderSize> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !count(entry.name)) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
	}
	return { bytes, files };
}

export async function measureDist(dir: string): Promise<DistSize> {
	const [total, pagefind, html] = await Promise.all([
		folderSize(dir),
		folderSize(join(dir, 'pagefind')),
		folderSize(dir, (name) => name.endsWith('.html')),
	]);
	return { total, pagefind, htmlPages: html.files };
}
