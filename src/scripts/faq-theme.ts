import {
	THEME_LABELS,
	THEME_STORAGE_KEY,
	nextTheme,
	parseTheme,
	type ThemeChoice,
} from '../lib/theme';

/**
 * The theme toggle: a server-rendered, disabled button that this element enables. It cycles
 * automatic (follow the system), light and dark, remembers the choice, and says the new state.
 */
class FaqThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const status = this.querySelector('[role="status"]');
		let choice = this.#read();
		const show = () => {
			button.textContent = THEME_LABELS[choice];
			if (choice === 'auto') delete document.documentElement.dataset.theme;
			else document.documentElement.dataset.theme = choice;
		};
		show();
		button.disabled = false;
		button.addEventListener('click', () => {
			choice = nextTheme(choice);
			try {
				if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
				else localStorage.setItem(THEME_STORAGE_KEY, choice);
			} catch {
				// Storage blocked: the choice still holds for this page.
			}
			show();
			if (status) status.textContent = `${THEME_LABELS[choice]} dipilih`;
		});
	}

	#read(): ThemeChoice {
		try {
			return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
		} catch {
			return 'auto';
		}
	}
}

customElements.define('faq-theme-toggle', FaqThemeToggle);
