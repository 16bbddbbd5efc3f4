import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { createEntryRenderer } from '../../src/markdown/pipeline';
import { parseFaqData } from '../../src/schemas/faq';
import { type CorpusEntry, makeCorpus, makeEntry } from './generate';
import { SCENARIOS } from './scenarios';

const corpus = makeCorpus(1000, { queries: 200 });
const bySlug = new Map(corpus.entries.map((entry) => [entry.slug, entry]));

describe('the synthetic corpus', () => {
	it('makes entry i from the seed and i alone', () => {
		const small = makeCorpus(20);
		expect(small.entries.map((e) => e.text)).toEqual(
			corpus.entries.slice(0, 20).map((e) => e.text),
		);
		expect(makeEntry(517).text).toBe(corpus.entries[517]!.text);
		expect(makeEntry(517, '2').text).not.toBe(corpus.entries[517]!.text);
	});

	it('makes the same queries for the same size and seed', { timeout: 60_000 }, () => {
		expect(makeCorpus(300, { queries: 100 }).queries).toEqual(
			makeCorpus(300, { queries: 100 }).queries,
		);
	});

	it('writes frontmatter our schema accepts as it is', { timeout: 60_000 }, () => {
		const problems: string[] = [];
		for (const entry of corpus.entries) {
			try {
				const { frontmatter } = parseFrontmatter(entry.text);
				const data = parseFaqData(frontmatter, entry.file);
				expect(data.errors).toEqual(entry.errors);
			} catch (error) {
				problems.push((error as Error).message);
			}
		}
		expect(problems).toEqual([]);
	});

	it('gives every entry its own slug and ref, and relates entries only to existing ones', () => {
		expect(bySlug.size).toBe(corpus.entries.length);
		const refs = corpus.entries.map((e) => /^ref: (.*)$/m.exec(e.text)?.[1]);
		expect(new Set(refs).size).toBe(corpus.entries.length);
		for (const entry of corpus.entries) {
			for (const [, slug] of entry.text.matchAll(/\(faq:([a-z0-9-]+)#solusi\)/g))
				expect(bySlug.get(slug!)?.index).toBeLessThan(entry.index);
		}
	});

	it('renders through the site pipeline: declared placeholders, working faq: links, tabs', async () => {
		const render = await createEntryRenderer(
			{ site: 'https://faq.example', base: '/', slugs: [...bySlug.keys()] },
			{ type: 'shiki', excludeLangs: ['math'] },
		);
		// Every scenario, with each of its blocks, Windows ones and tab pairs included.
		const sample = SCENARIOS.flatMap((scenario) => {
			const of = corpus.entries.filter((e) => e.scenario === scenario.id);
			const widest = of.reduce((a, b) => (b.codeBlocks > a.codeBlocks ? b : a));
			const windows = of.find((e) => e.situation === 'windows');
			const linked = of.find((e) => e.text.includes('(faq:'));
			return [widest, ...(windows ? [windows] : []), ...(linked ? [linked] : [])];
		});
		for (const entry of sample) {
			const { content } = parseFrontmatter(entry.text, { frontmatter: 'empty-with-lines' });
			const { html } = await render(`/proyek/content/bench/${entry.file}`, content, {});
			expect(html, entry.file).toContain('<h2 id="solusi"');
			for (const block of entry.blocks)
				for (const [, name] of block.code.matchAll(/\[\$([A-Z_]+)\]/g))
					expect(html, entry.file).toContain(`data-ph="${name}"`);
			if (entry.text.includes('tab="docker"')) expect(html).toContain('data-tab-group');
		}
		expect(sample.some((e) => e.blocks.some((b) => b.lang === 'powershell'))).toBe(true);
		expect(sample.some((e) => e.text.includes('tab="docker"'))).toBe(true);
	}, 60_000);

	it('repeats each error scenario across components and namespaces', () => {
		for (const scenario of SCENARIOS) {
			const of = corpus.entries.filter((e) => e.scenario === scenario.id);
			expect(new Set(of.map((e) => e.comp)).size).toBeGreaterThanOrEqual(15);
			expect(new Set(of.map((e) => e.ns)).size).toBeGreaterThanOrEqual(15);
			// Within a scenario, the component and namespace tell entries apart.
			expect(new Set(of.map((e) => `${e.comp} ${e.ns}`)).size).toBe(of.length);
		}
	});

	it('writes entries the length of real ones, with a typical entry to measure', () => {
		const words = corpus.entries.map((e) => e.words);
		expect(Math.min(...words)).toBeGreaterThanOrEqual(150);
		expect(Math.max(...words)).toBeLessThanOrEqual(500);
		const typical = bySlug.get(corpus.manifest.typical)!;
		expect(typical.codeBlocks).toBe(2);
		expect(typical.hasTable).toBe(false);
		expect(Math.abs(typical.words - corpus.manifest.medianWords)).toBeLessThanOrEqual(10);
	});
});

describe('the query set', () => {
	const entry = (slug: string): CorpusEntry => {
		const found = bySlug.get(slug);
		if (!found) throw new Error(`query names ${slug}, which is not in the corpus`);
		return found;
	};

	it('has 40 queries by default, about a quarter of each type', { timeout: 60_000 }, () => {
		const { queries } = makeCorpus(400);
		expect(queries).toHaveLength(40);
		const count = (type: string) => queries.filter((q) => q.type === type).length;
		expect([
			count('exact_error'),
			count('changed_error'),
			count('keyword'),
			count('command'),
		]).toEqual([10, 10, 12, 8]);
		expect(new Set(queries.map((q) => q.id)).size).toBe(40);
	});

	it('names entries of the corpus, the expected one among the relevant ones', () => {
		for (const query of corpus.queries) {
			entry(query.expected);
			query.relevant.forEach(entry);
			expect(query.relevant).toContain(query.expected);
		}
	});

	it('pastes exact errors as the entry shows them, and changed ones with other volatile values', () => {
		for (const query of corpus.queries.filter((q) => q.type === 'exact_error'))
			expect(entry(query.expected).errorLine).toBe(query.q);
		const changed = corpus.queries.filter((q) => q.type === 'changed_error');
		expect(changed.length).toBe(50);
		for (const query of changed) {
			const expected = entry(query.expected);
			expect(query.q).not.toBe(expected.errorLine);
			// What the error said about the entry's own component and namespace stays.
			if (expected.errorLine.includes(expected.comp)) expect(query.q).toContain(expected.comp);
			if (expected.errorLine.includes(`/${expected.ns}/`))
				expect(query.q).toContain(`/${expected.ns}/`);
		}
	});

	it('names what tells the expected entry apart from its near-duplicates', () => {
		const words = corpus.queries.filter((q) => q.type === 'keyword' || q.type === 'command');
		for (const query of words) {
			const expected = entry(query.expected);
			expect(query.q.includes(expected.comp) || query.q.includes(expected.ns)).toBe(true);
		}
		// Nearly always that is enough for one entry; the rest list the entries that fit as well.
		const unique = corpus.queries.filter((q) => q.relevant.length === 1).length;
		expect(unique / corpus.queries.length).toBeGreaterThan(0.9);
		const commands = corpus.queries.filter((q) => q.type === 'command');
		for (const query of commands)
			expect(
				entry(query.expected).blocks.some((b) => b.code.includes(query.q)),
				query.q,
			).toBe(true);
	});
});
