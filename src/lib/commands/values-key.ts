/**
 * Where placeholder values live for the session. Apart from parse-stored-values.ts so the page
 * bootstrap can check for saved values without shipping the code that uses them.
 */
export const VALUES_STORAGE_KEY = 'ack-faq:placeholders';
