import type { ShikiTransformer } from 'shiki';

/**
 * Highlights every line to its end, however long it takes. Shiki stops tokenizing a line after a
 * time limit and leaves the rest uncoloured; on a busy machine (a CI runner, a build sharing its
 * cores) the first lines a worker highlights, while its grammars still compile, can hit it. The
 * same entry would then render differently from build to build. Astro's highlighter passes no
 * tokenizer options through, so this sets the limit off before Shiki tokenizes.
 */
export function shikiWholeLines(): ShikiTransformer {
	return {
		name: 'ack-faq:whole-lines',
		preprocess(_code, options) {
			options.tokenizeTimeLimit = 0;
		},
	};
}
