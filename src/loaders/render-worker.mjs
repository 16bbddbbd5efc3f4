// A render worker of the FAQ loader (src/loaders/faq-mdx.ts). Plain JavaScript, because Node
// starts it outside Vite; tsx then loads the TypeScript pipeline the build itself uses.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createEntryRenderer } = await import('../markdown/pipeline.ts');
const render = await createEntryRenderer(workerData.pipeline, workerData.syntaxHighlight);

parentPort.on('message', async ({ job, file, content, frontmatter }) => {
	try {
		parentPort.postMessage({ job, rendered: await render(file, content, frontmatter) });
	} catch (error) {
		parentPort.postMessage({ job, error: error instanceof Error ? error.message : String(error) });
	}
});
parentPort.postMessage({ ready: true });
