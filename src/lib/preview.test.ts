import { describe, expect, it } from 'vitest';
import { preview } from './preview';

describe('preview', () => {
	it('keeps a short list whole', () => {
		expect(preview(['a', 'b'], 3)).toEqual({ shown: ['a', 'b'], more: 0 });
	});
	it('cuts a long list and says how many are left out', () => {
		expect(preview(['a', 'b', 'c', 'd'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 1 });
	});
});
