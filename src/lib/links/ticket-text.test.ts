import { describe, expect, it } from 'vitest';
import { shareTexts, ticketMarkdown, ticketPlain } from './ticket-text';

const entry = {
	ref: 'ACK-0014',
	title: 'Apa yang harus saya lakukan jika sertifikat kedaluwarsa?',
	url: 'https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/',
};
const section = { id: 'solusi', title: 'Solusi' };

describe('ticketMarkdown', () => {
	it('puts the ref in brackets, then the title and the visible URL', () => {
		expect(ticketMarkdown(entry)).toBe(
			'[ACK-0014] Apa yang harus saya lakukan jika sertifikat kedaluwarsa? — https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/',
		);
	});

	it('names the section and links to its anchor', () => {
		expect(ticketMarkdown({ ...entry, section })).toBe(
			'[ACK-0014] Apa yang harus saya lakukan jika sertifikat kedaluwarsa? › Solusi — https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/#solusi',
		);
	});

	it('escapes Markdown in the text and encodes parentheses and spaces in the URL', () => {
		expect(
			ticketMarkdown({
				ref: 'ACK-0002',
				title: 'Pod [a] *b* <none> `c` \\d_e',
				url: 'https://h.example/faq/a (b)/',
			}),
		).toBe(
			'[ACK-0002] Pod \\[a\\] \\*b\\* \\<none> \\`c\\` \\\\d\\_e — https://h.example/faq/a%20%28b%29/',
		);
	});
});

describe('ticketPlain', () => {
	it('puts the visible URL after the ref and title', () => {
		expect(ticketPlain({ ...entry, section })).toBe(
			'ACK-0014: Apa yang harus saya lakukan jika sertifikat kedaluwarsa? › Solusi — https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/#solusi',
		);
	});

	it('keeps text on one line and replaces a fragment already in the URL', () => {
		expect(
			ticketPlain({
				ref: 'ACK-0003',
				title: 'Dua\n  baris',
				url: 'https://h.example/faq/a/#lama',
				section: { id: 'baru', title: ' 3. Periksa\tkubelet ' },
			}),
		).toBe('ACK-0003: Dua baris › 3. Periksa kubelet — https://h.example/faq/a/#baru');
	});
});

describe('shareTexts', () => {
	it('returns the link, the Markdown and the plain reference', () => {
		expect(shareTexts({ ...entry, section })).toEqual({
			link: 'https://help.example.com/docs/ack-faq/faq/sertifikat-kedaluwarsa/#solusi',
			markdown: ticketMarkdown({ ...entry, section }),
			plain: ticketPlain({ ...entry, section }),
		});
	});
});
