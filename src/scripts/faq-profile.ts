/**
 * "Kluster saya" in the browser: three custom elements that enhance server-rendered markup.
 * Without this script the page stays complete; with it, the stored profile marks what does not
 * apply. Load it once per page (`<script>import '../scripts/faq-profile';</script>`).
 *
 * Markup contract (the lead renders it; attribute values come from src/lib/applicability.ts):
 *
 * 1. The profile form. Select names are the search URL params, and the form GETs the search page,
 *    so without JavaScript "Simpan" shows the matching entries instead of saving.
 *
 *    <faq-profile-form>
 *      <form action="/cari/" method="get" autocomplete="off">
 *        <p data-profile-notice hidden></p>          <!-- stored profile was invalid -->
 *        <label>Runtime <select name="runtime"><option value="">Semua / tidak tahu</option>
 *          <option value="containerd">containerd</option>…</select></label>
 *        <label>Tipe kluster <select name="kluster">…</select></label>
 *        <label>Versi Kubernetes <select name="versi">…</select></label>
 *        <label>Sistem operasi <select name="os">…</select></label>
 *        <button type="submit">Simpan</button>
 *        <button type="reset">Hapus profil</button>
 *        <p role="status" aria-live="polite" data-profile-status></p>
 *      </form>
 *    </faq-profile-form>
 *
 *    Options are FACETS from src/lib/facet-filters.ts; each select starts with the empty option
 *    selected, because "Hapus profil" resets the form to what the server rendered.
 *
 * 2. An entry page's notice. Attributes: `{...applicabilityData(entry)}`.
 *
 *    <faq-applicability data-runtime="docker" data-kluster="" data-versi="1.20 1.21 1.22 1.23"
 *        data-versi-label="Kubernetes < 1.24" data-os="">
 *      <p role="status" class="faq-applicability"></p>
 *    </faq-applicability>
 *
 *    The region gets "Tidak berlaku untuk kluster Anda: …", the invalid-profile notice, or
 *    nothing. Keep it in the DOM while empty, or later messages may not be announced.
 *
 * 3. Entry lists (home, tag pages, search results). Every item carries the same attributes; an
 *    item that does not apply gets `data-not-applicable` and a visible label, appended to the item
 *    or written into its `[data-na]` element when it has one. Items are never hidden.
 *
 *    <faq-applicability-list>
 *      <ul><li {...applicabilityData(entry)}><a href="…">…</a></li>…</ul>
 *    </faq-applicability-list>
 *
 * Saving or clearing dispatches `ack-faq:profile-change` on `document`; every element re-reads the
 * profile then, and when another tab changes it. A script that renders list items later (search
 * results) dispatches the same event to get them marked.
 */
import { FACET_NAMES } from '../config/facets';
import { applicabilityText } from '../i18n/applicability';
import { profileText } from '../i18n/profile';
import { applicabilityFromData } from '../lib/applicability';
import {
	PROFILE_CHANGE_EVENT,
	PROFILE_FIELDS,
	PROFILE_STORAGE_KEY,
	normalizeProfile,
	parseProfile,
	serializeProfile,
	type Profile,
} from '../lib/profile';
import { readStored, writeStored } from './storage';

type Stored = ReturnType<typeof parseProfile>;

const load = (): Stored => parseProfile(readStored(PROFILE_STORAGE_KEY));

abstract class ProfileAware extends HTMLElement {
	#stop?: AbortController;

	connectedCallback() {
		this.#stop = new AbortController();
		const { signal } = this.#stop;
		const refresh = () => this.render(load());
		document.addEventListener(PROFILE_CHANGE_EVENT, refresh, { signal });
		// `storage` fires for changes made in other tabs; a null key means storage was cleared.
		addEventListener('storage', (e) => (!e.key || e.key === PROFILE_STORAGE_KEY) && refresh(), {
			signal,
		});
		this.setup(signal);
		refresh();
	}

	disconnectedCallback() {
		this.#stop?.abort();
	}

	setup(_signal: AbortSignal) {}

	abstract render(stored: Stored): void;
}

class ProfileForm extends ProfileAware {
	#upgraded = false;

	override setup(signal: AbortSignal) {
		const form = this.querySelector('form');
		if (!form) return;
		const announce = (message: string) => {
			const status = this.querySelector('[data-profile-status]');
			if (!status) return;
			// Emptying first makes screen readers announce a repeated message again.
			status.textContent = '';
			setTimeout(() => (status.textContent = message), 100);
		};
		const store = (profile: Profile | null, message: string) => {
			const kept = writeStored(PROFILE_STORAGE_KEY, profile && serializeProfile(profile));
			announce(kept ? message : profileText.cannotStore);
			document.dispatchEvent(new CustomEvent(PROFILE_CHANGE_EVENT, { detail: profile }));
		};
		form.addEventListener(
			'submit',
			(e) => {
				e.preventDefault();
				const data = new FormData(form);
				const profile = normalizeProfile(
					Object.fromEntries(PROFILE_FIELDS.map((f) => [f, data.get(FACET_NAMES[f])])),
				);
				// Only markup out of step with the vocabulary gets here; keep what is stored.
				profile ? store(profile, profileText.saved) : announce(profileText.unknownChoice);
			},
			{ signal },
		);
		// The form then resets the selects itself, to the empty options the server rendered.
		form.addEventListener('reset', () => store(null, profileText.cleared), { signal });
	}

	render({ profile, notice }: Stored) {
		for (const field of PROFILE_FIELDS) {
			const value = profile?.[field];
			const select = this.querySelector<HTMLSelectElement>(`select[name=${FACET_NAMES[field]}]`);
			if (!select) continue;
			// On a slow connection the reader may pick values before this script arrives. That
			// choice is newer than anything stored, so the first render must not wipe it.
			if (!this.#upgraded && !untouched(select)) continue;
			select.value = value ?? '';
		}
		this.#upgraded = true;
		const box = this.querySelector<HTMLElement>('[data-profile-notice]');
		if (box) {
			box.textContent = notice;
			box.hidden = !notice;
		}
	}
}

/** Still showing what the server rendered. The form has autocomplete="off", so the browser's own
 * form restoration on reload cannot make a select look touched. */
function untouched(select: HTMLSelectElement): boolean {
	// With no `selected` attribute in the markup, a single select starts on its first option.
	const initial = [...select.options].findIndex((o) => o.defaultSelected);
	return select.selectedIndex === Math.max(initial, 0);
}

class EntryApplicability extends ProfileAware {
	render({ profile, notice }: Stored) {
		const region = this.querySelector('[role=status]');
		const result = applicabilityFromData(this.dataset, profile);
		if (region)
			region.textContent = result.applies
				? notice
				: applicabilityText.notApplicableBecause(result.reasons);
	}
}

class ApplicabilityList extends ProfileAware {
	render({ profile }: Stored) {
		for (const item of this.querySelectorAll<HTMLElement>(`[data-${FACET_NAMES.kubernetes}]`)) {
			const off = !applicabilityFromData(item.dataset, profile).applies;
			let label = item.querySelector<HTMLElement>('[data-na]');
			if (off && !label) {
				label = document.createElement('span');
				label.className = 'faq-na';
				label.dataset.na = '';
				item.append(' ', label);
			}
			if (label) {
				label.textContent = off ? applicabilityText.notApplicable : '';
				label.hidden = !off;
			}
			item.toggleAttribute('data-not-applicable', off);
		}
	}
}

for (const [name, element] of [
	['faq-profile-form', ProfileForm],
	['faq-applicability', EntryApplicability],
	['faq-applicability-list', ApplicabilityList],
] as const) {
	// The script may be bundled into more than one page chunk; defining twice would throw.
	customElements.get(name) || customElements.define(name, element);
}
