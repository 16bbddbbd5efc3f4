/** The reader's theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** Also read by public/theme-init.js before first paint; keep the two in step. */
export const THEME_STORAGE_KEY = 'ack-faq:theme';

const ORDER: readonly ThemeChoice[] = ['auto', 'light', 'dark'];

/** A stored value, or `auto` for anything else (nothing stored, an old or corrupted value). */
export function parseTheme(raw: string | null): ThemeChoice {
	return raw === 'light' || raw === 'dark' ? raw : 'auto';
}

/** The next choice when the toggle is pressed: auto → light → dark → auto. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
	return ORDER[(ORDER.indexOf(current) + 1) % ORDER.length]!;
}
