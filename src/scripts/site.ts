/**
 * The one script every page loads. Each custom element upgrades server-rendered HTML that reads
 * fine without it. Code a page may not need loads on demand: the profile marks only when a
 * profile is saved, the search page only on /cari/, search itself on first use.
 */
import { PROFILE_STORAGE_KEY } from '../lib/profile-key';
import './faq-search';
import './faq-theme';

const has = (selector: string) => document.querySelector(selector) !== null;

function storedProfile(): boolean {
	try {
		return localStorage.getItem(PROFILE_STORAGE_KEY) !== null;
	} catch {
		return false;
	}
}

if (has('faq-profile-form') || storedProfile()) void import('./faq-profile');
if (has('faq-search-page')) void import('./faq-search-page');
