import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import { build } from 'esbuild';
import {
	type PipelineOptions,
	type RenderedEntry,
	createEntryRenderer,
} from '../markdown/pipeline';
import { type RenderJob, renderToFile } from './entry-body';

type Metadata = RenderedEntry['metadata'];

export interface RenderPool {
	/** Renders an entry into its body file and resolves to what the data store keeps. */
	render(job: RenderJob): Promise<Metadata>;
	/** How many jobs to keep in flight so that no worker waits for its next one. */
	capacity: number;
	close(): Promise<void>;
}

/**
 * Jobs queued per worker: enough that a worker always has its next entry while the main thread
 * reads and validates more, few enough that thousands of entries are not read at once.
 */
const JOBS_PER_WORKER = 8;

/** Below this many entries per worker, starting one (each loads Shiki) costs more than it saves. */
const MIN_ENTRIES_PER_WORKER = 200;

/**
 * Renders entries on every core. Rendering (Markdown, Shiki, our plugins) is nearly all of the
 * content sync, and the build's main thread would otherwise do it alone, one entry at a time.
 * Small sites render in this thread.
 */
export async function createRenderPool(
	pipeline: PipelineOptions,
	syntaxHighlight: AstroConfig['markdown']['syntaxHighlight'],
	entries: number,
	/** Where the workers' bundle goes: Astro's cache folder, inside the project's node_modules. */
	cacheDir: URL,
	size = Math.min(availableParallelism(), Math.floor(entries / MIN_ENTRIES_PER_WORKER)),
): Promise<RenderPool> {
	if (size < 2) {
		const render = await createEntryRenderer(pipeline, syntaxHighlight);
		return { render: (job) => renderToFile(render, job), capacity: 4, close: async () => {} };
	}
	const pending = new Map<number, { resolve: (m: Metadata) => void; reject: (e: Error) => void }>();
	const failAll = (error: Error) => {
		for (const job of pending.values()) job.reject(error);
		pending.clear();
	};
	const renderer = await bundleRenderer(cacheDir);
	const workers = await Promise.all(
		Array.from({ length: size }, () =>
			startWorker(
				{ pipeline, syntaxHighlight, renderer },
				(message) => {
					const job = pending.get(message.id);
					pending.delete(message.id);
					if (message.error !== undefined) job?.reject(new Error(message.error));
					else job?.resolve(message.metadata!);
				},
				failAll,
			),
		),
	);
	let next = 0;
	// Jobs each worker has not answered yet: the next job goes to the least busy one, so a worker
	// that shares its core with the build's main thread does not hold back the others.
	const busy = workers.map(() => 0);
	return {
		capacity: size * JOBS_PER_WORKER,
		render(job) {
			const id = next++;
			const w = busy.indexOf(Math.min(...busy));
			busy[w]!++;
			return new Promise<Metadata>((resolve, reject) => {
				pending.set(id, {
					resolve: (m) => (busy[w]!--, resolve(m)),
					reject: (e) => (busy[w]!--, reject(e)),
				});
				workers[w]!.postMessage({ id, job });
			});
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		},
	};
}

/**
 * Bundles the pipeline (renderer.ts) into one JavaScript module for the workers. Loading the
 * TypeScript through a runtime transpiler instead (tsx) slows every render: it keeps function
 * names by wrapping each function it creates. The file is named by its content, under
 * `cacheDir`: builds running at once share it, and a dev server that is killed leaves nothing
 * new behind. Packages stay imports, which Node resolves from the project's node_modules.
 */
async function bundleRenderer(cacheDir: URL): Promise<string> {
	const { outputFiles } = await build({
		entryPoints: [fileURLToPath(new URL('./renderer.ts', import.meta.url))],
		outfile: 'renderer.mjs',
		write: false,
		bundle: true,
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node22',
		logLevel: 'silent',
	});
	const code = outputFiles[0]!.contents;
	const dir = fileURLToPath(new URL('faq-renderer/', cacheDir));
	const file = join(dir, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
	if (!existsSync(file)) {
		await mkdir(dir, { recursive: true });
		// Written whole, then renamed, so a build starting meanwhile never loads half a file.
		const partial = `${file}.${process.pid}.partial`;
		await writeFile(partial, code);
		await rename(partial, file);
	}
	return pathToFileURL(file).href;
}

interface Reply {
	id: number;
	metadata?: Metadata;
	error?: string;
}

function startWorker(
	workerData: { pipeline: PipelineOptions; syntaxHighlight: unknown; renderer: string },
	onReply: (reply: Reply) => void,
	onCrash: (error: Error) => void,
): Promise<Worker> {
	const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData });
	return new Promise((resolve, reject) => {
		worker.on('error', (error) => (reject(error), onCrash(error)));
		worker.on('message', (message: Reply | { ready: true }) =>
			'ready' in message ? resolve(worker) : onReply(message),
		);
	});
}
