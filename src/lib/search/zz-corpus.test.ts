import { test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSignatureTables, matchSignatures, signatureShardFiles, prepareQuery } from './index';
test('corpus', () => {
	const N = Number(process.env.N ?? 400);
	const dir = mkdtempSync(join(tmpdir(), 'corp-'));
	execFileSync('node', ['/work/shared/corpus/gen-corpus.mjs', String(N), dir, '--queries', '400']);
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	const meta = new Map(manifest.entries.map((e: any) => [e.file, e]));
	const sources = readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const errors = [...text.matchAll(/^  - (".*")$/gm)].map((m) => JSON.parse(m[1]!));
			return { url: f, anchor: 'solusi', errors };
		});
	const t0 = performance.now();
	const tables = buildSignatureTables(sources);
	console.log(
		'build ms',
		(performance.now() - t0).toFixed(0),
		'records',
		tables.manifest.records,
		'shards',
		tables.manifest.shards,
		'files',
		tables.files.length,
		'bloom b64',
		tables.manifest.bloom.data.length,
	);
	const byName = new Map(tables.files.map((f) => [f.name, f.json]));
	const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')).queries;
	let ok = 0,
		total = 0,
		maxBytes = 0,
		sumBytes = 0;
	const fails: string[] = [];
	for (const q of queries) {
		if (q.type !== 'exact_error' && q.type !== 'changed_error') continue;
		total++;
		const p = prepareQuery(q.q);
		const files = signatureShardFiles(p, tables.manifest);
		const bytes =
			files.reduce((s, f) => s + (byName.get(f)?.length ?? 0), 0) +
			byName.get('manifest.json')!.length;
		maxBytes = Math.max(maxBytes, bytes);
		sumBytes += bytes;
		const hits = matchSignatures(
			p,
			files.map((f) => JSON.parse(byName.get(f) ?? '[]')),
			tables.manifest,
		);
		const top = hits[0];
		const topGroup = hits.filter((h) => top && h.score === top.score).map((h) => h.id);
		const exp = meta.get(q.expected) as any;
		const err = JSON.parse(
			readFileSync(join(dir, q.expected), 'utf8').match(/^  - (".*")$/m)?.[1] ?? '""',
		);
		const group = (e: any) =>
			e.scenario === exp.scenario && (!err.includes(exp.comp) || e.comp === exp.comp);
		const hasErr = sources.find((s) => s.url === q.expected)!.errors.length > 0;
		const inGroup = topGroup.every((id) => group(meta.get(id)));
		const good = hasErr
			? top &&
				(q.type === 'exact_error'
					? q.relevant.includes(top.id)
					: topGroup.every((id) => group(meta.get(id)))) &&
				inGroup
			: !top || inGroup;
		if (good) ok++;
		else
			fails.push(
				`${hasErr} ${q.type} ${q.expected} top=${topGroup.slice(0, 3).join(',')}(${top?.score.toFixed(2)}) q=${q.q.slice(0, 140)}\n   norm=${p.normalized.slice(0, 200)}`,
			);
	}
	const sizes = tables.files.map((f) => f.json.length).sort((a, b) => b - a);
	console.log(
		'largest files',
		sizes.slice(0, 5).join(','),
		'total',
		sizes.reduce((a, b) => a + b, 0),
	);
	console.log(
		`accuracy ${ok}/${total}; bytes max ${maxBytes} avg ${(sumBytes / total).toFixed(0)}`,
	);
	console.log(fails.slice(0, 15).join('\n'));
}, 120000);
