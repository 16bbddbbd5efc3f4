// build.concurrency: 4 — Astro renders up to four pages at once instead of one by one.
import config from '../../astro.config.mjs';

export default { ...config, build: { ...config.build, concurrency: 4 } };
