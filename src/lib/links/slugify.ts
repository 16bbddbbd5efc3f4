/**
 * A slug for a new entry from its question. Slugs end up in URLs pasted into tickets, so they are
 * short, ASCII and made of the words that carry meaning, not of the question's grammar.
 */

/** Indonesian question words, pronouns and particles that say nothing about the topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'apa',
	'apakah',
	'siapa',
	'mengapa',
	'kenapa',
	'kapan',
	'mana',
	'dimana',
	'bagaimana',
	'bagaimanakah',
	'berapa',
	'cara',
	'dapatkah',
	'bisakah',
	'haruskah',
	'perlukah',
	'jika',
	'kalau',
	'apabila',
	'bila',
	'saya',
	'aku',
	'kami',
	'kita',
	'anda',
	'kamu',
	'yang',
	'dan',
	'atau',
	'di',
	'ke',
	'dari',
	'untuk',
	'pada',
	'dengan',
	'dalam',
	'oleh',
	'ini',
	'itu',
	'tersebut',
	'adalah',
	'ialah',
	'akan',
	'sudah',
	'telah',
	'harus',
	'perlu',
	'bisa',
	'dapat',
	'lakukan',
	'melakukan',
	'saat',
	'ketika',
	'agar',
	'supaya',
	'sebuah',
	'suatu',
	'para',
	'juga',
	'lagi',
	'masih',
	'hanya',
	'saja',
]);

/** At most this many words, so the URL stays readable in a ticket. */
export const MAX_SLUG_WORDS = 6;

// Letters NFKD does not split into a base letter and a mark.
const FOLD: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ł: 'l',
	ı: 'i',
	þ: 'th',
};

/**
 * `Bagaimana cara mengumpulkan informasi diagnostik?` → `mengumpulkan-informasi-diagnostik`:
 * lowercase, ASCII-folded, stop words dropped, repeated words once, at most six words.
 * Throws when the question has no letters or digits at all.
 */
export function slugify(question: string): string {
	const words = question
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\x00-\x7f]/g, (c) => FOLD[c] ?? ' ')
		.split(/[^a-z0-9]+/)
		.filter((w) => w !== '');
	if (words.length === 0) {
		throw new Error(
			`cannot make a slug from ${JSON.stringify(question)}; it has no letters or digits`,
		);
	}
	const meaningful = words.filter((w) => !STOP_WORDS.has(w));
	return [...new Set(meaningful.length ? meaningful : words)].slice(0, MAX_SLUG_WORDS).join('-');
}
