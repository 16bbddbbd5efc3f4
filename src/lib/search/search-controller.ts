/**
 * Search-as-you-type that never lies: debounced input, previous results kept until new ones
 * arrive, a response drawn the moment it arrives unless a newer query was typed meanwhile, and
 * at most one search running: queries settled while one runs wait, and only the newest of them
 * runs next, so fast typing never queues searches ahead of the last keystroke's. No DOM; timers
 * are injectable.
 */
import { prepareQuery, type PreparedQuery } from './prepare-query';

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
	/** Runs the search pipeline for one prepared query. */
	readonly search: (prepared: PreparedQuery) => Promise<readonly R[]>;
	/** Called with the results of the latest settled query (an empty list clears them). */
	readonly onResults: (results: readonly R[], prepared: PreparedQuery | null) => void;
	readonly onState?: (state: SearchState) => void;
	/** Quiet time after the last keystroke before searching. */
	readonly debounceMs?: number;
	readonly prepare?: (text: string) => PreparedQuery;
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
	const timers: Timers = options.timers ?? {
		setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
		clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
	};
	let generation = 0;
	let timer: unknown = null;
	let pendingText: string | null = null;
	let state: SearchState = 'idle';
	let running = false;
	// The newest query settled while a search ran, with its generation.
	let waiting: { id: number; text: string } | null = null;

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
			const results = await options.search(prepared);
			if (id !== generation) return;
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
		launch(generation, text);
	};

	const launch = (id: number, text: string) => {
		if (running) {
			waiting = { id, text };
			return;
		}
		running = true;
		void run(id, text).finally(() => {
			running = false;
			const next = waiting;
			waiting = null;
			// A query typed over since it settled would be dropped on arrival: skip it.
			if (next && next.id === generation) launch(next.id, next.text);
		});
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
			waiting = null;
			cancelTimer();
		},
	};
}
