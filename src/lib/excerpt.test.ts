import { describe, expect, it } from 'vitest';
import { splitExcerpt } from './excerpt';

describe('splitExcerpt', () => {
	it('marks the hits Pagefind wrapped in <mark>', () => {
		expect(splitExcerpt('sertifikat <mark>x509</mark> kedaluwarsa')).toEqual([
			{ text: 'sertifikat ', marked: false },
			{ text: 'x509', marked: true },
			{ text: ' kedaluwarsa', marked: false },
		]);
	});
	it('keeps any other markup as literal text', () => {
		expect(splitExcerpt('<img src=x onerror=alert(1)>')).toEqual([
			{ text: '<img src=x onerror=alert(1)>', marked: false },
		]);
	});
	it('decodes entities once, so escaped text reads as written', () => {
		expect(splitExcerpt('a &lt;b&gt; &amp;lt; &quot;c&quot; &#39;d&#x27;')).toEqual([
			{ text: 'a <b> &lt; "c" \'d\'', marked: false },
		]);
	});
});
