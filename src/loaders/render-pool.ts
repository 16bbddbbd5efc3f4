import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import {
	type PipelineOptions,
	type RenderedEntry,
	createEntryRenderer,
} from '../markdown/pipeline';

type Render = (
	file: string,
	content: string,
	frontmatter: Record<string, unknown>,
) => Promise<RenderedEntry>;

export interface RenderPool {
	render: Render;
	close(): Promise<void>;
}

/** Below this many entries, starting workers (each loads Shiki) costs more than it saves. */
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
): Promise<RenderPool> {
	const size = Math.min(availableParallelism(), Math.floor(entries / MIN_ENTRIES_PER_WORKER));
	if (size < 2) {
		const render = await createEntryRenderer(pipeline, syntaxHighlight);
		return { render, close: async () => {} };
	}
	const pending = new Map<
		number,
		{ resolve: (r: RenderedEntry) => void; reject: (e: Error) => void }
	>();
	let next = 0;
	const workers = await Promise.all(
		Array.from({ length: size }, () => startWorker(pipeline, syntaxHighlight, pending)),
	);
	const load = workers.map(() => 0);
	return {
		render(file, content, frontmatter) {
			const job = next++;
			// The least busy worker takes the job, so one slow entry does not hold up a queue.
			const w = load.indexOf(Math.min(...load));
			load[w]!++;
			return new Promise<RenderedEntry>((resolve, reject) => {
				pending.set(job, {
					resolve: (r) => (load[w]!--, resolve(r)),
					reject: (e) => (load[w]!--, reject(e)),
				});
				workers[w]!.postMessage({ job, file, content, frontmatter });
			});
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		},
	};
}

function startWorker(
	pipeline: PipelineOptions,
	syntaxHighlight: unknown,
	pending: Map<number, { resolve: (r: RenderedEntry) => void; reject: (e: Error) => void }>,
): Promise<Worker> {
	const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), {
		workerData: { pipeline, syntaxHighlight },
	});
	return new Promise((resolve, reject) => {
		worker.once('error', reject);
		worker.on(
			'message',
			(message: { ready?: true; job: number; rendered?: RenderedEntry; error?: string }) => {
				if (message.ready) return resolve(worker);
				const job = pending.get(message.job);
				pending.delete(message.job);
				if (message.error !== undefined) job?.reject(new Error(message.error));
				else job?.resolve(message.rendered!);
			},
		);
	});
}
