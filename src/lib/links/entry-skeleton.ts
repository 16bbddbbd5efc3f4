/**
 * The file `npm run new-entry` writes. Every field the schema can default gets a valid value;
 * the two only the author can decide (description, category) are left empty, so the build
 * refuses the entry, naming those fields, until they are filled in.
 */
import { CATEGORIES, CLUSTER_TYPES, OPERATING_SYSTEMS, RUNTIMES } from '../../config/facets';

/** Input of entrySkeleton. */
export interface SkeletonInput {
	ref: string;
	/** The question, which becomes the title. */
	question: string;
	/** Today, as YYYY-MM-DD. */
	updated: string;
}

const keys = (o: object) => Object.keys(o).join(', ');

/** The complete MDX text of a new entry: frontmatter with TODO comments, and section skeleton. */
export function entrySkeleton({ ref, question, updated }: SkeletonInput): string {
	return `---
ref: ${ref}
title: ${JSON.stringify(question.replace(/\s+/g, ' ').trim())}
# TODO: answer the question in one sentence (shown in lists, search results and link previews).
description: ""
# TODO: pick one of: ${keys(CATEGORIES)}
category: ""
# Runtimes the answer is about (${keys(RUNTIMES)}); empty when it does not depend on the runtime.
runtime: []
# Cluster types it is limited to (${keys(CLUSTER_TYPES)}); empty when it applies to all.
clusterType: []
# Kubernetes versions it holds for: ">=1.24", "<1.24", "1.22 - 1.24", or "*" for all.
kubernetes: "*"
# Node operating systems it is about (${keys(OPERATING_SYSTEMS)}); empty when it does not matter.
os: []
# Exact error messages this entry answers, one per line as - "…".
errors: []
# Extra search words readers use (English terms, abbreviations).
keywords: []
aliases: []
related: []
updated: ${updated}
---

TODO: Answer the question in one or two sentences.

## Gejala {/* #gejala */}

TODO: What the reader sees: the error message, the status, the behaviour.

## Penyebab {/* #penyebab */}

TODO: Why it happens.

## Solusi {/* #solusi */}

TODO: The steps that fix it.
`;
}
