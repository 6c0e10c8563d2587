// Serves the literal static artifact in build/ (what a static host would serve), so browser
// tests check what ships. Usage: node tests/serve-build.mjs [port]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('build');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
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
	res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving build/ on http://127.0.0.1:${port}`));
