import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { faqPath, siteRoot, siteUrl, type SiteLocation } from '../lib/links/site-url';
import { shareTexts } from '../lib/links/ticket-text';

/**
 * Puts "Salin tautan" and "Salin untuk tiket" under every h2 and h3, so a support engineer can
 * cite the exact section. The texts are computed here, at build time, from the configured site
 * (see src/scripts/faq-share.ts for the markup contract). Runs after rehypeHeadingAnchors, which
 * gives the headings their ids.
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
			children.splice(i + 1, 0, shareButtons(texts, sectionTitle));
		}
	};
}

function button(text: string, copy: string, copied: string, label: string): Element {
	return {
		type: 'element',
		tagName: 'button',
		properties: {
			type: 'button',
			className: ['button'],
			dataCopy: copy,
			dataCopied: copied,
			ariaLabel: label,
			disabled: true,
		},
		children: [{ type: 'text', value: text }],
	};
}

function shareButtons(texts: ReturnType<typeof shareTexts>, section: string): Element {
	return {
		type: 'element',
		tagName: 'faq-share',
		properties: { className: ['faq-share', 'faq-share--section'], dataPagefindIgnore: '' },
		children: [
			button(
				'Salin tautan',
				texts.link,
				'Tautan ke bagian disalin',
				`Salin tautan, bagian ${section}`,
			),
			button(
				'Salin untuk tiket',
				texts.markdown,
				'Referensi tiket disalin',
				`Salin untuk tiket, bagian ${section}`,
			),
		],
	};
}
