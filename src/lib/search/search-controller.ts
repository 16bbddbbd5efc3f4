/**
 * Search-as-you-type without the flicker: debounced input, previous results kept until new
 * ones arrive, stale responses dropped, and "no results" only once a settled query and its
 * prefix-tolerant form both found nothing. No DOM; timers are injectable.
 */
import { prefixTolerant, prepareQuery, type PreparedQuery } from './prepare-query';

/**
 * `idle`: nothing to search. `typing`: input changed, previous results still shown.
 * `searching`: a search is running. `results` / `empty`: the latest query's outcome.
 * `error`: the search failed; previous results still shown.
 */
export type SearchState = 'idle' | 'typing' | 'searching' | 'results' | 'empty' | 'error';

/** Timer functions, as in the browser; tests pass fakes. */
export interface Timers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export interface SearchControllerOptions<R> {
	/** Runs every pass for one prepared query (signatures, strict, fallback) and ranks them. */
	readonly search: (prepared: PreparedQuery) => Promise<readonly R[]>;
	/** Called with the results of the latest settled query (an empty list clears them). */
	readonly onResults: (results: readonly R[], prepared: PreparedQuery | null) => void;
	readonly onState?: (state: SearchState) => void;
	/** Quiet time after the last keystroke before searching. */
	readonly debounceMs?: number;
	readonly prepare?: (text: string) => PreparedQuery;
	/** The looser query tried before reporting "no results"; null when there is none. */
	readonly relax?: (prepared: PreparedQuery) => PreparedQuery | null;
	readonly timers?: Timers;
}

export interface SearchController {
	/** The search box changed. */
	input(text: string): void;
	/** Search now (e.g. on Enter) instead of waiting for the debounce. */
	flush(): void;
	/** Stops timers and ignores searches still running. */
	dispose(): void;
}

/** Creates a controller; feed it every change of the search box. */
export function createSearchController<R>(options: SearchControllerOptions<R>): SearchController {
	const debounceMs = options.debounceMs ?? 150;
	const prepare = options.prepare ?? ((text: string) => prepareQuery(text));
	const relax = options.relax ?? ((prepared: PreparedQuery) => prefixTolerant(prepared));
	const timers: Timers = options.timers ?? {
		setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
		clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
	};
	let generation = 0;
	let timer: unknown = null;
	let pendingText: string | null = null;
	let state: SearchState = 'idle';

	const setState = (next: SearchState) => {
		if (next === state) return;
		state = next;
		options.onState?.(next);
	};
	const cancelTimer = () => {
		if (timer !== null) timers.clearTimeout(timer);
		timer = null;
	};

	async function run(id: number, text: string): Promise<void> {
		const prepared = prepare(text);
		if (prepared.kind === 'empty') {
			options.onResults([], prepared);
			setState('idle');
			return;
		}
		setState('searching');
		try {
			let results = await options.search(prepared);
			if (id !== generation) return;
			if (results.length === 0) {
				const looser = relax(prepared);
				if (looser) {
					results = await options.search(looser);
					if (id !== generation) return;
				}
			}
			options.onResults(results, prepared);
			setState(results.length ? 'results' : 'empty');
		} catch {
			if (id === generation) setState('error');
		}
	}

	const start = () => {
		cancelTimer();
		if (pendingText === null) return;
		const text = pendingText;
		pendingText = null;
		void run(generation, text);
	};

	return {
		input(text: string) {
			generation++;
			cancelTimer();
			if (text.trim() === '') {
				pendingText = null;
				options.onResults([], null);
				setState('idle');
				return;
			}
			pendingText = text;
			setState('typing');
			timer = timers.setTimeout(start, debounceMs);
		},
		flush() {
			if (pendingText !== null) start();
		},
		dispose() {
			generation++;
			pendingText = null;
			cancelTimer();
		},
	};
}
