/**
 * Checks links exported from a ticket system against the current build.
 *
 *   npm run build && npm run check-links -- FILE [--index dist/faq.json]
 *
 * FILE holds one absolute URL or site path per line (`-` reads standard input); blank lines and
 * lines starting with # are skipped. Prints one line per link, `OK`, `REDIRECT … → target (why)`
 * or `BROKEN …: reason`, and exits 1 when any link is broken, 2 when it cannot check at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkGraph } from '../src/lib/links/link-graph';
import { formatResolution, readLinkList, resolveLink } from '../src/lib/links/resolve-link';
import { fail, linkToolArgs, readFaqIndex } from './lib/cli';

const USAGE = 'usage: npm run check-links -- FILE [--index dist/faq.json]   (FILE "-" reads stdin)';
const { indexFile, positionals } = linkToolArgs(USAGE);
const [file] = positionals;
if (file === undefined || positionals.length > 1) fail(USAGE);

const dist = dirname(indexFile);
const graph = linkGraph(readFaqIndex(indexFile));

/** Other pages (home, tags, search) are checked against the built HTML itself. */
function otherPage(path: string): string[] | undefined {
	if (path.split('/').includes('..')) return undefined;
	const html = join(dist, path.endsWith('/') ? `${path}index.html` : path);
	if (!existsSync(html)) return undefined;
	return [...readFileSync(html, 'utf8').matchAll(/\sid=["']?([^"'\s>]+)/g)].map((m) => m[1]!);
}

let text: string;
try {
	text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
	fail(`${file}: cannot read it: ${(error as Error).message}`);
}

const source = file === '-' ? 'stdin' : file;
const counts = { ok: 0, redirect: 0, broken: 0 };
for (const { line, link } of readLinkList(text)) {
	const result = resolveLink(link, graph, otherPage);
	counts[result.status]++;
	const where = result.status === 'broken' ? ` (${source}:${line})` : '';
	console.log(formatResolution(result) + where);
}
console.error(
	`${counts.ok + counts.redirect + counts.broken} links: ${counts.ok} OK, ${counts.redirect} redirected, ${counts.broken} broken`,
);
if (counts.broken > 0) process.exitCode = 1;
