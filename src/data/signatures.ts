import { buildSignatureTables, type SignatureTables } from '../lib/search/signatures';
import { entryPath, withBase } from '../lib/paths';
import { getFaqEntries } from './faq';

let cache: Promise<SignatureTables> | undefined;

/** The error-signature tables of every entry, built once per build. */
export function getSignatureTables(): Promise<SignatureTables> {
	cache ??= getFaqEntries().then((entries) =>
		buildSignatureTables(
			entries.map((e) => ({
				url: withBase(import.meta.env.BASE_URL, entryPath(e.id)),
				anchor: 'solusi',
				title: e.data.title,
				errors: e.data.errors,
			})),
		),
	);
	return cache;
}
