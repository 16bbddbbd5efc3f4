import { describe, expect, it } from 'vitest';
import { faqPageJsonLd, jsonLdScript, openGraph } from './structured-data';

const page = {
	title: 'Apakah kluster ACK mendukung Istio?',
	answerText: 'Ya, Anda dapat menambahkan kluster ACK\n  ke instans ASM.',
	url: 'https://help.example.com/faq/dukungan-istio/',
};

describe('faqPageJsonLd', () => {
	it('returns a FAQPage whose every Question carries an acceptedAnswer with text', () => {
		const data = faqPageJsonLd(page);
		expect(data).toEqual({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			url: 'https://help.example.com/faq/dukungan-istio/',
			inLanguage: 'id',
			mainEntity: [
				{
					'@type': 'Question',
					name: 'Apakah kluster ACK mendukung Istio?',
					acceptedAnswer: {
						'@type': 'Answer',
						text: 'Ya, Anda dapat menambahkan kluster ACK ke instans ASM.',
					},
				},
			],
		});
		for (const question of data.mainEntity) {
			expect(question.name).not.toBe('');
			expect(question.acceptedAnswer['@type']).toBe('Answer');
			expect(question.acceptedAnswer.text).not.toBe('');
		}
	});

	it('refuses an empty question or answer and a relative URL', () => {
		expect(() => faqPageJsonLd({ ...page, title: '  ' })).toThrow(
			'faqPageJsonLd: title: is empty; pass the question',
		);
		expect(() => faqPageJsonLd({ ...page, answerText: '' })).toThrow(/answerText: is empty/);
		expect(() => faqPageJsonLd({ ...page, url: '/faq/dukungan-istio/' })).toThrow(
			'faqPageJsonLd: url: found "/faq/dukungan-istio/"; pass the absolute canonical URL',
		);
	});
});

describe('openGraph', () => {
	it('lists the OpenGraph properties of an article in a stable order', () => {
		expect(
			openGraph({
				title: page.title,
				description: 'Ya.',
				url: page.url,
				siteName: 'FAQ Kluster ACK',
			}),
		).toEqual([
			{ property: 'og:type', content: 'article' },
			{ property: 'og:locale', content: 'id_ID' },
			{ property: 'og:site_name', content: 'FAQ Kluster ACK' },
			{ property: 'og:title', content: 'Apakah kluster ACK mendukung Istio?' },
			{ property: 'og:description', content: 'Ya.' },
			{ property: 'og:url', content: 'https://help.example.com/faq/dukungan-istio/' },
		]);
	});
});

describe('jsonLdScript', () => {
	it('escapes what could end the script element or break a JavaScript parser', () => {
		const text = jsonLdScript({
			text: '</script><script>alert(1)</script> <!-- a & b \u2028\u2029',
		});
		expect(text).toBe(
			'{"text":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- a \\u0026 b \\u2028\\u2029"}',
		);
		expect(text).not.toMatch(/[<>&\u2028\u2029]/);
	});

	it('round-trips to the same value through JSON.parse', () => {
		const value = faqPageJsonLd({
			...page,
			answerText: 'Gunakan <code>kubectl</code> & "ASM" \u2028 baris.',
		});
		expect(JSON.parse(jsonLdScript(value))).toEqual(value);
	});

	it('refuses a value with no JSON form', () => {
		expect(() => jsonLdScript(undefined)).toThrow('jsonLdScript: the value has no JSON form');
	});
});
