// Diagnostic only: without the internal link audit, to measure what it costs. Not for shipping.
import config from '../../astro.config.mjs';

export default {
	...config,
	integrations: config.integrations.filter((i) => i.name !== 'ack-faq:link-check'),
};
