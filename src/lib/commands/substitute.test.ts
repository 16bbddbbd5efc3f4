import { describe, expect, it } from 'vitest';
import { substitute } from './substitute';

describe('substitute', () => {
	it('fills placeholders that have a value and lists the rest as unfilled', () => {
		expect(
			substitute(
				'ssh root@XX.XX.XX.XX kubectl describe node [$NODE_NAME]',
				{ 'XX.XX.XX.XX': '10.0.0.1' },
				['XX.XX.XX.XX'],
			),
		).toEqual({
			text: 'ssh root@10.0.0.1 kubectl describe node [$NODE_NAME]',
			unfilled: ['[$NODE_NAME]'],
		});
	});

	it('fills every occurrence and lists an unfilled placeholder once', () => {
		const r = substitute('[$Region_ID] [$Region_ID] [$NODE_NAME] [$NODE_NAME]', {
			Region_ID: 'cn-hangzhou',
		});
		expect(r).toEqual({
			text: 'cn-hangzhou cn-hangzhou [$NODE_NAME] [$NODE_NAME]',
			unfilled: ['[$NODE_NAME]'],
		});
	});

	it('treats an empty value as unfilled', () => {
		expect(substitute('[$NODE_NAME]', { NODE_NAME: '' })).toEqual({
			text: '[$NODE_NAME]',
			unfilled: ['[$NODE_NAME]'],
		});
	});

	it('inserts values literally, never expanding placeholders or $ patterns inside them', () => {
		const r = substitute('[$A] [$B]', { A: '[$B]', B: '$& $1 $$ `x`' });
		expect(r).toEqual({ text: '[$B] $& $1 $$ `x`', unfilled: [] });
	});

	it('ignores values inherited from Object.prototype', () => {
		expect(substitute('[$Constructor]', {}).unfilled).toEqual(['[$Constructor]']);
		expect(substitute('toString', {}, ['toString']).text).toBe('toString');
	});
});
