import { highlightTerms } from './highlight-terms';
import type { PreparedQuery } from './prepare-query';
import { wordsOf } from './words';

/** A Pagefind sub-result (a section of the page), reduced to what picking needs. */
export interface SubResultLike {
	readonly url: string;
	readonly title?: string | undefined;
	readonly excerpt?: string | undefined;
	readonly anchor?: { readonly id?: string | undefined } | undefined;
}

/** What `result.data()` returns, reduced to what picking needs. */
export interface ResultDataLike {
	readonly url: string;
	readonly sub_results?: readonly SubResultLike[] | undefined;
}

export interface PickOptions {
	/**
	 * The page matched an error signature: link its solution section. Give the anchor from the
	 * signature hit, or true to look for the usual solution sections.
	 */
	readonly signature?: string | boolean | null | undefined;
}

export interface PickedLink {
	readonly url: string;
	/** The section title, or null when the link is to the page itself. */
	readonly title: string | null;
}

/** Section ids that hold an entry's answer, in order of preference. */
export const SOLUTION_ANCHORS: readonly string[] = ['solusi', 'penyelesaian', 'solution'];

/**
 * The best place to link a result to. For a signature match, the signature's own anchor or the
 * solution section. Otherwise the section whose title and excerpt contain the most query
 * words, or the page itself when no section does.
 */
export function pickSubResult(
	result: ResultDataLike,
	prepared: PreparedQuery,
	options: PickOptions = {},
): PickedLink {
	const subs = (result.sub_results ?? []).filter((sub) => typeof sub?.url === 'string');
	const idOf = (sub: SubResultLike) => sub.anchor?.id ?? sub.url.split('#')[1] ?? '';
	if (options.signature) {
		const wanted = [
			...(typeof options.signature === 'string' ? [options.signature] : []),
			...SOLUTION_ANCHORS,
		];
		for (const id of wanted) {
			const sub = subs.find((candidate) => idOf(candidate) === id);
			if (sub) return { url: sub.url, title: sub.title ?? null };
		}
	}
	const terms = highlightTerms(prepared);
	let best: SubResultLike | null = null;
	let bestCount = 0;
	for (const sub of subs) {
		if (!idOf(sub)) continue;
		const words = new Set(
			wordsOf(`${sub.title ?? ''} ${(sub.excerpt ?? '').replace(/<[^>]{0,200}>/g, ' ')}`),
		);
		const count = terms.filter((term) => [...words].some((word) => word.startsWith(term))).length;
		if (count > bestCount) {
			best = sub;
			bestCount = count;
		}
	}
	return best ? { url: best.url, title: best.title ?? null } : { url: result.url, title: null };
}
