/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's own Vite config, so tests that render MDX use the project's real pipeline.
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
	},
});
