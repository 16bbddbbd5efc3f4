/**
 * The build's search files beside Pagefind's: the error signatures and the vocabulary (written by
 * src/integrations/pagefind.ts). Each is fetched once per page; a missing one counts as empty, so
 * search still works on a build without them.
 */
import type { SignatureManifest, SignatureShard } from '../lib/search/signatures';
import type { VocabularyManifest, VocabularyShard } from '../lib/search/vocabulary';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const files = new Map<string, Promise<unknown>>();

function file<T>(path: string, fallback: T): Promise<T> {
	let loaded = files.get(path) as Promise<T> | undefined;
	if (!loaded) {
		loaded = fetch(`${BASE}${path}`)
			.then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
			.catch(() => fallback);
		files.set(path, loaded);
	}
	return loaded;
}

export const signatureManifest = () =>
	file<SignatureManifest | null>('search/signatures/manifest.json', null);
export const signatureShard = (name: string) =>
	file<SignatureShard>(`search/signatures/${name}`, []);
export const vocabularyManifest = () =>
	file<VocabularyManifest | null>('search/vocabulary/manifest.json', null);
export const vocabularyShard = (name: string) =>
	file<VocabularyShard>(`search/vocabulary/${name}`, {});
