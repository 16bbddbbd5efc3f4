// Diagnostic only: no syntax highlighting, to measure what Shiki costs. Not for shipping.
import config from '../../astro.config.mjs';

export default { ...config, markdown: { ...config.markdown, syntaxHighlight: false } };
