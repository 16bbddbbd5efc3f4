import { describe, expect, it } from 'vitest';
import { applicabilityText } from './applicability';
import { joinAlternatives } from './list';
import { emptySearchText } from './search';

describe('applicabilityText.notApplicableBecause', () => {
	it('writes the entry page notice, reasons joined by semicolons', () => {
		expect(applicabilityText.notApplicableBecause(['hanya untuk Kubernetes < 1.24'])).toBe(
			'Tidak berlaku untuk kluster Anda: hanya untuk Kubernetes < 1.24',
		);
		expect(
			applicabilityText.notApplicableBecause([
				'hanya untuk runtime Docker',
				'hanya untuk node Windows',
			]),
		).toBe(
			`${applicabilityText.notApplicable}: hanya untuk runtime Docker; hanya untuk node Windows`,
		);
	});
});

describe('emptySearchText.filter', () => {
	it('names the count only when there is one', () => {
		expect(emptySearchText.filter('Runtime', 'Docker', 3)).toBe('Runtime: Docker (3 entri)');
		expect(emptySearchText.filter('Runtime', 'Docker')).toBe('Runtime: Docker');
	});
});

describe('joinAlternatives', () => {
	it('joins alternatives the Indonesian way', () => {
		expect(joinAlternatives(['a'])).toBe('a');
		expect(joinAlternatives(['a', 'b'])).toBe('a atau b');
		expect(joinAlternatives(['a', 'b', 'c'])).toBe('a, b, atau c');
	});
});
