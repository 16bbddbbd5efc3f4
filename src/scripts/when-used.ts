const EVENTS = ['pointerdown', 'focusin', 'keydown', 'click'] as const;

/**
 * Loads a feature the first time the reader reaches for one of its controls, so pages ship only
 * a few bytes for it until then. The controls are enabled at once (the server renders them
 * disabled for readers without JavaScript); a click that lands while the feature is still
 * loading is held and replayed when it is ready, inside the same user activation, so "Salin"
 * still reaches the clipboard.
 */
export function whenUsed(selector: string, load: () => Promise<unknown>): void {
	const controls = document.querySelectorAll<HTMLButtonElement | HTMLInputElement>(selector);
	if (controls.length === 0) return;
	for (const control of controls) control.disabled = false;
	let ready = false;
	let loading: Promise<unknown> | undefined;
	let held: HTMLElement | undefined;
	const onEvent = (event: Event) => {
		const control = (event.target as Element | null)?.closest?.<HTMLElement>(selector);
		if (!control) return;
		if (event.type === 'click' && !ready) {
			event.preventDefault();
			event.stopImmediatePropagation();
			held = control;
		}
		loading ??= load().then(() => {
			ready = true;
			for (const type of EVENTS) document.removeEventListener(type, onEvent, true);
			held?.click();
		});
	};
	for (const type of EVENTS) document.addEventListener(type, onEvent, true);
}
