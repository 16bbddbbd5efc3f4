import { describe, expect, it } from 'vitest';
import { tabLabel } from './tab-label';

describe('tabLabel', () => {
	it('names the known runtimes and keeps other values as written', () => {
		expect(['containerd', 'docker', 'sandboxed', 'ubuntu'].map(tabLabel)).toEqual([
			'containerd',
			'Docker',
			'Sandboxed-Container',
			'ubuntu',
		]);
	});
});
