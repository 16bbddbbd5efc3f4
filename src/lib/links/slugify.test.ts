import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
	it('drops question words and pronouns', () => {
		expect(
			slugify('Bagaimana cara mengumpulkan informasi diagnostik untuk kluster Kubernetes?'),
		).toBe('mengumpulkan-informasi-diagnostik-kluster-kubernetes');
		expect(slugify('Apa yang harus saya lakukan jika pod CrashLoopBackOff?')).toBe(
			'pod-crashloopbackoff',
		);
	});

	it('keeps at most six words', () => {
		expect(
			slugify(
				'Jika saya memilih runtime kontainer containerd saat membuat kluster, dapatkah saya mengubahnya menjadi Docker nanti?',
			),
		).toBe('memilih-runtime-kontainer-containerd-membuat-kluster');
	});

	it('folds accents and other letters to ASCII and splits on punctuation', () => {
		expect(slugify('Café déjà-vu: Straße “øre” 1.24?')).toBe('cafe-deja-vu-strasse-ore-1');
		expect(slugify('Upgrade ke Kubernetes 1.24')).toBe('upgrade-kubernetes-1-24');
	});

	it('names each word once', () => {
		expect(slugify('Node node NODE tidak siap')).toBe('node-tidak-siap');
	});

	it('falls back to the stop words when nothing else is left', () => {
		expect(slugify('Apa itu?')).toBe('apa-itu');
	});

	it('refuses a question without letters or digits', () => {
		expect(() => slugify('?? — !!')).toThrow(
			'cannot make a slug from "?? — !!"; it has no letters or digits',
		);
	});
});
