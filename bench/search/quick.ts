/**
 * A quick quality check for tuning, without a browser: runs every query of queries.json
 * through the query layer's pipeline (`prepareQuery` + `runSearch`, as the search UIs do) with
 * a build's own Pagefind bundle loaded in Node, and prints top-1/top-3 per kind and the misses.
 * Ranking only: latency and bytes come from run.ts, the real measurement.
 *
 *   npx tsx bench/search/quick.ts [--dist dist-search] [--only REGEX] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PagefindApi } from '../../src/lib/search/pagefind-types';
import { prepareQuery } from '../../src/lib/search/prepare-query';
import { runSearch } from '../../src/lib/search/run-search';
import type { SignatureManifest, SignatureShard } from '../../src/lib/search/signatures';
import type { VocabularyManifest, VocabularyShard } from '../../src/lib/search/vocabulary';
import { asPasted, figures, type Query } from './queries';

const REPO = resolve(import.meta.dirname, '../..');

export async function loadPagefindInNode(dist: string): Promise<PagefindApi> {
	globalThis.fetch = (async (url: string | URL) => {
		const path = decodeURIComponent(
			String(url)
				.replace(/^https?:\/\/[^/]+/, '')
				.split('?')[0]!,
		);
		try {
			return new Response(readFileSync(join(dist, path)));
		} catch {
			return new Response('', { status: 404 });
		}
	}) as typeof fetch;
	const api = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindApi;
	await api.options({ basePath: '/pagefind/', baseUrl: '/' });
	await api.init();
	return api;
}

// The build's files, read once, as the browser caches each it fetched.
const files = new Map<string, unknown>();

export async function nodeSearch(api: PagefindApi, dist: string, text: string, limit = 50) {
	const json = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
	const empty = { results: [] };
	const maybe = <T>(path: string): T | null => {
		const key = join(dist, path);
		if (!files.has(key)) {
			try {
				files.set(key, json<T>(path));
			} catch {
				files.set(key, null);
			}
		}
		return files.get(key) as T | null;
	};
	const deps = {
		search: async (q: string) => (await api.search(q)) ?? empty,
		manifest: async () => maybe<SignatureManifest>('search/signatures/manifest.json'),
		shard: async (name: string) => maybe<SignatureShard>(`search/signatures/${name}`) ?? [],
		vocabulary: async () => maybe<VocabularyManifest>('search/vocabulary/manifest.json'),
		vocabularyShard: async (name: string) =>
			maybe<VocabularyShard>(`search/vocabulary/${name}`) ?? {},
		empty,
	};
	return runSearch(deps, prepareQuery(text), { limit });
}

async function main() {
	const { values } = parseArgs({
		options: {
			dist: { type: 'string', default: 'dist-search' },
			only: { type: 'string' },
			queries: { type: 'string', default: 'bench/search/queries.json' },
			verbose: { type: 'boolean', default: false },
			q: { type: 'string', multiple: true },
			'keep-lines': { type: 'boolean', default: false },
		},
	});
	const dist = resolve(REPO, values.dist);
	let queries = (
		JSON.parse(readFileSync(resolve(REPO, values.queries), 'utf8')) as { queries: Query[] }
	).queries;
	if (values.q) {
		queries = values.q.map((q, i) => ({ id: `q${i + 1}`, kind: 'keyword', q, expected: '' }));
		values.verbose = true;
	}
	if (values.only) {
		const only = new RegExp(values.only);
		queries = queries.filter((q) => only.test(q.id) || only.test(q.kind));
	}
	const api = await loadPagefindInNode(dist);
	const slugOf = (url: string) => /\/faq\/([^/?#]+)\//.exec(url)?.[1] ?? '';
	const runs = [];
	const searches: number[] = [];
	for (const query of queries) {
		// The search boxes are <input>s: a pasted log arrives with its line breaks turned into
		// spaces (what Chromium's paste does), unless --keep-lines asks what a UI that kept them
		// would get.
		const text = values['keep-lines'] ? query.q : asPasted(query.q);
		const outcome = await nodeSearch(api, dist, text);
		const slugs = outcome.results.map((r) => slugOf(r.url));
		const index = slugs.indexOf(query.expected);
		const rank = index < 0 ? null : index + 1;
		runs.push({ id: query.id, kind: query.kind, rank, top: slugs.slice(0, 5), ms: 0, bytes: 0 });
		searches.push(outcome.searches);
		if (rank !== 1 || values.verbose) {
			console.log(
				`${rank === 1 ? ' ' : '✗'} ${query.id} rank ${rank ?? '–'}  strict=${JSON.stringify(outcome.prepared.strict)} meaningful=${JSON.stringify(outcome.prepared.meaningful)}${outcome.approximate ? ' (approximate)' : ''}\n      ${slugs.slice(0, 4).join(', ')}`,
			);
		}
	}
	const sorted = [...searches].sort((a, b) => a - b);
	console.log(
		`Pagefind searches per query: median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted.at(-1)}`,
	);
	for (const row of figures(runs)) {
		console.log(
			`${row.kind.padEnd(10)} n=${String(row.n).padStart(3)}  top-1 ${(row.top1 * 100).toFixed(1).padStart(5)}%  top-3 ${(row.top3 * 100).toFixed(1).padStart(5)}%`,
		);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
