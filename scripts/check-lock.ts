/**
 * Fails when a URL or anchor in links.lock.json no longer resolves in the built site, printing
 * for each the frontmatter line (aliases or movedAnchors) that keeps it working, and the file.
 *
 *   npm run build && npm run links:check [-- --index dist/faq.json --lock links.lock.json]
 *
 * Exits 1 when any locked link is broken, 2 when it cannot check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseFaqIndex } from '../src/lib/links/faq-index';
import { diffLock, parseLock } from '../src/lib/links/link-lock';

const USAGE = 'usage: npm run links:check [-- --index dist/faq.json --lock links.lock.json]';

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

const args = process.argv.slice(2);
let indexFile = 'dist/faq.json';
let lockFile = 'links.lock.json';
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--index') indexFile = args[++i] ?? fail(USAGE);
	else if (arg === '--lock') lockFile = args[++i] ?? fail(USAGE);
	else fail(USAGE);
}
if (!existsSync(indexFile))
	fail(`${indexFile} not found; run npm run build first (or pass --index)`);
if (!existsSync(lockFile)) fail(`${lockFile} not found; create it with npm run links:lock`);

const lock = parseLock(JSON.parse(readFileSync(lockFile, 'utf8')), lockFile);
const problems = diffLock(
	lock,
	parseFaqIndex(JSON.parse(readFileSync(indexFile, 'utf8')), indexFile),
);
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
