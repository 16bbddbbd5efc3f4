/**
 * Metadata for search engines and link previews: schema.org FAQPage JSON-LD and OpenGraph.
 * Google shows FAQ rich results only for authoritative government and health sites, so the
 * JSON-LD mainly serves other consumers; it still follows Google's required properties
 * (FAQPage.mainEntity, Question.name, Question.acceptedAnswer, Answer.text).
 */

/** Input of faqPageJsonLd. */
export interface FaqPageInput {
	/** The question exactly as the page shows it (the <h1>). */
	title: string;
	/**
	 * The full answer as shown on the page: plain text, or HTML limited to the tags Google
	 * accepts in Answer.text (h1–h6, br, ol, ul, li, a, p, div, b, strong, i, em).
	 */
	answerText: string;
	/** Absolute canonical URL of the page. */
	url: string;
}

/** A schema.org Answer. */
export interface AnswerJsonLd {
	'@type': 'Answer';
	text: string;
}

/** A schema.org Question with its accepted answer. */
export interface QuestionJsonLd {
	'@type': 'Question';
	name: string;
	acceptedAnswer: AnswerJsonLd;
}

/** A schema.org FAQPage. */
export interface FaqPageJsonLd {
	'@context': 'https://schema.org';
	'@type': 'FAQPage';
	url: string;
	inLanguage: 'id';
	mainEntity: QuestionJsonLd[];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The FAQPage object of one entry page: one Question carrying its acceptedAnswer. Throws a
 * TypeError for an empty question or answer, or a URL that is not absolute: Google rejects
 * such markup, and it would only ever come from a wiring mistake.
 */
export function faqPageJsonLd({ title, answerText, url }: FaqPageInput): FaqPageJsonLd {
	const name = oneLine(title);
	const text = oneLine(answerText);
	if (!name) throw new TypeError('faqPageJsonLd: title: is empty; pass the question');
	if (!text)
		throw new TypeError(`faqPageJsonLd: answerText: is empty for "${name}"; pass the answer`);
	if (!/^https?:\/\//.test(url)) {
		throw new TypeError(
			`faqPageJsonLd: url: found ${JSON.stringify(url)}; pass the absolute canonical URL`,
		);
	}
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		url,
		inLanguage: 'id',
		mainEntity: [{ '@type': 'Question', name, acceptedAnswer: { '@type': 'Answer', text } }],
	};
}

/** Input of openGraph. */
export interface OpenGraphInput {
	title: string;
	description: string;
	/** Absolute canonical URL. */
	url: string;
	siteName: string;
}

/** One `<meta property content>` tag. */
export interface MetaProperty {
	property: string;
	content: string;
}

/** The OpenGraph tags of an entry page, in a stable order, for `<meta property={…} content={…}>`. */
export function openGraph({ title, description, url, siteName }: OpenGraphInput): MetaProperty[] {
	return [
		{ property: 'og:type', content: 'article' },
		{ property: 'og:locale', content: 'id_ID' },
		{ property: 'og:site_name', content: oneLine(siteName) },
		{ property: 'og:title', content: oneLine(title) },
		{ property: 'og:description', content: oneLine(description) },
		{ property: 'og:url', content: url },
	];
}

const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * `value` as JSON that is safe as the text of any `<script>` element (JSON-LD, or the
 * `application/json` data blocks of src/scripts/faq-share.ts): `<`, `>`, `&`, U+2028 and U+2029
 * are written as \u escapes, so no string can close the element or open a comment. Use it with
 * `<script type="application/ld+json" set:html={jsonLdScript(data)} />`.
 */
export function jsonLdScript(value: unknown): string {
	const json = JSON.stringify(value);
	if (json === undefined) throw new TypeError('jsonLdScript: the value has no JSON form');
	return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
