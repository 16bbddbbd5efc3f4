import { describe, expect, it } from 'vitest';
import { RangeSyntaxError, expandRange, isUnbounded, rangeLabel } from './kube-range';

const KNOWN = [
	'1.20',
	'1.21',
	'1.22',
	'1.23',
	'1.24',
	'1.25',
	'1.26',
	'1.27',
	'1.28',
	'1.29',
	'1.30',
];

describe('expandRange', () => {
	it('expands "*" to every known version', () => {
		expect(expandRange('*', KNOWN)).toEqual(KNOWN);
	});
	it('puts 1.23 inside <1.24 and 1.24 outside it', () => {
		expect(expandRange('<1.24', KNOWN)).toEqual(['1.20', '1.21', '1.22', '1.23']);
	});
	it('starts >=1.24 at 1.24', () => {
		expect(expandRange('>=1.24', KNOWN)).toEqual([
			'1.24',
			'1.25',
			'1.26',
			'1.27',
			'1.28',
			'1.29',
			'1.30',
		]);
	});
	it('includes the upper bound of <=1.22', () => {
		expect(expandRange('<=1.22', KNOWN)).toEqual(['1.20', '1.21', '1.22']);
	});
	it('treats a hyphen range as inclusive at both ends', () => {
		expect(expandRange('1.22 - 1.24', KNOWN)).toEqual(['1.22', '1.23', '1.24']);
	});
	it('reads ^1.24 as 1.24 and every later 1.x minor', () => {
		expect(expandRange('^1.24', KNOWN)).toEqual([
			'1.24',
			'1.25',
			'1.26',
			'1.27',
			'1.28',
			'1.29',
			'1.30',
		]);
	});
	it('intersects space-separated comparators', () => {
		expect(expandRange('>=1.26 <1.30', KNOWN)).toEqual(['1.26', '1.27', '1.28', '1.29']);
	});
	it('unions alternatives joined by ||', () => {
		expect(expandRange('1.20 || >=1.29', KNOWN)).toEqual(['1.20', '1.29', '1.30']);
	});
	it('accepts patch versions and a space after the operator', () => {
		expect(expandRange('>= 1.28.3', KNOWN)).toEqual(['1.28', '1.29', '1.30']);
	});
	it('rejects a range that does not parse, quoting it', () => {
		expect(() => expandRange('newer than 1.24', KNOWN)).toThrow(RangeSyntaxError);
		expect(() => expandRange('newer than 1.24', KNOWN)).toThrow(/"newer" in "newer than 1.24"/);
	});
	it('rejects a version outside the known list and says where to add it', () => {
		expect(() => expandRange('>=1.40', KNOWN)).toThrow(
			/outside the known versions 1.20–1.30; add it to src\/config\/kubernetes-versions.json/,
		);
	});
	it('accepts a bound one minor past the known ends', () => {
		expect(expandRange('<1.21', KNOWN)).toEqual(['1.20']);
		expect(expandRange('>1.30 || 1.30', KNOWN)).toEqual(['1.30']);
	});
	it('rejects a range that contains no known version', () => {
		expect(() => expandRange('>1.24 <1.25', KNOWN)).toThrow(/contains none of the known versions/);
	});
	it('rejects an empty range', () => {
		expect(() => expandRange('  ', KNOWN)).toThrow(/empty/);
	});
});

describe('rangeLabel', () => {
	it('labels bounded ranges for badges', () => {
		expect(rangeLabel('<1.24')).toBe('Kubernetes < 1.24');
		expect(rangeLabel('>=1.24')).toBe('Kubernetes >= 1.24');
		expect(rangeLabel('1.22 - 1.24')).toBe('Kubernetes 1.22–1.24');
	});
	it('labels "*" as every version', () => {
		expect(isUnbounded('*')).toBe(true);
		expect(rangeLabel('*')).toBe('Semua versi Kubernetes');
	});
});
