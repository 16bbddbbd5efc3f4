/**
 * Puts a synthetic corpus next to the real entries, and takes it away again. The corpus is the
 * project's own (bench/corpus); BENCH_CORPUS_GENERATOR names an outside generator instead
 * (`node GENERATOR N OUTDIR` writing `.mdx` files, queries.json and manifest.json), to compare
 * with a corpus another site was measured on.
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
import { join, relative } from 'node:path';
import { makeCorpus, writeEntries, type Query } from '../corpus/generate';

export type { Query };

export interface Corpus {
	n: number;
	/** Slug of the manifest's `typical` entry: its page is the one measured in the browser. */
	typical: string;
	queries: readonly Query[];
}

const PLACEHOLDER = /\[\$([A-Z][A-Z0-9_]*)\]/g;

/**
 * Our build refuses a `[$NAME]` placeholder without a label (readers must know what to type). An
 * outside generator may write bare fences; declaring each block's placeholders in its fence meta
 * is what an author would do.
 */
function labelPlaceholders(mdx: string): string {
	return mdx.replace(/^```(\w+)\n([\s\S]*?)^```$/gm, (block, lang: string, code: string) => {
		const names = [...new Set([...code.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
		if (names.length === 0) return block;
		const meta = names.map((name) => `[$${name}]=Nilai ${name.toLowerCase().replaceAll('_', ' ')}`);
		return `\`\`\`${lang} placeholders="${meta.join(';')}"\n${code}\`\`\``;
	});
}

/** What `generateCorpus` uses, for the results file. */
export const corpusGenerator = (): string =>
	process.env['BENCH_CORPUS_GENERATOR'] ?? 'bench/corpus';

/** N entries of our corpus (or the outside one), written into `contentDir` when it is given. */
export function generateCorpus(n: number, contentDir?: string): Corpus {
	const generator = corpusGenerator();
	if (contentDir) {
		rmSync(contentDir, { recursive: true, force: true });
		mkdirSync(contentDir, { recursive: true });
	}
	if (generator !== 'bench/corpus') return outsideCorpus(generator, n, contentDir);
	const corpus = makeCorpus(n);
	if (contentDir) writeEntries(corpus, contentDir);
	return { n, typical: corpus.manifest.typical, queries: corpus.queries };
}

/** Runs the outside generator in a temp dir, so its queries.json and manifest.json stay out of content/. */
function outsideCorpus(generator: string, n: number, contentDir: string | undefined): Corpus {
	const scratch = mkdtempSync(join(tmpdir(), `bench-corpus-${n}-`));
	try {
		execFileSync(process.execPath, [generator, String(n), scratch], { stdio: 'pipe' });
		if (contentDir) {
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
