import { z } from 'astro/zod';
import { CATEGORIES, CLUSTER_TYPES, OPERATING_SYSTEMS, RUNTIMES, keysOf } from '../config/facets';
import versions from '../config/kubernetes-versions.json';
import { formatIssues } from '../lib/format-issues';
import { RangeSyntaxError, expandRange } from '../lib/kube-range';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An enum whose error names what was found and every allowed value. */
function vocabulary<T extends Record<string, string>>(what: string, values: T) {
	const allowed = keysOf(values);
	return z.enum(allowed, {
		error: (issue) =>
			`${JSON.stringify(issue.input)} is not a known ${what}; allowed: ${allowed.join(', ')}`,
	});
}

/** A list of vocabulary values, each at most once. */
function facetList<T extends Record<string, string>>(what: string, values: T) {
	return z.array(vocabulary(what, values)).refine((list) => new Set(list).size === list.length, {
		error: `lists a ${what} twice; name each at most once`,
	});
}

export const faqSchema = z.object({
	/** Permanent reference, `ACK-` plus 4 to 6 digits. Never reuse or change one: tickets quote it. */
	ref: z
		.string({ error: 'is missing; give the entry a permanent reference such as ACK-0015' })
		.regex(/^ACK-\d{4,6}$/, {
			error: 'must be ACK- followed by 4 to 6 digits, e.g. ACK-0015',
		}),
	/** The question, as a reader would ask it. Shown as the page's <h1>. */
	title: z
		.string({ error: 'is missing; write the question as the title' })
		.trim()
		.min(8, { error: 'is too short; write the whole question' })
		.max(300, { error: 'is longer than 300 characters' }),
	/** The answer in one sentence. Shown in lists, search results and link previews. */
	description: z
		.string({ error: 'is missing; answer the question in one sentence' })
		.trim()
		.min(10, { error: 'is too short; answer the question in one sentence' })
		.max(400, { error: 'is longer than 400 characters; keep it to one sentence' }),
	/** The browse category. */
	category: vocabulary('category', CATEGORIES),
	/** Container runtimes the answer is about. Empty when it does not depend on the runtime. */
	runtime: facetList('runtime', RUNTIMES).default([]),
	/** ACK cluster types the answer is limited to. Empty when it applies to all of them. */
	clusterType: facetList('cluster type', CLUSTER_TYPES).default([]),
	/** Kubernetes versions the answer holds for, as a range: `>=1.24`, `<1.24`, `1.22 - 1.24`, `*`. */
	kubernetes: z
		.string({ error: 'is missing; use "*" when the answer holds for every version' })
		.superRefine((range, ctx) => {
			try {
				expandRange(range, versions.versions);
			} catch (error) {
				if (!(error instanceof RangeSyntaxError)) throw error;
				ctx.addIssue({
					code: 'custom',
					message: `${error.message}; allowed: a range such as >=1.24, <1.24, <=1.22, 1.22 - 1.24, ^1.24 or *`,
				});
			}
		}),
	/** Node operating systems the answer is about. Empty when it does not depend on the OS. */
	os: facetList('operating system', OPERATING_SYSTEMS).default([]),
	/** Exact error messages this entry answers. Search ranks an entry first when a pasted log contains one. */
	errors: z
		.array(z.string().trim().min(8, { error: 'is too short to identify an error' }))
		.default([]),
	/** Extra search words readers use for this entry (English terms, abbreviations). */
	keywords: z.array(z.string().trim().min(2)).default([]),
	/** Earlier slugs of this entry. Each gets a redirect page, so old links keep working. */
	aliases: z
		.array(z.string().regex(SLUG, { error: 'must be a lowercase, hyphenated slug' }))
		.default([]),
	/**
	 * Section anchors that were renamed or moved: old anchor -> new anchor on this page
	 * (`solusi`) or on another entry (`slug#anchor`).
	 */
	movedAnchors: z
		.record(
			z.string().regex(ANCHOR, { error: 'must be a lowercase, hyphenated anchor' }),
			z.string().regex(/^(?:[a-z0-9-]+)?(?:#[a-z0-9-]+)?$/, {
				error: 'must be an anchor (solusi), a slug (other-entry) or both (other-entry#solusi)',
			}),
		)
		.default({}),
	/** Slugs of related entries, listed under "Lihat juga". */
	related: z
		.array(z.string().regex(SLUG, { error: 'must be the slug of another entry' }))
		.default([]),
	/** When the answer was last checked, as YYYY-MM-DD. */
	updated: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
});

export type FaqData = z.infer<typeof faqSchema>;
export type FaqInput = z.input<typeof faqSchema>;

/**
 * Validates one entry's frontmatter outside Astro (scripts, tests) and returns it, or throws
 * one error whose lines read "file: field: problem".
 */
export function parseFaqData(data: unknown, file: string): FaqData {
	const result = faqSchema.safeParse(data);
	if (result.success) return result.data;
	throw new Error(formatIssues(result.error.issues, file));
}
