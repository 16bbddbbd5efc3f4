// A render worker of the FAQ loader (src/loaders/render-pool.ts). Plain JavaScript, because Node
// starts it outside Vite; it loads the pipeline that render-pool.ts bundled from the TypeScript
// sources the build itself uses.
import { parentPort, workerData } from 'node:worker_threads';

const { createEntryRenderer, renderToFile } = await import(workerData.renderer);
const render = await createEntryRenderer(workerData.pipeline, workerData.syntaxHighlight);

parentPort.on('message', async ({ id, job }) => {
	try {
		parentPort.postMessage({ id, metadata: await renderToFile(render, job) });
	} catch (error) {
		parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
parentPort.postMessage({ ready: true });
