import { describe, expect, it } from 'vitest';
import { parseStoredValues, valueKey, withTypedValues } from './parse-stored-values';

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

describe('withTypedValues', () => {
	const stored = JSON.stringify({ 'NODE_NAME=Nama node': 'node-1', 'XX=IP master': '10.0.0.1' });
	it('sets typed values over the stored ones, under name and label', () => {
		const kept = withTypedValues(stored, [
			{ name: 'NODE_NAME', label: 'Nama node', value: 'worker-7' },
			{ name: 'XX', label: 'IP worker', value: '10.0.0.2' },
		]);
		expect(JSON.parse(kept)).toEqual({
			'NODE_NAME=Nama node': 'worker-7',
			'XX=IP master': '10.0.0.1',
			'XX=IP worker': '10.0.0.2',
		});
	});
	it('removes a placeholder whose input was emptied, and cuts an overlong value', () => {
		const kept = withTypedValues(stored, [
			{ name: 'NODE_NAME', label: 'Nama node', value: '' },
			{ name: 'REGION', label: 'Region', value: 'x'.repeat(600) },
		]);
		expect(JSON.parse(kept)).toEqual({
			'XX=IP master': '10.0.0.1',
			'REGION=Region': 'x'.repeat(500),
		});
	});
	it('starts afresh from storage it cannot read', () => {
		expect(
			JSON.parse(withTypedValues('not json', [{ name: 'A', label: 'B', value: 'c' }])),
		).toEqual({
			'A=B': 'c',
		});
	});
});
