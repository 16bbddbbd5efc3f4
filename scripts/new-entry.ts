/**
 * Starts a new FAQ entry from its question.
 *
 *   npm run new-entry -- "Bagaimana cara memperbarui sertifikat kluster?" [--slug custom-slug]
 *
 * Writes content/faq/<slug>.mdx with the next free ref and a skeleton whose TODOs the author
 * fills in. Refuses to overwrite a file or to take a slug or ref that any entry has, or that was
 * ever published (links.lock.json), since old ticket links would then lead to the wrong question.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { faqSchema } from '../src/schemas/faq';
import { entrySkeleton } from '../src/lib/links/entry-skeleton';
import { parseLock } from '../src/lib/links/link-lock';
import { nextRef } from '../src/lib/links/next-ref';
import { slugify } from '../src/lib/links/slugify';

const DIR = 'content/faq';
const LOCK = 'links.lock.json';
const USAGE = 'usage: npm run new-entry -- "Pertanyaan lengkap?" [--slug custom-slug]';

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

const args = process.argv.slice(2);
let question: string | undefined;
let slugArg: string | undefined;
for (let i = 0; i < args.length; i++) {
	const arg = args[i]!;
	if (arg === '--slug') slugArg = args[++i] ?? fail(USAGE);
	else if (arg.startsWith('-') || question !== undefined) fail(USAGE);
	else question = arg;
}
if (question === undefined) fail(USAGE);

const title = faqSchema.shape.title.safeParse(question);
if (!title.success) fail(`title: ${title.error.issues.map((i) => i.message).join('; ')}`);

// Real entries only: synthetic corpora live in content/bench and must not move the numbering.
const refs: string[] = [];
const aliasOwner = new Map<string, string>();
for (const name of readdirSync(DIR).filter((f) => f.endsWith('.mdx'))) {
	const file = join(DIR, name);
	let frontmatter: Record<string, unknown>;
	try {
		frontmatter = parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
	} catch (error) {
		fail(`${file}: cannot read its frontmatter: ${(error as Error).message}`);
	}
	if (typeof frontmatter['ref'] === 'string') refs.push(frontmatter['ref']);
	const aliases = frontmatter['aliases'];
	if (Array.isArray(aliases)) for (const alias of aliases) aliasOwner.set(String(alias), file);
}
const lock = existsSync(LOCK) ? parseLock(JSON.parse(readFileSync(LOCK, 'utf8')), LOCK) : undefined;
const published = lock?.pages ?? {};

let slug: string;
try {
	slug = slugArg ?? slugify(question);
} catch (error) {
	fail(`${(error as Error).message}; pass one with --slug`);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
	fail(`--slug: "${slug}" is not a slug; allowed: lowercase letters, digits and single hyphens`);
}
const file = join(DIR, `${slug}.mdx`);
const owner = aliasOwner.get(slug);
const locked = published[`/faq/${slug}/`];
if (existsSync(file)) fail(`${file} already exists; pick another slug with --slug`);
if (owner) fail(`"${slug}" is an earlier slug (alias) of ${owner}; pick another slug with --slug`);
if (locked) {
	fail(
		`"${slug}" was published for ${locked.ref} (${LOCK}); reusing it would send old ticket links to a new question. Pick another slug with --slug`,
	);
}

const ref = nextRef([...refs, ...Object.values(published).map((p) => p.ref)]);
// The author's calendar day, not UTC's: an entry written at 06:00 in Jakarta is dated that day.
const updated = new Intl.DateTimeFormat('en-CA', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
}).format(new Date());
writeFileSync(file, entrySkeleton({ ref, question, updated }), { flag: 'wx' });
console.log(`Created ${file} (${ref}).`);
console.log(
	'Fill in description and category, replace every TODO, then rename the file if the slug reads badly.',
);
