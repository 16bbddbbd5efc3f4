import type { FaqData } from '../schemas/faq';
import { buildFaqIndex, type FaqIndex } from '../lib/links/faq-index';
import { type LinkEntry, type RedirectPlan, redirectPlan } from '../lib/links/redirect-plan';
import { entrySections, getFaqEntries } from './faq';

let entries: Promise<LinkEntry<FaqData>[]> | undefined;

/** Every entry with the section anchors its page publishes, loaded once per build. */
export function getLinkEntries(): Promise<LinkEntry<FaqData>[]> {
	entries ??= getFaqEntries().then((all) =>
		all.map((e) => ({
			slug: e.id,
			file: e.filePath ?? `content/faq/${e.id}.mdx`,
			data: e.data,
			anchors: entrySections(e),
		})),
	);
	return entries;
}

let plan: Promise<RedirectPlan> | undefined;

/**
 * Refs, aliases and moved anchors checked across all entries; a duplicate ref or alias, or an
 * anchor redirect to nowhere, fails the build here with every problem listed.
 */
export function getRedirectPlan(): Promise<RedirectPlan> {
	plan ??= getLinkEntries().then(redirectPlan);
	return plan;
}

/** The machine-readable index of the site, as served at /faq.json. */
export async function getFaqIndex(): Promise<FaqIndex> {
	return buildFaqIndex({
		site: import.meta.env.SITE,
		base: import.meta.env.BASE_URL,
		entries: await getLinkEntries(),
	});
}
