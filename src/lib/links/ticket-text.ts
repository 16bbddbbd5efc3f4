/**
 * The text a support engineer pastes into a ticket to cite an answer. Tickets live for years and
 * move between tools, so both forms keep the ref (searchable even if the URL ever dies) and the
 * full URL (readable even where Markdown is not rendered).
 *
 * - Markdown, for GitHub, GitLab, Zendesk and Jira Cloud (which converts pasted Markdown):
 *   `[ACK-0014] Apa …? › Solusi — https://…/faq/slug/#solusi`. The URL stays visible (it is
 *   autolinked where Markdown renders, readable where it does not), and `[ACK-0014]` reads as
 *   the ref in both.
 * - Plain text, for Jira Server/Data Center wiki markup, e-mail and chat, which link bare URLs:
 *   `ACK-0014: Apa …? › Solusi — https://…/faq/slug/#solusi`
 *
 * The plain form has no square brackets: they are link syntax in Jira wiki markup.
 */

/** What a ticket reference names: an entry, or one section of it. */
export interface TicketRef {
	ref: string;
	title: string;
	/** Absolute URL of the entry; a fragment in it is replaced by the section's. */
	url: string;
	section?: { id: string; title: string };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function label({ ref, title, section }: TicketRef): string {
	return `${ref}: ${oneLine(title)}${section ? ` › ${oneLine(section.title)}` : ''}`;
}

/** The URL of the entry or of its section. */
export function ticketUrl({ url, section }: TicketRef): string {
	return section ? `${url.replace(/#.*$/, '')}#${section.id}` : url;
}

/** `[ACK-0014] Title › Section — url`, with Markdown syntax in the title escaped. */
export function ticketMarkdown(target: TicketRef): string {
	const { ref, title, section } = target;
	const text = `${oneLine(title)}${section ? ` › ${oneLine(section.title)}` : ''}`.replace(
		/[\\`*_[\]<]/g,
		'\\$&',
	);
	// Spaces, parentheses and angle brackets would end an autolinked URL early.
	const url = ticketUrl(target).replace(/[\s()<>]/g, (c) =>
		c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c),
	);
	return `[${ref}] ${text} — ${url}`;
}

/** `ACK-0014: Title › Section — url`. */
export function ticketPlain(target: TicketRef): string {
	return `${label(target)} — ${ticketUrl(target)}`;
}

/**
 * The three texts the share buttons copy (see src/scripts/faq-share.ts), computed at build time:
 * the bare URL, the Markdown reference and the plain-text reference.
 */
export function shareTexts(target: TicketRef): { link: string; markdown: string; plain: string } {
	return { link: ticketUrl(target), markdown: ticketMarkdown(target), plain: ticketPlain(target) };
}
