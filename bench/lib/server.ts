/**
 * A static server for a build folder that compresses like a static host (gzip for text types)
 * and records every response body it sends, so byte counts are what crossed the wire.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

const TYPES: Record<string, string> = {
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
};
/** Types a static host gzips. Pagefind's own files (.pf_*, .pagefind) are gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

async function fileFor(root: string, pathname: string): Promise<string | null> {
	const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, rel);
	if (!file.startsWith(root)) return null;
	try {
		if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		await stat(file);
		return file;
	} catch {
		return null;
	}
}

export async function startServer(root: string): Promise<StaticServer> {
	const transfers: Transfer[] = [];
	// Compressing each file once keeps the server's own CPU time out of the latencies.
	const gzipped = new Map<string, Buffer>();

	const server: Server = createServer(async (req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = (await fileFor(root, pathname)) ?? join(root, '404.html');
		const status = file.endsWith('404.html') && !pathname.endsWith('404.html') ? 404 : 200;
		let body: Buffer;
		try {
			body = await readFile(file);
		} catch {
			body = Buffer.from('Not found');
		}
		const ext = extname(file);
		const headers: Record<string, string> = {
			'Content-Type': TYPES[ext] ?? 'application/octet-stream',
			'Cache-Control': 'public, max-age=3600',
		};
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
			body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body)).get(file)!;
			headers['Content-Encoding'] = 'gzip';
		}
		transfers.push({ path: pathname, bytes: body.length, status });
		res.writeHead(status, headers).end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		transfers,
		reset: () => void transfers.splice(0),
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
