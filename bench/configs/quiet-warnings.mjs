// Rolldown warns once per MDX file that Astro's "use astro:head-inject" directive may not be
// preserved; at 10,000 entries that is 10,000 multi-line warnings. Rolldown's own check switch
// turns that one warning off.
import config from '../../astro.config.mjs';

export default {
	...config,
	vite: {
		...config.vite,
		build: { ...config.vite?.build, rolldownOptions: { checks: { moduleLevelDirective: false } } },
	},
};
