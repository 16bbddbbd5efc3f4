/**
 * Every published entry × every facet value: the badges, the tag pages, the search filters and
 * the "Kluster saya" profile must give the same answer to "does this entry apply?".
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { FACET_NAMES, type FacetField } from '../config/facets';
import { entryFiles, faqFolders, slugOf } from '../loaders/folders';
import { parseFaqData } from '../schemas/faq';
import { applicability } from './applicability';
import { entryBadges } from './badges';
import { appliesTo, facetVocabulary, limitsOf } from './entry-facets';
import { pagefindFilterValues } from './facet-filters';
import { PROFILE_FIELDS } from './profile';
import { tagListings } from './tags';

const entries = entryFiles(faqFolders({})).map((file) => {
	const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));
	return { ...parseFaqData(frontmatter, file), slug: slugOf(file) };
});
const listings = tagListings(entries);
const FIELDS = Object.keys(FACET_NAMES) as FacetField[];

/** What the tag page of the value lists; a value with no page lists only the general entries. */
function onTagPage(slug: string, field: FacetField, value: string): boolean {
	const listing = listings.find((l) => l.facet.key === field && l.value === value);
	if (listing) return [...listing.specific, ...listing.general].some((e) => e.slug === slug);
	// No page: no entry is limited to the value, so only entries the facet does not matter to hold.
	const entry = entries.find((e) => e.slug === slug)!;
	return limitsOf(entry, field).length === 0 && field !== 'category';
}

describe('one rule for "applies"', () => {
	it('reads the published entries', () => {
		expect(entries.length).toBeGreaterThan(10);
	});

	for (const field of FIELDS) {
		it(`badges, tag pages, search filters and the profile agree on ${field}`, () => {
			const disagreements: string[] = [];
			for (const entry of entries) {
				const limits = limitsOf(entry, field);
				const badges = entryBadges(entry).filter((b) => b.facet === FACET_NAMES[field]);
				for (const value of facetVocabulary(field)) {
					const rule = appliesTo(limits, value);
					const answers: Record<string, boolean> = {
						tagPage: onTagPage(entry.slug, field, value),
						searchFilter: pagefindFilterValues(entry)[FACET_NAMES[field]].includes(value),
					};
					if ((PROFILE_FIELDS as readonly string[]).includes(field)) {
						answers['profile'] = applicability(entry, { [field]: value }).applies;
					}
					// The version badge states the range; the others name each value the entry is limited to.
					if (field !== 'kubernetes' && field !== 'category') {
						answers['badges'] =
							badges.length === 0 || badges.some((b) => b.path.endsWith(`/${value}/`));
					}
					for (const [where, answer] of Object.entries(answers)) {
						if (answer !== rule)
							disagreements.push(`${entry.slug} × ${field}=${value}: ${where} says ${answer}`);
					}
				}
			}
			expect(disagreements).toEqual([]);
		});
	}
});
