import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { faqPath, siteRoot, siteUrl, type SiteLocation } from '../lib/links/site-url';
import { shareTexts } from '../lib/links/ticket-text';
import { shareLabels } from '../i18n/share';

/**
 * Gives every h2 and h3 a quiet row of its own: the heading with its `#` link, then two small
 * icon buttons, "copy link" and "copy for ticket", so a support engineer can cite the exact
 * section. The texts are computed here, at build time, from the configured site (see
 * src/scripts/faq-share.ts for the markup contract). Runs after rehypeHeadingAnchors, which gives
 * the headings their ids.
 *
 * ```html
 * <div class="section-head">
 *   <h2 id="solusi" tabindex="-1">Solusi<a class="heading-anchor" href="#solusi" …></a></h2>
 *   <faq-share class="faq-share faq-share--section" data-pagefind-ignore>
 *     <button type="button" class="icon-button" data-copy="…" aria-label="Salin tautan, bagian
 *       Solusi" title="Salin tautan ke bagian ini" disabled><svg …/></button>
 *     …
 *   </faq-share>
 * </div>
 * ```
 */
export function rehypeSectionShare(location: SiteLocation) {
	const root = siteRoot(location);
	return () => (tree: Root, file: VFile) => {
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro
			?.frontmatter;
		const ref = frontmatter?.['ref'];
		const title = frontmatter?.['title'];
		const slug = file.path?.replace(/^.*\//, '').replace(/\.mdx?$/, '');
		if (typeof ref !== 'string' || typeof title !== 'string' || !slug) return;
		const url = siteUrl(root, faqPath(slug));
		const children = tree.children;
		for (let i = children.length - 1; i >= 0; i--) {
			const node = children[i];
			if (node?.type !== 'element' || !/^h[23]$/.test(node.tagName)) continue;
			const id = node.properties['id'];
			if (typeof id !== 'string') continue;
			const sectionTitle = toText(node).trim();
			const texts = shareTexts({ ref, title, url, section: { id, title: sectionTitle } });
			children[i] = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['section-head'] },
				children: [node, shareButtons(texts, sectionTitle)],
			};
		}
	};
}

/** Icons drawn with the text colour; decoration only, the button's label names it. */
const ICONS = {
	link: [
		'M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7',
		'M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7',
	],
	ticket: ['M9 3h6v3H9z', 'M15 4.5h3v16H6v-16h3', 'M9 11h6M9 15h4'],
};

function icon(paths: readonly string[]): Element {
	return {
		type: 'element',
		tagName: 'svg',
		properties: {
			viewBox: '0 0 24 24',
			width: 16,
			height: 16,
			fill: 'none',
			stroke: 'currentColor',
			strokeWidth: '2',
			strokeLinecap: 'round',
			strokeLinejoin: 'round',
			ariaHidden: 'true',
			focusable: 'false',
		},
		children: paths.map((d): ElementContent => ({
			type: 'element',
			tagName: 'path',
			properties: { d },
			children: [],
		})),
	};
}

function button(
	paths: readonly string[],
	copy: string,
	copied: string,
	label: string,
	hint: string,
): Element {
	return {
		type: 'element',
		tagName: 'button',
		properties: {
			type: 'button',
			className: ['icon-button'],
			dataCopy: copy,
			dataCopied: copied,
			ariaLabel: label,
			title: hint,
			disabled: true,
		},
		children: [icon(paths)],
	};
}

function shareButtons(texts: ReturnType<typeof shareTexts>, section: string): Element {
	return {
		type: 'element',
		tagName: 'faq-share',
		properties: { className: ['faq-share', 'faq-share--section'], dataPagefindIgnore: '' },
		children: [
			button(
				ICONS.link,
				texts.link,
				shareLabels.sectionLinkCopied,
				shareLabels.copySectionLink(section),
				shareLabels.copySectionLinkHint,
			),
			button(
				ICONS.ticket,
				texts.markdown,
				shareLabels.ticketCopied,
				shareLabels.copySectionTicket(section),
				shareLabels.copySectionTicketHint,
			),
		],
	};
}
