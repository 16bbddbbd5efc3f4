/**
 * Puts a synthetic corpus from the shared generator next to the real entries, and takes it away
 * again. The generator writes plain Markdown that any Astro site can build; ours is stricter in
 * one way, so each entry is adapted the way an author following our rules would write it.
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export interface Query {
	id: string;
	type: 'exact_error' | 'changed_error' | 'keyword' | 'command';
	q: string;
	expected: string;
	relevant: string[];
}

export interface Corpus {
	n: number;
	/** Slug of the manifest's `typical` entry: its page is the one measured in the browser. */
	typical: string;
	queries: Query[];
}

/** The generator lives in shared/, beside the repo; BENCH_CORPUS_GENERATOR overrides it. */
export function generatorPath(repoRoot: string): string {
	return process.env.BENCH_CORPUS_GENERATOR ?? resolve(repoRoot, '../shared/corpus/gen-corpus.mjs');
}

const PLACEHOLDER = /\[\$([A-Z][A-Z0-9_]*)\]/g;

/**
 * Our build refuses a `[$NAME]` placeholder without a label (readers must know what to type), and
 * the generator writes bare fences. Declaring each block's placeholders in its fence meta is what
 * an author would do, and gives the synthetic pages the same placeholder panel real pages have.
 */
export function labelPlaceholders(mdx: string): string {
	return mdx.replace(/^```(\w+)\n([\s\S]*?)^```$/gm, (block, lang: string, code: string) => {
		const names = [...new Set([...code.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
		if (names.length === 0) return block;
		const meta = names.map((name) => `[$${name}]=Nilai ${name.toLowerCase().replaceAll('_', ' ')}`);
		return `\`\`\`${lang} placeholders="${meta.join(';')}"\n${code}\`\`\``;
	});
}

/**
 * Generates N entries into a temp dir (so queries.json and manifest.json never land in content/)
 * and, when `contentDir` is given, copies the adapted .mdx files there.
 */
export function generateCorpus(generator: string, n: number, contentDir?: string): Corpus {
	const scratch = mkdtempSync(join(tmpdir(), `bench-corpus-${n}-`));
	try {
		execFileSync(process.execPath, [generator, String(n), scratch], { stdio: 'pipe' });
		if (contentDir) {
			rmSync(contentDir, { recursive: true, force: true });
			mkdirSync(contentDir, { recursive: true });
			for (const file of readdirSync(scratch)) {
				if (!file.endsWith('.mdx')) continue;
				const mdx = readFileSync(join(scratch, file), 'utf8');
				writeFileSync(join(contentDir, file), labelPlaceholders(mdx));
			}
		}
		const manifest = JSON.parse(readFileSync(join(scratch, 'manifest.json'), 'utf8'));
		const { queries } = JSON.parse(readFileSync(join(scratch, 'queries.json'), 'utf8'));
		return { n, typical: String(manifest.typical).replace(/\.mdx$/, ''), queries };
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

/**
 * The site reads a folder beside content/faq only when FAQ_EXTRA_CONTENT names it (see
 * src/content.config.ts), so a stray corpus never ships: bench builds set it.
 */
export function corpusEnv(repoRoot: string, contentDir: string): Record<string, string> {
	return { FAQ_EXTRA_CONTENT: relative(repoRoot, contentDir) };
}

/** Fails when a build left the corpus out, instead of measuring the real site by mistake. */
export function assertCorpusBuilt(distDir: string, corpus: Corpus): void {
	if (!existsSync(join(distDir, 'faq', corpus.typical, 'index.html'))) {
		throw new Error(
			`the build has no page for the synthetic entry ${corpus.typical}: does src/content.config.ts still read FAQ_EXTRA_CONTENT?`,
		);
	}
}

/** Removes every synthetic entry; safe to call any number of times. */
export function removeCorpus(contentDir: string): void {
	rmSync(contentDir, { recursive: true, force: true });
}
