import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFiles, faqFolders, slugOf } from './folders';

const root = mkdtempSync(join(tmpdir(), 'folders-'));
mkdirSync(join(root, 'content/faq'), { recursive: true });
for (const name of ['b.mdx', 'a.mdx', 'catatan.txt'])
	writeFileSync(join(root, 'content/faq', name), '');

describe('the FAQ folders', () => {
	it('read content/faq, plus FAQ_EXTRA_CONTENT only when it is set', () => {
		expect(faqFolders({})).toEqual(['content/faq']);
		expect(faqFolders({ FAQ_EXTRA_CONTENT: 'content/bench/' })).toEqual([
			'content/faq',
			'content/bench',
		]);
	});
	it('list the .mdx files in name order, and nothing else', () => {
		expect(entryFiles(['content/faq'], root)).toEqual(['content/faq/a.mdx', 'content/faq/b.mdx']);
	});
	it('name a folder that does not exist', () => {
		expect(() => entryFiles(['content/tidak-ada'], root)).toThrow(
			'content/tidak-ada: the FAQ content folder does not exist',
		);
	});
	it('take the slug from the file name, whichever folder it is in', () => {
		expect(slugOf('e2e/fixtures/content/e2e-entri-baru.mdx')).toBe('e2e-entri-baru');
	});
});
