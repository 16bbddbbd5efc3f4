import { describe, expect, it } from 'vitest';
import { preloadFiles, withModulePreloads, type ClientChunk } from './module-preload';

const graph = (edges: Record<string, string[]>) =>
	new Map<string, ClientChunk>(
		Object.entries(edges).map(([fileName, imports]) => [fileName, { fileName, imports }]),
	);

describe('preloadFiles', () => {
	it('lists the chunk, then what it imports statically, transitively, each once', () => {
		const chunks = graph({
			'page.js': ['query.js', 'state.js'],
			'query.js': ['shared.js'],
			'state.js': ['query.js', 'shared.js'],
			'shared.js': [],
			'lazy.js': ['shared.js'],
		});
		expect(preloadFiles('page.js', chunks)).toEqual([
			'page.js',
			'query.js',
			'shared.js',
			'state.js',
		]);
	});

	it('ends on an import cycle', () => {
		expect(preloadFiles('a.js', graph({ 'a.js': ['b.js'], 'b.js': ['a.js'] }))).toEqual([
			'a.js',
			'b.js',
		]);
	});
});

describe('withModulePreloads', () => {
	it('adds one link per file at the end of the head', () => {
		expect(
			withModulePreloads(
				'<html><head><title>x</title></head><body></body></html>',
				['/_astro/a.js', '/_astro/b.js'],
				'cari/index.html',
			),
		).toBe(
			'<html><head><title>x</title><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/b.js"></head><body></body></html>',
		);
	});

	it('names the page that has no head', () => {
		expect(() => withModulePreloads('<p>x</p>', ['/a.js'], 'cari/index.html')).toThrow(
			/cari\/index\.html has no <\/head>/,
		);
	});
});
