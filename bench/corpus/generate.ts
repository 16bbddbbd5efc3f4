/**
 * The project's synthetic FAQ corpus: realistic Indonesian entries that our schema accepts as
 * written, a query set with the entry each query must find first, and a manifest. Tests use it
 * in memory; the benchmarks write it beside the real entries (bench/lib/corpus.ts).
 *
 * Entry i depends only on (seed, i): the first 20 entries of a 10,000-entry corpus are the
 * 20-entry corpus, so results at different sizes compare the same pages.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLUSTER_TYPES, OPERATING_SYSTEMS, RUNTIMES, keysOf } from '../../src/config/facets';
import { type Random, between, chance, oneOf, shuffled, stream } from './random';
import { type CodeBlock, type Scenario, SCENARIOS } from './scenarios';
import {
	COMPONENTS,
	FILLERS,
	INTROS,
	KUBERNETES_RANGES,
	NAMESPACES,
	PLACEHOLDER_EXAMPLES,
	PLACEHOLDER_LABELS,
	SERVICE_PORTS,
	SITUATIONS,
	TABLES,
	VOLATILE,
} from './vocabulary';

const DEFAULT_SEED = '1';
const DEFAULT_QUERIES = 40;

/** What an entry is about, beside its text: what tests and queries need to know of it. */
export interface CorpusEntry {
	readonly index: number;
	readonly slug: string;
	/** `<slug>.mdx` */
	readonly file: string;
	readonly scenario: string;
	readonly category: string;
	readonly comp: string;
	readonly ns: string;
	readonly port: string;
	readonly situation: string;
	/** The error as the entry shows it (also in `errors` unless the author left it out). */
	readonly errorLine: string;
	/** The frontmatter's `errors`. */
	readonly errors: readonly string[];
	/** Every code block, as written (placeholders included). */
	readonly blocks: readonly { readonly lang: string; readonly code: string }[];
	/** Words of prose, code excluded. */
	readonly words: number;
	readonly codeBlocks: number;
	readonly hasTable: boolean;
	/** The whole `.mdx` file. */
	readonly text: string;
}

export interface Query {
	readonly id: string;
	readonly type: 'exact_error' | 'changed_error' | 'keyword' | 'command';
	readonly q: string;
	/** The slug that must rank first. */
	readonly expected: string;
	/** Slugs a reader would also accept (always includes `expected`). */
	readonly relevant: readonly string[];
}

interface Manifest {
	readonly seed: string;
	readonly n: number;
	readonly generator: string;
	readonly medianWords: number;
	/** Slug of an entry of median length with two code blocks and no table: the page to measure. */
	readonly typical: string;
	readonly entries: readonly Omit<CorpusEntry, 'text' | 'blocks' | 'errors' | 'errorLine'>[];
}

export interface Corpus {
	readonly seed: string;
	readonly entries: readonly CorpusEntry[];
	readonly queries: readonly Query[];
	readonly manifest: Manifest;
}

/** Scenario of entry i: they take turns, in an order fixed by the seed. */
const orders = new Map<string, number[]>();
function scenarioOrder(seed: string): number[] {
	let order = orders.get(seed);
	if (!order) {
		order = shuffled(stream(seed, 'scenarios'), SCENARIOS.keys().toArray());
		orders.set(seed, order);
	}
	return order;
}

/**
 * The component and namespace of each turn of a scenario: every pair once, in an order fixed by
 * the seed, before any pair repeats. Near-duplicates are the point: the same error in many
 * components and namespaces.
 */
const pairOrders = new Map<string, number[]>();
function pairOf(seed: string, scenario: number, turn: number) {
	const key = `${seed}\u001f${scenario}`;
	let order = pairOrders.get(key);
	if (!order) {
		const count = COMPONENTS.length * NAMESPACES.length;
		order = shuffled(stream(seed, 'pairs', scenario), [...Array(count).keys()]);
		pairOrders.set(key, order);
	}
	const pair = order[turn % order.length]!;
	return {
		comp: COMPONENTS[pair % COMPONENTS.length]!,
		ns: NAMESPACES[Math.floor(pair / COMPONENTS.length)]!,
		/** How often this pair has come round before. */
		cycle: Math.floor(turn / order.length),
	};
}

function identity(seed: string, index: number) {
	const order = scenarioOrder(seed);
	const scenarioIndex = order[index % order.length]!;
	const scenario = SCENARIOS[scenarioIndex]!;
	const { comp, ns, cycle } = pairOf(seed, scenarioIndex, Math.floor(index / order.length));
	const slug = `${scenario.id}-${comp}-${ns}${cycle > 0 ? `-${cycle + 1}` : ''}`;
	return { scenario, comp, ns, slug };
}

const TEMPLATE = /\{([a-z0-9]+)\}/g;
const fill = (template: string, values: Readonly<Record<string, string>>) =>
	template.replace(TEMPLATE, (whole, name: string) => values[name] ?? whole);
const volatileNames = (template: string) =>
	[...new Set([...template.matchAll(TEMPLATE)].map((m) => m[1]!))].filter(
		(name) => name in VOLATILE,
	);
/** The entry's own values an error names: a reader's log of the same problem names them too. */
const IDENTITY = ['comp', 'ns', 'port'] as const;
const identityNames = (template: string) =>
	IDENTITY.filter((name) => template.includes(`{${name}}`));

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const pad = (n: number) => String(n).padStart(2, '0');
/** The values of a facet vocabulary that `pick` keeps, in vocabulary order. */
const inOrder = <T extends string>(all: readonly T[], keep: ReadonlySet<string>) =>
	all.filter((value) => keep.has(value));

const PLACEHOLDER = /\[\$([A-Z][A-Z0-9_]*)\]/g;

/** A fence with every placeholder of the block declared, as our build requires. */
function fence(block: CodeBlock, code: string): string {
	const names = [...new Set([...code.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
	const declarations = names.map((name) => {
		const label = PLACEHOLDER_LABELS[name];
		if (!label)
			throw new Error(`bench/corpus: placeholder [$${name}] has no label in vocabulary.ts`);
		const example = PLACEHOLDER_EXAMPLES[name];
		return `[$${name}]=${label}${example ? `|${example}` : ''}`;
	});
	const meta = [
		block.lang,
		...(block.tab ? [`tab="${block.tab}"`] : []),
		...(declarations.length ? [`placeholders="${declarations.join('; ')}"`] : []),
	];
	return `\`\`\`${meta.join(' ')}\n${code}\n\`\`\``;
}

/** The blocks an entry shows: a prefix of its scenario's, never splitting a pair of tabs. */
function chooseBlocks(random: Random, scenario: Scenario, windows: boolean): CodeBlock[][] {
	const usable = scenario.blocks.filter((block) => windows || !block.windows);
	const groups: CodeBlock[][] = [];
	for (const block of usable) {
		const last = groups.at(-1);
		if (block.tab && last?.[0]?.tab && !last.some((b) => b.tab === block.tab)) last.push(block);
		else groups.push([block]);
	}
	return groups.slice(0, between(random, 1, groups.length));
}

/** Entry `index` of the corpus made with `seed`. */
export function makeEntry(index: number, seed: string = DEFAULT_SEED): CorpusEntry {
	const { scenario, comp, ns, slug } = identity(seed, index);
	const random = stream(seed, 'entry', index);
	const situation = oneOf(random, SITUATIONS);
	const port = oneOf(random, SERVICE_PORTS);
	const values: Record<string, string> = { comp, ns, port, situation: situation.text };
	for (const name of volatileNames(scenario.error)) values[name] = VOLATILE[name]!(random);
	const text = (template: string) => fill(template, values);
	const errorLine = text(scenario.error);

	const windows = situation.os === 'windows';
	const groups = chooseBlocks(random, scenario, windows);
	const blocks = groups.flat().map((block) => ({ lang: block.lang, code: text(block.code) }));
	const fences = groups.map((group) =>
		group.map((block) => fence(block, text(block.code))).join('\n\n'),
	);

	// Facets, tagged the way README's rules say: by who can ask the question.
	const runtime = new Set(scenario.runtime.filter(() => chance(random, 0.7)));
	if (situation.runtime) runtime.add(situation.runtime);
	const clusterType = new Set(
		chance(random, 0.15) ? [] : keysOf(CLUSTER_TYPES).filter(() => chance(random, 0.3)),
	);
	if (situation.clusterType) clusterType.add(situation.clusterType);
	const os = new Set<string>(scenario.os ?? (chance(random, 0.3) ? [] : ['linux']));
	if (windows) {
		os.add('windows');
		if (chance(random, 0.5)) os.delete('linux');
	}
	const kubernetes =
		situation.kubernetes ?? oneOf(random, scenario.kubernetes ?? KUBERNETES_RANGES);
	const errors = chance(random, 0.9) ? [errorLine] : [];
	const keywords = scenario.keywords.filter((_, i) => i === 0 || chance(random, 0.6));
	const related =
		index >= SCENARIOS.length && chance(random, 0.4)
			? identity(seed, index - SCENARIOS.length)
			: undefined;
	const month = between(random, 0, 22);
	const updated = `${2025 + Math.floor(month / 12)}-${pad((month % 12) + 1)}-${pad(between(random, 1, 28))}`;

	// Prose: the scenario's sentences, then fillers until the entry is as long as a real one.
	const intro = [text(oneOf(random, INTROS))];
	const symptoms = scenario.symptoms.map(text);
	const causes = scenario.causes.map(text);
	const closing: string[] = [];
	const steps = scenario.steps.map(text);
	const table = chance(random, 0.35) ? oneOf(random, TABLES)(random, comp, port) : undefined;
	const target = between(random, 230, 380);
	let words = countWords([...intro, ...symptoms, ...causes, ...steps].join(' '));
	for (const filler of shuffled(random, FILLERS)) {
		if (words >= target) break;
		const sentence = text(filler);
		oneOf(random, [intro, symptoms, causes, closing]).push(sentence);
		words += countWords(sentence);
	}

	const body = [
		intro.join(' '),
		'## Gejala',
		symptoms.join(' '),
		'Pesan galat di log atau event:',
		`\`\`\`text\n${errorLine}\n\`\`\``,
		...(fences.length > 1
			? ['Untuk memastikan penyebabnya, jalankan pemeriksaan berikut:', fences[0]!]
			: []),
		'## Penyebab',
		causes.join(' '),
		...(table ? [table.join('\n')] : []),
		'## Solusi {/* #solusi */}',
		'Ikuti langkah berikut secara berurutan:',
		steps.map((step, i) => `${i + 1}. ${step}`).join('\n'),
		...(fences.length > 1 ? fences.slice(1) : fences),
		...(scenario.caution && chance(random, 0.5) ? [`> [!WARNING]\n> ${scenario.caution}`] : []),
		...(closing.length ? [closing.join(' ')] : []),
		...(related
			? [`Lihat juga [kasus yang sama pada ${related.comp}](faq:${related.slug}#solusi).`]
			: []),
	];
	const list = (items: readonly string[]) => `[${items.map((v) => JSON.stringify(v)).join(', ')}]`;
	const frontmatter = [
		'---',
		`ref: ACK-${100000 + index}`,
		`title: ${JSON.stringify(text(scenario.title))}`,
		`description: ${JSON.stringify(text(scenario.description))}`,
		`category: ${scenario.category}`,
		`runtime: ${list(inOrder(keysOf(RUNTIMES), runtime))}`,
		`clusterType: ${list(inOrder(keysOf(CLUSTER_TYPES), clusterType))}`,
		`kubernetes: ${JSON.stringify(kubernetes)}`,
		`os: ${list(inOrder(keysOf(OPERATING_SYSTEMS), os))}`,
		errors.length
			? `errors:\n${errors.map((e) => `  - ${JSON.stringify(e)}`).join('\n')}`
			: 'errors: []',
		`keywords: ${list(keywords)}`,
		`related: ${list(related ? [related.slug] : [])}`,
		`updated: ${updated}`,
		'---',
	];
	return {
		index,
		slug,
		file: `${slug}.mdx`,
		scenario: scenario.id,
		category: scenario.category,
		comp,
		ns,
		port,
		situation: situation.id,
		errorLine,
		errors,
		blocks,
		words,
		codeBlocks: blocks.length,
		hasTable: table !== undefined,
		text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`,
	};
}

interface CorpusOptions {
	readonly seed?: string;
	/** How many queries; about a quarter of each type. */
	readonly queries?: number;
}

/** `n` entries with their queries and manifest. */
export function makeCorpus(n: number, options: CorpusOptions = {}): Corpus {
	const seed = options.seed ?? DEFAULT_SEED;
	const entries = Array.from({ length: n }, (_, i) => makeEntry(i, seed));
	return {
		seed,
		entries,
		queries: makeQueries(entries, seed, options.queries ?? DEFAULT_QUERIES),
		manifest: makeManifest(entries, seed),
	};
}

/** Writes the entries as `.mdx` files into `dir` (which must exist); queries stay in memory. */
export function writeEntries(corpus: Corpus, dir: string): void {
	for (const entry of corpus.entries) writeFileSync(join(dir, entry.file), entry.text);
}

const scenarioOf = (entry: CorpusEntry) => SCENARIOS.find((s) => s.id === entry.scenario)!;

/**
 * Queries as readers type them, each naming what tells its entry apart from the near-duplicates
 * (the component, and the namespace when the component alone does not): the entry each must
 * find first is then well defined. Targets whose words match another entry too are avoided.
 */
function makeQueries(entries: readonly CorpusEntry[], seed: string, count: number): Query[] {
	if (entries.length === 0) return [];
	const random = stream(seed, 'queries', entries.length);
	const queries: Query[] = [];
	const seen = new Set<string>();
	const used = new Set<number>();
	const add = (type: Query['type'], q: string, expected: CorpusEntry, relevant: CorpusEntry[]) => {
		if (seen.has(q)) return false;
		seen.add(q);
		used.add(expected.index);
		queries.push({
			id: `q${queries.length + 1}`,
			type,
			q,
			expected: expected.slug,
			relevant: [...new Set([expected.slug, ...relevant.map((e) => e.slug)])],
		});
		return true;
	};
	/** Tries targets until `make` returns a query for one; unused targets first. */
	const each = (
		type: Query['type'],
		wanted: number,
		make: (entry: CorpusEntry, attempt: number) => [string, CorpusEntry[]] | undefined,
	) => {
		for (let made = 0, attempt = 0; made < wanted && attempt < wanted * 50; attempt++) {
			const entry = entries[Math.floor(random() * entries.length)]!;
			if (used.has(entry.index) && attempt < wanted * 25) continue;
			const query = make(entry, attempt);
			if (query && add(type, query[0], entry, query[1])) made++;
		}
	};
	const sameError = (entry: CorpusEntry, names: readonly string[]) =>
		entries.filter(
			(other) =>
				other.scenario === entry.scenario &&
				names.every(
					(name) =>
						other[name as (typeof IDENTITY)[number]] === entry[name as (typeof IDENTITY)[number]],
				),
		);
	const types = {
		exact_error: Math.round(count * 0.25),
		changed_error: Math.round(count * 0.25),
		keyword: Math.round(count * 0.3),
	};
	const commands = count - types.exact_error - types.changed_error - types.keyword;

	each('exact_error', types.exact_error, (entry) => [
		entry.errorLine,
		entries.filter((other) => other.errorLine === entry.errorLine),
	]);

	// The same error from another cluster: new timestamps, addresses and hashes; the same component,
	// namespace and port. Only errors that name one of those can point at one entry.
	each('changed_error', types.changed_error, (entry, attempt) => {
		const template = scenarioOf(entry).error;
		const names = identityNames(template);
		const volatile = volatileNames(template);
		if (names.length === 0 || volatile.length === 0) return undefined;
		const relevant = sameError(entry, names);
		if (relevant.length > 1 && attempt < types.changed_error * 40) return undefined;
		const reroll = stream(seed, 'changed', entry.index, attempt);
		const values: Record<string, string> = { comp: entry.comp, ns: entry.ns, port: entry.port };
		for (const name of volatile) values[name] = VOLATILE[name]!(reroll);
		const q = fill(template, values);
		return q === entry.errorLine ? undefined : [q, relevant];
	});

	// A few of the reader's words, plus the component, plus the namespace if it is needed.
	each('keyword', types.keyword, (entry, attempt) => {
		const words = oneOf(random, scenarioOf(entry).searches);
		const byComp = sameError(entry, ['comp']);
		if (byComp.length === 1) return [`${words} ${entry.comp}`, byComp];
		const byBoth = sameError(entry, ['comp', 'ns']);
		if (byBoth.length > 1 && attempt < types.keyword * 40) return undefined;
		return [`${words} ${entry.comp} ${entry.ns}`, byBoth];
	});

	// A command as a reader pastes it from their history: a run of an entry's command line without
	// placeholders, one that names its component or namespace.
	each('command', commands, (entry, attempt) => {
		const fragments = entry.blocks
			.filter((block) => block.lang !== 'yaml')
			.flatMap((block) => block.code.split('\n'))
			.map(fragmentOf)
			.filter(
				(f): f is string => f !== undefined && (f.includes(entry.comp) || f.includes(entry.ns)),
			);
		if (fragments.length === 0) return undefined;
		const fragment = oneOf(random, fragments);
		const relevant = entries.filter((other) =>
			other.blocks.some((block) => block.code.includes(fragment)),
		);
		if (relevant.length > 1 && attempt < commands * 40) return undefined;
		return [fragment, relevant];
	});
	return queries;
}

/** The longest run of 2 to 6 words of a command line without placeholders, if 12 characters or more. */
function fragmentOf(line: string): string | undefined {
	const runs: string[][] = [[]];
	for (const word of line.trim().split(/\s+/)) {
		if (word.includes('[$')) runs.push([]);
		else runs.at(-1)!.push(word);
	}
	let best = '';
	for (const run of runs) {
		while (run.length && /^(--|\||&&|-|ssh)$/.test(run[0]!)) run.shift();
		const fragment = run.slice(0, 6).join(' ');
		if (run.length >= 2 && fragment.length > best.length) best = fragment;
	}
	return best.length >= 12 ? best : undefined;
}

function makeManifest(entries: readonly CorpusEntry[], seed: string): Manifest {
	const words = entries.map((e) => e.words).sort((a, b) => a - b);
	const medianWords = words[Math.floor(words.length / 2)] ?? 0;
	const candidates = entries.filter((e) => e.codeBlocks === 2 && !e.hasTable);
	const typical = (candidates.length ? candidates : entries).reduce<CorpusEntry | undefined>(
		(best, e) =>
			!best || Math.abs(e.words - medianWords) < Math.abs(best.words - medianWords) ? e : best,
		undefined,
	);
	return {
		seed,
		n: entries.length,
		generator: 'bench/corpus v1',
		medianWords,
		typical: typical?.slug ?? '',
		entries: entries.map(
			({ text: _text, blocks: _blocks, errors: _errors, errorLine: _line, ...facts }) => facts,
		),
	};
}
