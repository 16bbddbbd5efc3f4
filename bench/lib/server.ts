/**
 * The one static server of the project, for the benchmarks and the e2e suite. It serves a build
 * folder the way a static host does: directory index, `404.html` with status 404, MIME types,
 * `nosniff`, optionally under a base path and with a Content-Security-Policy header. It records
 * every response body it sends, so the benchmarks count the bytes that crossed the wire.
 *
 * `startServer(folder)` serves like a host in production: gzip for text types, cacheable files.
 * The e2e servers (playwright.config.ts) run it from the command line, plain by default, so a
 * test sees every request its page makes:
 *
 *     tsx bench/lib/server.ts --dir dist --port 4321 [--base /docs/ack-faq/] [--csp "…"]
 *                             [--gzip] [--cache-seconds 3600]
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import { createSecureServer, type Http2ServerRequest } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

interface ServerOptions {
	/** 0, the default, takes any free port. */
	port?: number;
	/** The path the folder is published under, e.g. `/docs/ack-faq/`. */
	base?: string;
	/** A Content-Security-Policy header for every response. */
	csp?: string;
	/** Gzip text types when the browser accepts it, as a static host does. Default: true. */
	compress?: boolean;
	/** `Cache-Control: public, max-age=…` on every file; `null` sends none. Default: an hour. */
	cacheSeconds?: number | null;
	/**
	 * Serve HTTP/2 over TLS, as static hosts and CDNs do, instead of plain HTTP/1.1: a browser
	 * then sends every request of a page at once instead of six at a time. The certificate is a
	 * self-signed one for 127.0.0.1 (`localhost-cert.pem`); the browser must ignore its errors.
	 */
	http2?: boolean;
}

export interface Transfer {
	path: string;
	/** Body bytes sent (after gzip, when gzipped); headers are not counted. */
	bytes: number;
	status: number;
}

export interface StaticServer {
	origin: string;
	/** Every response since the last reset, in order. */
	transfers: Transfer[];
	reset(): void;
	close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
/** Types a static host gzips. Pagefind's own files (.pf_*, .pagefind) are gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

/** What the handler calls on a response, the same in HTTP/1.1 and HTTP/2. */
interface Reply {
	writeHead(
		status: number,
		headers?: Record<string, string>,
	): {
		end(): unknown;
		end(body: Uint8Array): unknown;
	};
}

/** The file a URL path names inside `root`, or null; never a file outside `root`. */
async function fileFor(root: string, relativePath: string): Promise<string | null> {
	const path = normalize(decodeURIComponent(relativePath)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, path);
	if (file !== root && !file.startsWith(root + sep)) return null;
	try {
		if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		await stat(file);
		return file;
	} catch {
		return null;
	}
}

export async function startServer(
	folder: string,
	{
		port = 0,
		base = '/',
		csp,
		compress = true,
		cacheSeconds = 3600,
		http2 = false,
	}: ServerOptions = {},
): Promise<StaticServer> {
	const root = resolve(folder);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const transfers: Transfer[] = [];
	// Compressing each file once keeps the server's own CPU time out of the latencies.
	const gzipped = new Map<string, Buffer>();

	const handle = async (req: IncomingMessage | Http2ServerRequest, res: Reply) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' };
		if (csp) headers['Content-Security-Policy'] = csp;
		if (pathname === '/__csp-report' && req.method === 'POST') {
			let report = '';
			req.on('data', (chunk) => (report += chunk));
			req.on('end', () => {
				console.error(`CSP violation: ${report}`);
				res.writeHead(204).end();
			});
			return;
		}
		// The base without its slash redirects, as static hosts do for a folder.
		if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
			res.writeHead(301, { Location: prefix }).end();
			return;
		}
		const found = pathname.startsWith(prefix)
			? await fileFor(root, pathname.slice(prefix.length))
			: null;
		const file = found ?? join(root, '404.html');
		const status = found ? 200 : 404;
		let body: Buffer;
		try {
			body = await readFile(file);
		} catch {
			body = Buffer.from('Not found');
		}
		const ext = extname(file);
		headers['Content-Type'] = TYPES[ext] ?? 'application/octet-stream';
		if (cacheSeconds !== null) headers['Cache-Control'] = `public, max-age=${cacheSeconds}`;
		if (
			compress &&
			COMPRESSIBLE.has(ext) &&
			/\bgzip\b/.test(String(req.headers['accept-encoding']))
		) {
			body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body)).get(file)!;
			headers['Content-Encoding'] = 'gzip';
		}
		transfers.push({ path: pathname, bytes: body.length, status });
		res.writeHead(status, headers).end(body);
	};
	const server = http2
		? createSecureServer(
				{
					key: await readFile(new URL('localhost-key.pem', import.meta.url)),
					cert: await readFile(new URL('localhost-cert.pem', import.meta.url)),
					allowHTTP1: true,
				},
				handle,
			)
		: createServer(handle);
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const address = server.address() as AddressInfo;
	return {
		origin: `${http2 ? 'https' : 'http'}://127.0.0.1:${address.port}`,
		transfers,
		reset: () => void transfers.splice(0),
		close: () => new Promise((done) => server.close(() => done())),
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'dist' },
			port: { type: 'string', default: '4321' },
			base: { type: 'string', default: '/' },
			csp: { type: 'string' },
			gzip: { type: 'boolean', default: false },
			'cache-seconds': { type: 'string' },
		},
	});
	const cache = values['cache-seconds'];
	const server = await startServer(values.dir, {
		port: Number(values.port),
		base: values.base,
		...(values.csp ? { csp: values.csp } : {}),
		compress: values.gzip,
		cacheSeconds: cache === undefined ? null : Number(cache),
	});
	console.log(`serving ${resolve(values.dir)} at ${server.origin}${values.base}`);
}
