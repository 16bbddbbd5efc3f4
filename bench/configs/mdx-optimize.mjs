// mdx({ optimize: true }) — static MDX subtrees are compiled to HTML strings, which shrinks the
// JavaScript each entry compiles to and that Rolldown then has to hold and bundle.
import mdx from '@astrojs/mdx';
import config from '../../astro.config.mjs';

export default {
	...config,
	integrations: config.integrations.map((i) =>
		i.name === '@astrojs/mdx' ? mdx({ optimize: true }) : i,
	),
};
