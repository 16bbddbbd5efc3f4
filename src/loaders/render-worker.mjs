// A render worker of the FAQ loader (src/loaders/render-pool.ts). Plain JavaScript, because Node
// starts it outside Vite; tsx then loads the TypeScript pipeline the build itself uses.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createEntryRenderer } = await import('../markdown/pipeline.ts');
const { renderToFile } = await import('./entry-body.ts');
const render = await createEntryRenderer(workerData.pipeline, workerData.syntaxHighlight);

parentPort.on('message', async ({ id, job }) => {
	try {
		parentPort.postMessage({ id, metadata: await renderToFile(render, job) });
	} catch (error) {
		parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
parentPort.postMessage({ ready: true });
