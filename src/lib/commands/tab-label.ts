import { RUNTIMES } from '../../config/facets';

/** The label of a tab variant: the runtime's name for `containerd`, `docker`, `sandboxed`, else the value as written. */
export function tabLabel(value: string): string {
	return Object.hasOwn(RUNTIMES, value) ? RUNTIMES[value as keyof typeof RUNTIMES] : value;
}
