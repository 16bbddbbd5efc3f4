/**
 * Architecture rules, checked by `npm run lint` (part of `npm test`). The layers: src/lib is pure
 * logic (no Astro, no DOM, no schemas or components), scripts and pages sit on top of it, and
 * test helpers and fixtures are only ever imported by tests.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const TESTS = '(\\.(test|spec)\\.ts$)|^e2e/|^test-support/';

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'An import circle makes the modules in it one tangle: move what both need apart.',
			from: {},
			to: { circular: true },
		},
		{
			name: 'lib-is-pure',
			severity: 'error',
			comment:
				'src/lib is pure TypeScript: no Astro, no DOM scripts, no schemas or components. Pass in what it needs, or move the pure part into src/lib.',
			from: { path: '^src/lib/', pathNot: TESTS },
			to: {
				path: [
					'^astro($|:|/)',
					'^node_modules/astro/',
					'^src/schemas/',
					'^src/components/',
					'^src/scripts/',
					'^src/pages/',
					'^src/layouts/',
					'^src/data/',
				],
			},
		},
		{
			name: 'no-tests-in-product',
			severity: 'error',
			comment: 'Tests, test helpers and fixtures are never imported by product code.',
			from: { pathNot: TESTS },
			to: { path: [TESTS, '__fixtures__'] },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(dist|dist-[^/]+|test-results|playwright-report|bench/corpus-[^/]+)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'types'],
			extensions: ['.ts', '.mjs', '.js', '.json', '.astro', '.d.ts'],
		},
	},
};
