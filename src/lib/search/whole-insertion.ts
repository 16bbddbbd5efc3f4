/**
 * Whether an input event brought a whole text at once (a paste, a drop, a spelling fix, a picked
 * suggestion) rather than one typed key. The search boxes search such a text at once: the typing
 * pause exists to wait for the next key, and after a paste there is none. Pasting an error message
 * is the main use of the boxes, so the pause would be paid on nearly every query.
 */

/** The parts of an `InputEvent` the decision reads (plain `Event`s have none of them). */
export interface InsertionLike {
	readonly inputType?: string;
	readonly data?: string | null;
	readonly isComposing?: boolean;
}

const WHOLE_TYPES = new Set([
	'insertFromPaste',
	'insertFromPasteAsQuotation',
	'insertFromDrop',
	'insertFromYank',
	'insertReplacementText',
]);

export function isWholeInsertion(event: InsertionLike): boolean {
	// An input method still composing a word sends many events before the word is there.
	if (event.isComposing) return false;
	if (event.inputType && WHOLE_TYPES.has(event.inputType)) return true;
	// A key types one character (one code point, or a surrogate pair); more is a text put in whole,
	// as by a keyboard's suggestion strip or an automation tool.
	return (
		event.inputType === 'insertText' && typeof event.data === 'string' && [...event.data].length > 1
	);
}
