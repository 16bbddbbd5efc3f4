import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PreparedQuery } from './prepare-query';
import { createSearchController, type SearchState, type Timers } from './search-controller';

interface Pending {
	readonly query: string;
	resolve(results: string[]): void;
	reject(error: Error): void;
}

/** A search whose responses the test releases one by one, in any order. */
function fakeSearch() {
	const pending: Pending[] = [];
	const search = vi.fn(
		(prepared: PreparedQuery) =>
			new Promise<readonly string[]>((resolve, reject) => {
				pending.push({ query: prepared.strict, resolve, reject });
			}),
	);
	const answer = async (query: string, results: string[]) => {
		const index = pending.findIndex((p) => p.query === query);
		if (index < 0) throw new Error(`no search for "${query}" is waiting`);
		pending.splice(index, 1)[0]!.resolve(results);
		await vi.advanceTimersByTimeAsync(0);
	};
	return { search, pending, answer };
}

function setup(debounceMs = 150) {
	const fake = fakeSearch();
	const shown: (readonly string[])[] = [];
	const states: SearchState[] = [];
	const controller = createSearchController<string>({
		search: fake.search,
		debounceMs,
		onResults: (results) => shown.push(results),
		onState: (state) => states.push(state),
	});
	return { ...fake, controller, shown, states };
}

describe('createSearchController', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('debounces keystrokes into one search', async () => {
		const { controller, search } = setup();
		for (const text of ['s', 'se', 'ser', 'sertifikat ']) {
			controller.input(text);
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(search).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(50);
		expect(search).toHaveBeenCalledTimes(1);
		expect(search.mock.calls[0]![0].strict).toBe('sertifikat');
	});

	it('keeps the previous results on screen while the next query is typed and searched', async () => {
		const { controller, answer, shown, states } = setup();
		controller.input('sertifikat ');
		await vi.advanceTimersByTimeAsync(150);
		await answer('sertifikat', ['/faq/x509/']);
		controller.input('sertifikat kedaluwarsa ');
		await vi.advanceTimersByTimeAsync(150);
		expect(shown).toEqual([['/faq/x509/']]);
		expect(states.at(-1)).toBe('searching');
		await answer('sertifikat kedaluwarsa', ['/faq/x509/', '/faq/rotasi/']);
		expect(shown.at(-1)).toEqual(['/faq/x509/', '/faq/rotasi/']);
		expect(states.at(-1)).toBe('results');
	});

	it('draws a response the moment it arrives, unless a newer query was typed meanwhile', async () => {
		const { controller, answer, shown, states } = setup();
		controller.input('kubelet ');
		await vi.advanceTimersByTimeAsync(150);
		controller.input('kubectl ');
		await answer('kubelet', ['/faq/kubelet/']);
		// "kubelet" arrived after "kubectl" was typed: it is not drawn.
		expect(shown).toEqual([]);
		await vi.advanceTimersByTimeAsync(150);
		await answer('kubectl', ['/faq/kubectl/']);
		expect(shown).toEqual([['/faq/kubectl/']]);
		expect(states.at(-1)).toBe('results');
	});

	it('runs one search at a time, and next only the newest query settled meanwhile', async () => {
		const { controller, answer, search, shown } = setup();
		controller.input('kub ');
		await vi.advanceTimersByTimeAsync(150);
		for (const text of ['kube ', 'kubel ', 'kubelet ']) {
			controller.input(text);
			await vi.advanceTimersByTimeAsync(150);
		}
		// Three queries settled while the first ran; none of them has started.
		expect(search).toHaveBeenCalledTimes(1);
		await answer('kub', ['/faq/a/']);
		expect(search).toHaveBeenCalledTimes(2);
		expect(search.mock.calls[1]![0].strict).toBe('kubelet');
		await answer('kubelet', ['/faq/kubelet/']);
		expect(shown).toEqual([['/faq/kubelet/']]);
	});

	it('skips a waiting query that was typed over before its turn came', async () => {
		const { controller, answer, search } = setup();
		controller.input('kub ');
		await vi.advanceTimersByTimeAsync(150);
		controller.input('kube ');
		await vi.advanceTimersByTimeAsync(150);
		controller.input('kubelet ');
		await answer('kub', []);
		// "kube" waited, but "kubelet" is being typed: searching "kube" would only delay it.
		expect(search).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(150);
		expect(search.mock.calls.map((c) => c[0].strict)).toEqual(['kub', 'kubelet']);
	});

	it('reports no results when the settled query found nothing', async () => {
		const { controller, answer, shown, states } = setup();
		controller.input('grafana loki');
		await vi.advanceTimersByTimeAsync(150);
		await answer('grafana loki', []);
		expect(shown).toEqual([[]]);
		expect(states.at(-1)).toBe('empty');
	});

	it('reports no results at once for finished words that found nothing', async () => {
		const { controller, answer, states, search } = setup();
		controller.input('grafana loki ');
		await vi.advanceTimersByTimeAsync(150);
		await answer('grafana loki', []);
		expect(search).toHaveBeenCalledTimes(1);
		expect(states.at(-1)).toBe('empty');
	});

	it('clears the results when the box is emptied, ignoring a search still running', async () => {
		const { controller, answer, shown, states } = setup();
		controller.input('sertifikat ');
		await vi.advanceTimersByTimeAsync(150);
		controller.input('  ');
		await answer('sertifikat', ['/faq/x509/']);
		expect(shown).toEqual([[]]);
		expect(states.at(-1)).toBe('idle');
	});

	it('searches at once on flush', async () => {
		const { controller, search } = setup(10_000);
		controller.input('sertifikat ');
		controller.flush();
		expect(search).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(search).toHaveBeenCalledTimes(1);
	});

	it('keeps the previous results and reports an error when a search fails', async () => {
		const { controller, answer, pending, shown, states } = setup();
		controller.input('sertifikat ');
		await vi.advanceTimersByTimeAsync(150);
		await answer('sertifikat', ['/faq/x509/']);
		controller.input('kubelet ');
		await vi.advanceTimersByTimeAsync(150);
		pending[0]!.reject(new Error('offline'));
		await vi.advanceTimersByTimeAsync(0);
		expect(shown).toEqual([['/faq/x509/']]);
		expect(states.at(-1)).toBe('error');
	});

	it('ignores searches still running after dispose', async () => {
		const { controller, answer, shown, search } = setup();
		controller.input('sertifikat ');
		await vi.advanceTimersByTimeAsync(150);
		controller.input('kubelet ');
		controller.dispose();
		await answer('sertifikat', ['/faq/x509/']);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(shown).toEqual([]);
		expect(search).toHaveBeenCalledTimes(1);
	});
});

describe('createSearchController with injected timers', () => {
	it('schedules through the timers it is given', async () => {
		const scheduled: { callback: () => void; ms: number }[] = [];
		const timers: Timers = {
			setTimeout: (callback, ms) => scheduled.push({ callback, ms }),
			clearTimeout: () => {},
		};
		const search = vi.fn(async () => ['/faq/x509/']);
		const shown: (readonly string[])[] = [];
		const controller = createSearchController({
			search,
			debounceMs: 200,
			timers,
			onResults: (results) => shown.push(results),
		});
		controller.input('x509 ');
		expect(scheduled.map((s) => s.ms)).toEqual([200]);
		expect(search).not.toHaveBeenCalled();
		scheduled[0]!.callback();
		await Promise.resolve();
		await Promise.resolve();
		expect(shown).toEqual([['/faq/x509/']]);
	});
});
