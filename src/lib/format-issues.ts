import type { z } from 'zod';

/**
 * Validation problems as the build and the link scripts report them: one line per problem,
 * "file: field: problem", with zod's "Invalid input" for a missing field said plainly.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], file: string): string {
	return issues
		.map((issue) => {
			const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
			const message =
				issue.code === 'invalid_type' && issue.input === undefined
					? issue.message.startsWith('Invalid')
						? 'is missing'
						: issue.message
					: issue.message;
			return `${file}: ${field}: ${message}`;
		})
		.join('\n');
}
