import { describe, expect, it } from 'vitest';
import { pickSubResult, type ResultDataLike } from './pick-sub-result';
import { prepareQuery } from './prepare-query';

const data: ResultDataLike = {
	url: '/faq/x509/',
	sub_results: [
		{ url: '/faq/x509/', title: 'Sertifikat x509 kedaluwarsa' },
		{
			url: '/faq/x509/#gejala',
			title: 'Gejala',
			excerpt: 'API Server mengembalikan <mark>x509</mark>: certificate has expired',
			anchor: { id: 'gejala' },
		},
		{
			url: '/faq/x509/#penyebab',
			title: 'Penyebab',
			excerpt: 'Sertifikat LoopbackClient berlaku satu tahun',
			anchor: { id: 'penyebab' },
		},
		{
			url: '/faq/x509/#solusi',
			title: 'Solusi',
			excerpt: 'Tingkatkan kluster atau mulai ulang API Server',
			anchor: { id: 'solusi' },
		},
	],
};

describe('pickSubResult', () => {
	it('links a pasted error that matched a signature to the solution section', () => {
		const prepared = prepareQuery(
			'x509: certificate has expired or is not yet valid: current time 2025-03-14T08:21:07Z',
		);
		expect(pickSubResult(data, prepared, { signature: true })).toEqual({
			url: '/faq/x509/#solusi',
			title: 'Solusi',
		});
	});

	it('prefers the section the signature names', () => {
		const prepared = prepareQuery('x509: certificate has expired');
		expect(pickSubResult(data, prepared, { signature: 'penyebab' }).url).toBe(
			'/faq/x509/#penyebab',
		);
	});

	it('links other searches to the section that mentions most query words', () => {
		expect(pickSubResult(data, prepareQuery('loopbackclient satu tahun ')).url).toBe(
			'/faq/x509/#penyebab',
		);
		expect(pickSubResult(data, prepareQuery('x509 certificate expired')).url).toBe(
			'/faq/x509/#gejala',
		);
	});

	it('links to the page when no section mentions the query', () => {
		expect(pickSubResult(data, prepareQuery('containerd '))).toEqual({
			url: '/faq/x509/',
			title: null,
		});
		expect(pickSubResult({ url: '/faq/y/' }, prepareQuery('x'), { signature: true }).url).toBe(
			'/faq/y/',
		);
	});
});
