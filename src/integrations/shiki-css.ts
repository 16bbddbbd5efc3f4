import type { AstroIntegration } from 'astro';
import { bundledThemes, type BundledTheme } from 'shiki';
import { tokenCss } from '../plugins/shiki-class-tokens';

const MODULE = 'virtual:ack-faq/shiki-tokens.css';
const RESOLVED = `\0${MODULE}`;

/**
 * Serves the stylesheet for shikiClassTokens() as `virtual:ack-faq/shiki-tokens.css`, built from
 * the themes configured in `markdown.shikiConfig.themes`, so the colours can never drift from
 * the highlighter's.
 */
export function shikiCss(): AstroIntegration {
	return {
		name: 'ack-faq:shiki-css',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const themes = config.markdown.shikiConfig.themes as Record<'light' | 'dark', BundledTheme>;
				if (!themes?.light || !themes?.dark) {
					throw new Error(
						'astro.config.mjs: markdown.shikiConfig.themes needs a light and a dark theme',
					);
				}
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'ack-faq:shiki-css',
								resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
								load: async (id) => {
									if (id !== RESOLVED) return undefined;
									const [light, dark] = await Promise.all(
										[themes.light, themes.dark].map(
											async (name) => (await bundledThemes[name]()).default,
										),
									);
									return tokenCss({ light: light!, dark: dark! });
								},
							},
						],
					},
				});
			},
		},
	};
}
