import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type FaqIndex, parseFaqIndex } from '../../src/lib/links/faq-index';
import { type LinkLock, emptyLock, parseLock } from '../../src/lib/links/link-lock';

/** Exit code 2: the tool could not check at all (as opposed to 1: it found something broken). */
export function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

/**
 * The `--index` and `--lock` options every link tool takes, plus its positional arguments;
 * anything unknown prints the usage line.
 */
export function linkToolArgs(usage: string) {
	try {
		const { values, positionals } = parseArgs({
			options: {
				index: { type: 'string', default: 'dist/faq.json' },
				lock: { type: 'string', default: 'links.lock.json' },
				help: { type: 'boolean', short: 'h' },
			},
			allowPositionals: true,
		});
		if (values.help) fail(usage);
		return { indexFile: values.index, lockFile: values.lock, positionals };
	} catch {
		fail(usage);
	}
}

/** The build's faq.json, or a message saying how to produce it. */
export function readFaqIndex(file: string): FaqIndex {
	if (!existsSync(file)) fail(`${file} not found; run npm run build first (or pass --index)`);
	return parseFaqIndex(JSON.parse(readFileSync(file, 'utf8')), file);
}

/** links.lock.json; a missing lock is an error unless `optional`, then it starts empty. */
export function readLock(file: string, { optional = false } = {}): LinkLock {
	if (!existsSync(file)) {
		if (optional) return emptyLock();
		fail(`${file} not found; create it with npm run links:lock`);
	}
	return parseLock(JSON.parse(readFileSync(file, 'utf8')), file);
}
