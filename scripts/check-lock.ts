/**
 * Fails when a URL or anchor in links.lock.json no longer resolves in the built site, printing
 * for each the frontmatter line (aliases or movedAnchors) that keeps it working, and the file.
 *
 *   npm run build && npm run links:check [-- --index dist/faq.json --lock links.lock.json]
 *
 * Exits 1 when any locked link is broken, 2 when it cannot check.
 */
import { diffLock } from '../src/lib/links/link-lock';
import { fail, linkToolArgs, readFaqIndex, readLock } from './lib/cli';

const USAGE = 'usage: npm run links:check [-- --index dist/faq.json --lock links.lock.json]';
const { indexFile, lockFile, positionals } = linkToolArgs(USAGE);
if (positionals.length) fail(USAGE);
const lock = readLock(lockFile);
const problems = diffLock(lock, readFaqIndex(indexFile));
const pages = Object.keys(lock.pages).length;
const anchors = Object.values(lock.pages).reduce((n, p) => n + p.anchors.length, 0);
if (problems.length === 0) {
	console.log(`${lockFile}: all ${pages} locked URLs and ${anchors} anchors still resolve`);
} else {
	for (const problem of problems) console.error(`${problem}\n`);
	console.error(
		`${lockFile}: ${problems.length} locked link${problems.length === 1 ? '' : 's'} broken`,
	);
	process.exitCode = 1;
}
