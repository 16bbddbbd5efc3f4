import { readFile, writeFile } from 'node:fs/promises';
import type { RenderedEntry } from '../markdown/pipeline';
import { markdownToText } from '../lib/plain-text';
import { indexSynonyms } from '../lib/search/variants';

/**
 * What an entry page needs of its body, worked out once when the entry is loaded. It is kept in
 * a file of its own rather than in Astro's data store: the store is inlined into the build as
 * one JavaScript module, and with every entry's HTML in it that module is too big to bundle and
 * load quickly at thousands of entries (figures in bench/results/).
 */
export interface EntryBody {
	/** The rendered answer. */
	html: string;
	/** The answer as plain text, for structured data. */
	text: string;
	/**
	 * Words only the search index sees: base forms of the Indonesian words (the stemmer misses
	 * "memigrasikan" → "migrasi") and English terms for them.
	 */
	searchWords: string;
}

/** A job for a render worker: the file, its content with the frontmatter blanked, and where to write. */
export interface RenderJob {
	file: string;
	content: string;
	frontmatter: Record<string, unknown>;
	out: string;
}

/**
 * Renders the entry, writes its body file, and returns what the data store keeps. The folder of
 * `out` must exist: the loader makes it once, not once per entry.
 */
export async function renderToFile(
	render: (file: string, content: string, fm: Record<string, unknown>) => Promise<RenderedEntry>,
	{ file, content, frontmatter, out }: RenderJob,
): Promise<RenderedEntry['metadata']> {
	const { html, metadata } = await render(file, content, frontmatter);
	const keywords = Array.isArray(frontmatter['keywords']) ? frontmatter['keywords'].join(' ') : '';
	const body: EntryBody = {
		html,
		text: markdownToText(content),
		searchWords: indexSynonyms(
			[String(frontmatter['description'] ?? ''), keywords, content].join('\n'),
		),
	};
	await writeFile(out, JSON.stringify(body));
	return metadata;
}

/**
 * Where an entry's body file is, relative to Astro's cache folder. The data store keeps this,
 * never an absolute path: a project copied or restored elsewhere with its cache then reads its
 * own bodies, not those of the folder it came from.
 */
export const bodyFileOf = (id: string): string => `${BODY_FOLDER}${id}.json`;

/** The folder of the body files, in the cache folder. */
export const BODY_FOLDER = 'faq-entries/';

/** Reads what `renderToFile` wrote, from the `bodyFileOf` path in the cache folder `cacheDir`. */
export async function readEntryBody(bodyFile: string, cacheDir: URL): Promise<EntryBody> {
	return JSON.parse(await readFile(new URL(bodyFile, cacheDir), 'utf8')) as EntryBody;
}
