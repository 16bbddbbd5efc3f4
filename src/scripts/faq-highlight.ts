import { highlightRanges } from '../lib/highlight';
import { HIGHLIGHT_PARAM } from './search-highlight-param';

/**
 * Marks the words a reader searched for on the page a result opened (`?sorot=x509&sorot=…`).
 * Text nodes are split and wrapped in <mark>; the words are never parsed as HTML.
 */
const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
const root = document.querySelector('article');
if (root && terms.length) {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark, [hidden], .code-head, button')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	for (const node of nodes) {
		const ranges = highlightRanges(node.data, terms);
		// Back to front, so earlier offsets stay valid as the node is split.
		for (const [start, end] of ranges.reverse()) {
			const hit = node.splitText(start);
			hit.splitText(end - start);
			const mark = document.createElement('mark');
			mark.className = 'search-mark';
			hit.replaceWith(mark);
			mark.append(hit);
		}
	}
}
