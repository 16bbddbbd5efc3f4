import type { PreparedQuery } from './prepare-query';

/** The most terms passed to the target page, to keep result URLs short. */
export const MAX_HIGHLIGHT = 12;

/**
 * The words the target page should highlight (e.g. as repeated `highlight` URL parameters for
 * Pagefind's highlighter): the searched words, plus the words as written when a translation or
 * a base word replaced them, since the page may contain either. Stopwords, single digits and
 * unfinished prefixes shorter than three letters are left out.
 */
export function highlightTerms(prepared: PreparedQuery): string[] {
	const out: string[] = [];
	const add = (word: string) => {
		if (out.length < MAX_HIGHLIGHT && word.length > 1 && !out.includes(word)) out.push(word);
	};
	for (const term of prepared.terms) {
		// A translation of a pasted log's English word is for finding the page, not marking it.
		if (term.stopword || term.fallbackOnly || /^\d{1,2}$/.test(term.text)) continue;
		if (!term.partial || term.text.length >= 3) add(term.text);
		if (term.change === 'english' || term.change === 'affix') add(term.original);
	}
	return out;
}
