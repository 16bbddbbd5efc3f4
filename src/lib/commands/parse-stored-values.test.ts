import { describe, expect, it } from 'vitest';
import { parseStoredValues, valueKey } from './parse-stored-values';

describe('parseStoredValues', () => {
	it('reads an object of strings', () => {
		expect(
			parseStoredValues(JSON.stringify({ [valueKey('NODE_NAME', 'Nama node')]: 'node-1' })),
		).toEqual({ 'NODE_NAME=Nama node': 'node-1' });
	});
	it('ignores anything else without throwing', () => {
		for (const raw of [null, '', 'not json', '[1]', 'null', '"x"'])
			expect(parseStoredValues(raw)).toEqual({});
		expect(
			parseStoredValues(
				JSON.stringify({ a: 1, b: '', c: 'x'.repeat(501), d: 'ok', __proto__: 'x' }),
			),
		).toEqual({ d: 'ok' });
	});
});
