import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The lock's file name inside Astro's cache folder (`node_modules/.astro`). */
export const LOCK_FILE = 'ack-faq-build.lock';

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * Claims Astro's cache folder for this process until it exits. Two builds (or a build and a dev
 * server) of one checkout write the same rendered bodies and data store, and the later one would
 * read the other's half-written files; the second one fails at once instead, naming the first.
 * A lock left by a process that no longer runs (killed, crashed) is taken over.
 */
export function lockCache(cacheDir: URL): void {
	const path = fileURLToPath(new URL(LOCK_FILE, cacheDir));
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			process.once('exit', () => rmSync(path, { force: true }));
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let owner = Number.NaN;
		try {
			owner = Number(readFileSync(path, 'utf8'));
		} catch {
			continue; // released between the two calls: try again
		}
		if (owner === process.pid) return;
		if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
			throw new Error(
				`${path}: process ${owner} is building or serving this checkout and uses its cache folder; wait for it to end (or stop it), then build again. Two builds at once need two checkouts.`,
			);
		}
		rmSync(path, { force: true });
	}
	throw new Error(`${path}: could not take the build lock; delete the file if no build is running`);
}
