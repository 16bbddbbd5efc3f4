// What a render worker runs: the build's own pipeline and body writer, bundled into one module by
// render-pool.ts so that workers load plain JavaScript.
export { createEntryRenderer } from '../markdown/pipeline';
export { renderToFile } from './entry-body';
