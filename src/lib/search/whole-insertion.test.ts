import { describe, expect, it } from 'vitest';
import { isWholeInsertion } from './whole-insertion';

describe('isWholeInsertion', () => {
	it('takes a paste, a drop and a spelling fix as a whole text', () => {
		for (const inputType of ['insertFromPaste', 'insertFromDrop', 'insertReplacementText'])
			expect(isWholeInsertion({ inputType, data: null })).toBe(true);
	});

	it('takes a typed key as one key, an emoji too', () => {
		expect(isWholeInsertion({ inputType: 'insertText', data: 'k' })).toBe(false);
		expect(isWholeInsertion({ inputType: 'insertText', data: '🙂' })).toBe(false);
	});

	it('takes several characters inserted in one event as a whole text', () => {
		expect(isWholeInsertion({ inputType: 'insertText', data: 'kubelet' })).toBe(true);
	});

	it('waits while an input method is still composing', () => {
		expect(isWholeInsertion({ inputType: 'insertText', data: 'kube', isComposing: true })).toBe(
			false,
		);
		expect(
			isWholeInsertion({ inputType: 'insertCompositionText', data: 'kube', isComposing: true }),
		).toBe(false);
	});

	it('takes a deletion or a plain event as no whole text', () => {
		expect(isWholeInsertion({ inputType: 'deleteContentBackward', data: null })).toBe(false);
		expect(isWholeInsertion({})).toBe(false);
	});
});
