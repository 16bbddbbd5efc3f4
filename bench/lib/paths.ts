import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository the benchmarks measure. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the synthetic corpus goes, beside the real entries (FAQ_EXTRA_CONTENT names it). */
export const CONTENT_BENCH = join(REPO, 'content/bench');
