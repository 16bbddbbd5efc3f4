/**
 * Adds every entry URL and section anchor the current build publishes to links.lock.json.
 * Never removes anything: a URL that once reached a ticket stays locked for good.
 *
 *   npm run build && npm run links:lock [-- --index dist/faq.json --lock links.lock.json]
 *
 * Prints each addition; commit the lock with the change that published them.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { diffLock, lockJson, mergeLock } from '../src/lib/links/link-lock';
import { linkToolArgs, readFaqIndex, readLock } from './lib/cli';

const { indexFile, lockFile } = linkToolArgs(
	'usage: npm run links:lock [-- --index dist/faq.json --lock links.lock.json]',
);
const index = readFaqIndex(indexFile);
const before = readLock(lockFile, { optional: true });
const { lock, added } = mergeLock(before, index);

if (added.length === 0) {
	console.log(`${lockFile}: nothing to add; every published URL and anchor is already locked`);
} else {
	// Written as Prettier would, so formatting the repository never rewrites the lock.
	const options = { ...(await resolveConfig(lockFile)), filepath: lockFile };
	writeFileSync(lockFile, await format(lockJson(lock), options));
	for (const path of added) console.log(`+ ${path}`);
	console.log(
		`${lockFile}: added ${added.length} URL${added.length === 1 ? '' : 's'} and anchors; commit it`,
	);
}

// Adding never fixes a break, so say so here rather than let the author find out in CI.
const problems = diffLock(lock, index);
if (problems.length > 0) {
	console.error(
		`\nwarning: ${problems.length} locked link${problems.length === 1 ? '' : 's'} no longer resolve:\n`,
	);
	for (const problem of problems) console.error(`${problem}\n`);
}
