import { themeText } from '../i18n/theme';
import { THEME_STORAGE_KEY, nextTheme, parseTheme } from '../lib/theme';
import { readStored, writeStored } from './storage';

/**
 * The theme toggle: a server-rendered, disabled button that src/scripts/site.ts enables, loading
 * this on first use. It cycles automatic (follow the system), light and dark, remembers the
 * choice, and says the new state. Until then the button's label is the one of its three spans
 * that global.css shows for the theme theme-init.js applied.
 */
class FaqThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const status = this.querySelector('[role="status"]');
		let choice = parseTheme(readStored(THEME_STORAGE_KEY));
		const show = () => {
			button.textContent = themeText[choice];
			if (choice === 'auto') delete document.documentElement.dataset.theme;
			else document.documentElement.dataset.theme = choice;
		};
		show();
		button.addEventListener('click', () => {
			choice = nextTheme(choice);
			// If storage is blocked, the choice still holds for this page.
			writeStored(THEME_STORAGE_KEY, choice === 'auto' ? null : choice);
			show();
			if (status) status.textContent = themeText.chosen(themeText[choice]);
		});
	}
}

customElements.define('faq-theme-toggle', FaqThemeToggle);
