#!/usr/bin/env node
// A static file server for the e2e tests: serves a build directory under a base path, the way a
// static host would (directory index, 404.html, correct MIME types), optionally with a CSP header.
//   node e2e/static-server.mjs --dir dist --port 4321 [--base /docs/ack-faq/] [--csp "..."]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: '4321' },
		base: { type: 'string', default: '/' },
		csp: { type: 'string' },
	},
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};

async function fileFor(pathname) {
	const rel = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, rel);
	if (!file.startsWith(root)) return null;
	try {
		const s = await stat(file);
		if (s.isDirectory()) {
			file = join(file, 'index.html');
			await stat(file);
		}
		return file;
	} catch {
		return null;
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const headers = { 'X-Content-Type-Options': 'nosniff' };
	if (values.csp) headers['Content-Security-Policy'] = values.csp;
	if (url.pathname === '/__csp-report' && req.method === 'POST') {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			console.error(`CSP violation: ${body}`);
			res.writeHead(204).end();
		});
		return;
	}
	// Directory URLs without the slash redirect, as static hosts do.
	if (url.pathname === base.slice(0, -1)) {
		res.writeHead(301, { Location: base }).end();
		return;
	}
	const file = url.pathname.startsWith(base) ? await fileFor(url.pathname) : null;
	if (file) {
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		res.writeHead(200, { ...headers, 'Content-Type': type });
		createReadStream(file).pipe(res);
		return;
	}
	const notFound = join(root, '404.html');
	res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
	createReadStream(notFound).on('error', () => res.end('Not found')).pipe(res);
}).listen(Number(values.port), '127.0.0.1', () => {
	console.log(`serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
