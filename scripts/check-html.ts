/**
 * Validates every built page with the Nu Html Checker (the W3C validator, npm package
 * `vnu-jar`), and fails on any error, printing page, line and message.
 *
 *   npm run build && npm run check:html [-- dist]
 *
 * The checker runs on Java: `java` must be on the PATH (.ci/run installs Debian's
 * default-jre-headless when it is missing). The package's own Java downloader is switched off in
 * package.json (allowScripts), since these machines reach no download site.
 * Exits 1 when a page has an error, 2 when it cannot check.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? 'dist';
const jar = String(createRequire(import.meta.url)('vnu-jar'));

try {
	execFileSync('java', ['-version'], { stdio: 'ignore' });
} catch {
	console.error(
		'check:html needs a Java runtime on the PATH (Debian: apt-get install default-jre-headless)',
	);
	process.exit(2);
}

interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

const run = spawnSync(
	'java',
	['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dir],
	{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
// The checker writes its JSON report to stderr, and exits 1 when it found an error.
let messages: VnuMessage[];
try {
	messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
} catch {
	console.error(
		`check:html: the checker did not report (exit ${run.status}):\n${run.stderr}${run.stdout}`,
	);
	process.exit(2);
}
const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
for (const m of errors) {
	const file = m.url?.startsWith('file:') ? relative('.', fileURLToPath(m.url)) : (m.url ?? '?');
	console.error(
		`${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`,
	);
}
if (errors.length > 0) {
	console.error(`check:html: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${dir}`);
	process.exitCode = 1;
} else {
	console.log(`check:html: every page in ${dir} is valid HTML`);
}
