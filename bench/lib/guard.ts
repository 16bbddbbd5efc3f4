/**
 * Synthetic entries must never outlive a bench run: whatever ends the run (an error, Ctrl+C, a
 * kill), the build stops and content/bench/ goes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { killRunningBuild } from './build';
import { removeCorpus } from './corpus';

/**
 * Refuses to start over someone else's corpus, then removes the corpus on every way out.
 * (SIGKILL cannot be caught: the next run says so instead of deleting blindly.)
 */
export function guardContentDir(contentDir: string): void {
	if (existsSync(contentDir) && readdirSync(contentDir).length > 0) {
		throw new Error(
			`${contentDir} is not empty: another bench may be running, or one was killed hard. Check, remove it, and retry.`,
		);
	}
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(signal, () => {
			killRunningBuild();
			removeCorpus(contentDir);
			console.error(`\n[bench] ${signal}: build stopped, ${contentDir} removed`);
			process.exit(130);
		});
	}
	process.on('exit', () => removeCorpus(contentDir));
}
