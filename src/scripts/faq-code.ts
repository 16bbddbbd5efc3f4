/**
 * Code blocks in the browser: copy buttons and placeholder values (variant tabs are in
 * faq-tabs.ts). Progressive enhancement over the build's HTML (src/plugins/shiki-commands.ts, rehype-code-tabs.ts): without
 * this script every command, placeholder and variant is still on the page, readable and
 * selectable. Load it once per page that has code: `<script>import '../scripts/faq-code';</script>`.
 *
 * Placeholder panel markup contract (the page renders it from `frontmatter.placeholders`, which
 * src/plugins/rehype-collect-placeholders.ts fills; render nothing when the list is empty):
 *
 * ```html
 * <faq-placeholders>
 *   <h2 id="isi-placeholder">Isi placeholder</h2>           <!-- optional, any heading -->
 *   <div class="ph-field">                                    <!-- one per placeholder -->
 *     <label for="ph-1">Nama node <code>[$NODE_NAME]</code></label>   <!-- label, then text -->
 *     <input id="ph-1" name="NODE_NAME" placeholder="{example}" autocomplete="off"
 *            spellcheck="false" maxlength="500" disabled>      <!-- placeholder= only with an example -->
 *   </div>
 *   <button type="button" data-ph-clear disabled>Hapus nilai</button>
 * </faq-placeholders>
 * ```
 *
 * `name` is the placeholder's `name` from the frontmatter. The inputs start disabled, so that
 * without JavaScript the panel is only a legend; the element enables them, fills them from
 * sessionStorage and adds a warning region (`.ph-warn`, referenced by `aria-describedby`) after
 * each input.
 */
import { metacharWarning } from '../lib/commands/find-metachars';
import { substitute } from '../lib/commands/substitute';
import { MAX_VALUE_LENGTH, valueKey } from '../lib/commands/parse-stored-values';
import { codeText } from '../i18n/code';
import { loadTypedValues, saveTypedValues } from './typed-values';

const $$ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => [
	...root.querySelectorAll<T>(selector),
];

/** Current values by placeholder name, set by <faq-placeholders>. */
const values: Record<string, string> = {};

// What each block copies and what its placeholders say, read before any value is filled in.
const sources = new Map<HTMLPreElement, [text: string, literals: string[]]>();
const marks = new Map<string, HTMLElement[]>();
const originals = new Map<HTMLElement, string>();
for (const mark of $$('.ph')) {
	originals.set(mark, mark.textContent ?? '');
	marks.set(mark.dataset['ph']!, [...(marks.get(mark.dataset['ph']!) ?? []), mark]);
}
for (const button of $$<HTMLButtonElement>('.code-copy')) {
	const pre = button.closest('figure')?.querySelector('pre');
	if (!pre) continue;
	sources.set(pre, [
		pre.dataset['copy'] ?? pre.textContent ?? '',
		$$('.ph', pre).map((m) => originals.get(m)!),
	]);
	const status = document.createElement('span');
	status.className = 'code-status';
	status.setAttribute('aria-live', 'polite');
	button.after(status);
	button.disabled = false;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let shown: Element | undefined;
document.addEventListener('click', async (event) => {
	const button = (event.target as Element).closest?.('.code-copy');
	const pre = button?.closest('figure')?.querySelector('pre');
	const source = pre && sources.get(pre);
	if (!source) return;
	const status = button!.nextElementSibling!;
	const { text, unfilled } = substitute(source[0], values, source[1]);
	let message: string = codeText.copied;
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		// No Clipboard API (plain http, old browser) or no permission: let the reader copy.
		getSelection()?.selectAllChildren(pre);
		message = codeText.selectedCopyByHand;
	}
	if (unfilled.length) message += codeText.unfilled(unfilled);
	// Empty first, so repeating the same message is announced again.
	if (shown) shown.textContent = '';
	shown = status;
	clearTimeout(timer);
	setTimeout(() => (status.textContent = message), 50);
	timer = setTimeout(() => (status.textContent = ''), 8000);
});

/** The placeholder panel: fills every mark of a placeholder, and the copied text, as the reader types. */
class FaqPlaceholders extends HTMLElement {
	connectedCallback() {
		const stored = loadTypedValues();
		const langs = new Set($$('figure.code').map((f) => f.dataset['lang']!));
		const inputs = $$<HTMLInputElement>('input[name]', this);
		const update = (input: HTMLInputElement) => {
			const name = input.name;
			const value = input.value.slice(0, MAX_VALUE_LENGTH);
			const named = marks.get(name) ?? [];
			const label = named[0]?.dataset['phLabel'] ?? '';
			values[name] = value;
			for (const mark of named) {
				// Text, never HTML: a value is shown exactly as typed.
				mark.textContent = value || originals.get(mark)!;
				mark.classList.toggle('ph-set', !!value);
			}
			saveTypedValues([{ name, label, value }]);
			input.nextElementSibling!.textContent = (value && metacharWarning(value, langs)) || '';
		};
		inputs.forEach((input, i) => {
			const warning = document.createElement('span');
			warning.className = 'ph-warn';
			warning.id = `ph-warn-${i}`;
			warning.setAttribute('aria-live', 'polite');
			input.after(warning);
			input.setAttribute(
				'aria-describedby',
				`${input.getAttribute('aria-describedby') ?? ''} ${warning.id}`.trim(),
			);
			// What the reader typed before this script arrived wins over the stored value.
			input.value ||=
				stored[valueKey(input.name, marks.get(input.name)?.[0]?.dataset['phLabel'] ?? '')] ?? '';
			input.disabled = false;
			update(input);
		});
		this.addEventListener('input', (event) => {
			if (inputs.includes(event.target as HTMLInputElement))
				update(event.target as HTMLInputElement);
		});
		const clear = this.querySelector<HTMLButtonElement>('[data-ph-clear]');
		if (clear) {
			clear.disabled = false;
			clear.onclick = () => {
				for (const input of inputs) {
					input.value = '';
					update(input);
				}
			};
		}
	}
}
customElements.define('faq-placeholders', FaqPlaceholders);
