// Serves the literal static artifact in build/ (what a static host would serve), so browser
// tests check what ships. With --gzip it compresses text files as most static hosts do (the
// Lighthouse measurement uses that; the browser tests use the plain files).
// Usage: node tests/serve-build.mjs [port] [--gzip]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve('build');
const args = process.argv.slice(2);
const gzip = args.includes('--gzip');
const port = Number(args.find((arg) => !arg.startsWith('--')) ?? process.env.PORT ?? 4173);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

function resolvePath(url) {
	const pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
	const file = normalize(join(root, pathname));
	if (!file.startsWith(root)) return null;
	for (const candidate of [file, `${file}.html`, join(file, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

createServer((req, res) => {
	let file;
	try {
		file = resolvePath(req.url ?? '/');
	} catch {
		file = null; // malformed percent-encoding
	}
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('not found');
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	const compress =
		gzip &&
		/^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
		/\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	res.writeHead(200, {
		'content-type': type,
		...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
	});
	if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
	else createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () =>
	console.log(`serving build/ on http://127.0.0.1:${port}${gzip ? ' (gzip)' : ''}`)
);
