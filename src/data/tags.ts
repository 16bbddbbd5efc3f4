import { TAG_FACETS } from '../config/facets';
import { tagListings } from '../lib/tags';
import { getFaqEntries } from './faq';

/** Every tag listing of the site, computed once per build. */
export async function getTagListings() {
	const entries = await getFaqEntries();
	const listings = tagListings(entries.map((e) => ({ ...e.data, slug: e.id, entry: e }))).map(
		(l) => ({
			...l,
			specific: l.specific.map((t) => t.entry),
			general: l.general.map((t) => t.entry),
		}),
	);
	return TAG_FACETS.map((facet) => ({
		facet,
		listings: listings.filter((l) => l.facet === facet),
	}));
}
