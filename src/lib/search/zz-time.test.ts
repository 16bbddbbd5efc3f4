import { test } from 'vitest';
import { prepareQuery } from './prepare-query';
import { kubeletJournal, SYSTEMCTL_STATUS } from './log-fixtures';
test('t', () => {
	const err =
		'"https://[::1]:6443/api/v1/namespaces/kube-system/resourcequotes": x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z is after 2025-03-13T02:11:45Z';
	const log = SYSTEMCTL_STATUS + '\n' + kubeletJournal(100_000, err);
	console.log('len', log.length, log.split('\n').length);
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		const p = prepareQuery(log);
		console.log(
			(performance.now() - t).toFixed(1),
			'ms',
			p.kind,
			p.strict,
			'|',
			p.meaningful.join(','),
			p.signature.length,
		);
	}
	const big = 'a'.repeat(500_000);
	let t = performance.now();
	prepareQuery(big);
	console.log('a*500k', (performance.now() - t).toFixed(1));
	const dots = '.:[$'.repeat(100_000);
	t = performance.now();
	prepareQuery(dots);
	console.log('punct 400k', (performance.now() - t).toFixed(1));
	const lines = 'x\n'.repeat(200_000);
	t = performance.now();
	prepareQuery(lines);
	console.log('200k lines', (performance.now() - t).toFixed(1));
	const dig =
		'1'.repeat(10000) +
		' ' +
		'1.'.repeat(5000) +
		' ' +
		'a-'.repeat(5000) +
		' ' +
		'ab:'.repeat(3000);
	t = performance.now();
	prepareQuery(dig);
	console.log('dig', (performance.now() - t).toFixed(1));
});
