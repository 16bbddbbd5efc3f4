/**
 * Refs of the synthetic benchmark corpus (ACK-100000 and up). They never take part in the real
 * numbering, so generating a corpus next to the content cannot push new entries to ACK-100001.
 */
export const SYNTHETIC_REF_START = 100_000;

const REF = /^ACK-(\d{4,6})$/;

/** True for a ref of the synthetic benchmark corpus. */
export const isSyntheticRef = (ref: string) =>
	Number(REF.exec(ref)?.[1] ?? 0) >= SYNTHETIC_REF_START;

/**
 * The ref for a new entry: one more than the highest real ref in `refs`, zero-padded to 4
 * digits (`ACK-0009`). Pass every ref ever published (content and links.lock.json), because a
 * number freed by a deleted entry is still quoted in old tickets and must not name a new question.
 * Values that are not refs, and synthetic ones, are ignored.
 */
export function nextRef(refs: Iterable<string>): string {
	let max = 0;
	for (const ref of refs) {
		const n = Number(REF.exec(ref)?.[1] ?? Number.NaN);
		if (n < SYNTHETIC_REF_START && n > max) max = n;
	}
	const next = max + 1;
	if (next >= SYNTHETIC_REF_START) {
		throw new RangeError(
			`the real refs have reached ACK-${max}; ACK-${SYNTHETIC_REF_START} and up belong to the synthetic corpus`,
		);
	}
	return `ACK-${String(next).padStart(4, '0')}`;
}
