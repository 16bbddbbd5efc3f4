/**
 * Which variant a tab group opens on: the reader's last choice, else the runtime of their
 * "Kluster saya" profile, else the first variant the author wrote.
 */
export function pickTab(
	values: readonly string[],
	remembered: string | null | undefined,
	runtime: string | null | undefined,
): string | undefined {
	if (remembered && values.includes(remembered)) return remembered;
	if (runtime && values.includes(runtime)) return runtime;
	return values[0];
}
