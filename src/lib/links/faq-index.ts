/**
 * `/faq.json`: the machine-readable index that ticket systems, chatbots and the link checkers
 * read. Built from the same entries as the pages, deterministic (no timestamps, stable order),
 * so an unchanged site yields a byte-identical file. Its format is documented in docs/faq-json.md.
 */
import { z } from 'zod';
import versions from '../../config/kubernetes-versions.json';
import type { EntryFacets } from '../entry-facets';
import { formatIssues } from '../format-issues';
import { expandRange } from '../kube-range';
import { type LinkData, type LinkEntry, redirectPlan } from './redirect-plan';
import { faqPath, refPath, siteRoot, siteUrl, type SiteLocation } from './site-url';

/** The format version of faq.json; bumped only for changes that break readers. */
export const FAQ_INDEX_VERSION = 1;

const section = z.object({ id: z.string(), title: z.string(), url: z.url() });

const entry = z.object({
	ref: z.string().regex(/^ACK-\d{4,6}$/),
	slug: z.string(),
	url: z.url(),
	shortUrl: z.url(),
	title: z.string(),
	description: z.string(),
	facets: z.object({
		category: z.string(),
		runtime: z.array(z.string()),
		clusterType: z.array(z.string()),
		os: z.array(z.string()),
		kubernetes: z.object({ range: z.string(), versions: z.array(z.string()) }),
	}),
	errors: z.array(z.string()),
	keywords: z.array(z.string()),
	sections: z.array(section),
	aliases: z.array(z.url()),
	movedAnchors: z.record(z.string(), z.url()),
	related: z.array(z.url()),
	updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const index = z.object({
	version: z.literal(FAQ_INDEX_VERSION, {
		error: (issue) =>
			`found ${JSON.stringify(issue.input)}; this tool reads version ${FAQ_INDEX_VERSION} (rebuild the site or update the tool)`,
	}),
	site: z.url(),
	entries: z.array(entry),
});

/** The whole of faq.json. */
export type FaqIndex = z.infer<typeof index>;
/** One entry of faq.json. */
export type FaqIndexEntry = z.infer<typeof entry>;

/** What faq.json publishes of an entry's frontmatter (src/schemas/faq.ts validates it). */
export interface IndexedData extends LinkData, EntryFacets {
	description: string;
	errors: readonly string[];
	keywords: readonly string[];
	updated: Date;
}

/** Input of buildFaqIndex: the site's location and every entry, as for redirectPlan. */
export interface FaqIndexInput extends SiteLocation {
	entries: readonly LinkEntry<IndexedData>[];
}

const refNumber = (ref: string) => Number(ref.slice('ACK-'.length));

/**
 * Builds faq.json from all entries. Validates the link graph first (throws LinkPlanError),
 * so a site whose links are inconsistent never publishes an index.
 */
export function buildFaqIndex({ site, base, entries }: FaqIndexInput): FaqIndex {
	const plan = redirectPlan(entries);
	const root = siteRoot({ site, base });
	const url = (path: string) => siteUrl(root, path);
	return {
		version: FAQ_INDEX_VERSION,
		site: root,
		entries: [...entries]
			.sort((a, b) => refNumber(a.data.ref) - refNumber(b.data.ref))
			.map(({ slug, data, anchors }) => ({
				ref: data.ref,
				slug,
				url: url(faqPath(slug)),
				shortUrl: url(refPath(data.ref)),
				title: data.title,
				description: data.description,
				facets: {
					category: data.category,
					runtime: [...data.runtime],
					clusterType: [...data.clusterType],
					os: [...data.os],
					kubernetes: {
						range: data.kubernetes,
						versions: expandRange(data.kubernetes, versions.versions),
					},
				},
				errors: [...data.errors],
				keywords: [...data.keywords],
				sections: anchors.map((a) => ({ id: a.id, title: a.text, url: url(faqPath(slug, a.id)) })),
				aliases: data.aliases.map((alias) => url(faqPath(alias))),
				movedAnchors: Object.fromEntries(
					Object.entries(plan.movedAnchors[slug] ?? {}).map(([key, to]) => [
						key,
						url(faqPath(to.slug, to.anchor)),
					]),
				),
				related: data.related.map((other) => url(faqPath(other))),
				updated: data.updated.toISOString().slice(0, 10),
			})),
	};
}

/** faq.json as served: compact, one trailing newline. */
export function faqIndexJson(faqIndex: FaqIndex): string {
	return `${JSON.stringify(faqIndex)}\n`;
}

/**
 * Checks parsed faq.json (for the link scripts and tests) and returns it typed. Throws one
 * error whose lines read "file: field: problem".
 */
export function parseFaqIndex(json: unknown, file: string): FaqIndex {
	const result = index.safeParse(json);
	if (result.success) return result.data;
	throw new Error(formatIssues(result.error.issues, file));
}
