/**
 * The one script every page loads. Each custom element upgrades server-rendered HTML that reads
 * fine without it. Code a page may not need loads on demand: the profile only when one is saved,
 * command tools when the reader first uses them, the search page only on /cari/, search itself
 * on first use.
 */
import { VALUES_STORAGE_KEY } from '../lib/commands/parse-stored-values';
import { PROFILE_STORAGE_KEY } from '../lib/profile-key';
import './faq-search';
import './faq-tabs';
import { HIGHLIGHT_PARAM } from './search-highlight-param';
import { readStored } from './storage';
import { saveTypedValues } from './typed-values';
import { whenUsed } from './when-used';

const has = (selector: string) => document.querySelector(selector) !== null;

if (has('faq-profile-form') || readStored(PROFILE_STORAGE_KEY) !== null) {
	void import('./faq-profile');
}

let codeToolsReady = false;
const codeTools = () => import('./faq-code').then(() => (codeToolsReady = true));
// Saved placeholder values must fill the commands at once; otherwise wait for the first use.
if (has('.ph') && readStored(VALUES_STORAGE_KEY, 'sessionStorage') !== null) {
	void codeTools();
} else {
	whenUsed('.code-copy, faq-placeholders input, [data-ph-clear]', codeTools);
}
// A value typed before the tools arrive (a slow network, a quick reader) is kept when the reader
// leaves the page at once, as the tools would have kept it.
addEventListener('pagehide', () => {
	if (codeToolsReady) return;
	const typed = [...document.querySelectorAll<HTMLInputElement>('faq-placeholders input[name]')]
		.filter((input) => input.value)
		.map(({ name, value }) => ({
			name,
			value,
			label:
				document.querySelector<HTMLElement>(`.ph[data-ph="${CSS.escape(name)}"]`)?.dataset[
					'phLabel'
				] ?? '',
		}));
	if (typed.length) saveTypedValues(typed);
});

// The theme is applied before the first paint (theme-init.js); the toggle loads when pressed.
whenUsed('faq-theme-toggle button', () => import('./faq-theme'));

const shareTools = () => import('./faq-share');
// An old #anchor must be sent on at once; the copy buttons can wait for their first use.
if (has('#moved-anchors')) void shareTools();
else whenUsed('faq-share button[data-copy]', shareTools);

// The contents list works as plain links. Marking the section being read follows the reading,
// so its code loads with the first scroll (a picked section scrolls the page too); until then
// the section the reader landed on is marked: the one linked to, or the first.
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('faq-toc a[href^="#"]')];
if (tocLinks.length) {
	const landed = (tocLinks.find((a) => a.hash === location.hash) ?? tocLinks[0]!).hash;
	for (const a of tocLinks) if (a.hash === landed) a.setAttribute('aria-current', 'true');
	addEventListener('scroll', () => import('./faq-toc'), { once: true });
}

if (has('faq-search-page')) {
	// Opened with words, the search page searches at once: Pagefind, the slowest part of a first
	// search, starts now rather than once the page's own script has run (a failure is reported
	// by the search, which loads it again).
	if (new URLSearchParams(location.search).get('q')?.trim())
		import('./pagefind-client').then(({ loadPagefind }) => loadPagefind()).catch(() => {});
	void import('./faq-search-page');
}
if (location.search.includes(`${HIGHLIGHT_PARAM}=`)) void import('./faq-highlight');
