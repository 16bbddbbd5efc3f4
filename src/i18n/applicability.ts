// The interface's words for one part of it; how to add one: src/i18n/README.md.

/** Why an entry does not apply to the reader's cluster. */
export const applicabilityText = {
	/** The visible label on a list item that does not apply. */
	notApplicable: 'Tidak berlaku untuk kluster Anda',
	/** "Tidak berlaku untuk kluster Anda: hanya untuk Kubernetes < 1.24" (reasons joined by "; "). */
	notApplicableBecause: (reasons: readonly string[]) =>
		`${applicabilityText.notApplicable}: ${reasons.join('; ')}`,
	onlyRuntime: (runtimes: string) => `hanya untuk runtime ${runtimes}`,
	onlyFor: (what: string) => `hanya untuk ${what}`,
	/** A cluster type whose label is not a name of its own: "kluster dikelola sendiri". */
	clusterNoun: (label: string) => `kluster ${label.toLowerCase()}`,
	kubernetes: (versions: string) => `Kubernetes ${versions}`,
	onlyOs: (systems: string) => `hanya untuk node ${systems}`,
} as const;
