import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface FaqLinkOptions {
	/** The site's base path, e.g. `/` or `/docs/ack-faq/`. */
	base: string;
	/** Slugs that exist; a link to any other fails the build. */
	slugs: ReadonlySet<string>;
}

const FAQ_LINK = /^faq:([a-z0-9-]+)(#[a-z0-9-]+)?$/;

/**
 * Resolves `[teks](faq:slug#anchor)` to the entry's URL under the configured base, so authors
 * never hard-code paths that break when the site moves to a sub-path. An unknown slug fails the
 * build here; anchors are checked after the build, when every page's ids are known.
 */
export function remarkFaqLinks({ base, slugs }: FaqLinkOptions) {
	const root = base.endsWith('/') ? base : `${base}/`;
	return () => (tree: Root, file: { path?: string; fail: (m: string) => never }) => {
		visit(tree, 'link', (node) => {
			if (!node.url.startsWith('faq:')) return;
			const m = FAQ_LINK.exec(node.url);
			if (!m) {
				file.fail(
					`${file.path}: link "${node.url}" is malformed; write faq:slug or faq:slug#anchor`,
				);
			}
			const [, slug, hash = ''] = m;
			if (!slugs.has(slug!)) {
				file.fail(
					`${file.path}: link "${node.url}" points to no entry; "${slug}" must be the file name of an entry in content/faq`,
				);
			}
			node.url = `${root}faq/${slug}/${hash}`;
		});
	};
}
