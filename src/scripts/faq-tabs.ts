/**
 * Variant tabs over `.code-tabs` groups (src/plugins/rehype-code-tabs.ts), following the WAI-ARIA
 * tabs pattern with automatic activation. Without this script every variant stays visible with
 * its label. A reader's choice switches every group on the page that has that variant and is
 * remembered; with no choice yet, groups open on the runtime of the "Kluster saya" profile, else
 * on their first variant. Small and loaded with the page, so tabs never flash as a list.
 */
import { pickTab } from '../lib/commands/pick-tab';
import { PROFILE_STORAGE_KEY } from '../lib/profile-key';
import { readStored, writeStored } from './storage';

const TAB_STORAGE_KEY = 'ack-faq:tab';

const $$ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => [
	...root.querySelectorAll<T>(selector),
];

const groups = $$('.code-tabs').map((group, g) => {
	const list = group.querySelector<HTMLElement>('[role=tablist]')!;
	const tabs = $$<HTMLButtonElement>('button', list);
	const panels = $$(':scope > figure', group);
	tabs.forEach((tab, i) => {
		const panel = panels[i]!;
		tab.id = `ct${g}-${i}`;
		panel.id = `${tab.id}p`;
		tab.setAttribute('role', 'tab');
		tab.setAttribute('aria-controls', panel.id);
		panel.setAttribute('role', 'tabpanel');
		panel.setAttribute('aria-labelledby', tab.id);
	});
	list.hidden = false;
	group.classList.add('is-tabs');
	return { tabs, panels };
});

function show(value: string, only?: (typeof groups)[number]) {
	for (const group of only ? [only] : groups) {
		if (!group.tabs.some((t) => t.dataset['tab'] === value)) continue;
		group.tabs.forEach((tab, i) => {
			const selected = tab.dataset['tab'] === value;
			tab.setAttribute('aria-selected', `${selected}`);
			tab.tabIndex = selected ? 0 : -1;
			group.panels[i]!.hidden = !selected;
		});
	}
}

function open(runtime: string | undefined) {
	const remembered = readStored(TAB_STORAGE_KEY);
	for (const group of groups) {
		show(
			pickTab(
				group.tabs.map((t) => t.dataset['tab']!),
				remembered,
				runtime,
			)!,
			group,
		);
	}
}

function choose(tab: HTMLButtonElement) {
	// Switching groups above the tab changes their height; keep the tab where the reader sees it.
	const top = tab.getBoundingClientRect().top;
	// If storage is blocked, the choice still holds on this page.
	writeStored(TAB_STORAGE_KEY, tab.dataset['tab']!);
	show(tab.dataset['tab']!);
	scrollBy(0, tab.getBoundingClientRect().top - top);
	tab.focus();
}

if (groups.length) {
	open(undefined);
	// Readers with a saved profile already load its code; everyone else never pays for it.
	if (!readStored(TAB_STORAGE_KEY) && readStored(PROFILE_STORAGE_KEY) !== null) {
		void import('../lib/profile').then(({ parseProfile }) =>
			open(parseProfile(readStored(PROFILE_STORAGE_KEY)).profile?.runtime),
		);
	}
	document.addEventListener('click', (event) => {
		const tab = (event.target as Element).closest?.<HTMLButtonElement>('.is-tabs [role=tab]');
		if (tab) choose(tab);
	});
	document.addEventListener('keydown', (event) => {
		const tab = (event.target as Element).closest?.<HTMLButtonElement>('.is-tabs [role=tab]');
		const tabs = tab && $$<HTMLButtonElement>('[role=tab]', tab.parentElement!);
		if (!tabs) return;
		const i = tabs.indexOf(tab);
		const next = (
			{
				ArrowRight: i + 1,
				ArrowLeft: i - 1 + tabs.length,
				Home: 0,
				End: tabs.length - 1,
			} as Record<string, number>
		)[event.key];
		if (next === undefined) return;
		event.preventDefault();
		choose(tabs[next % tabs.length]!);
	});
}
