// Serves the literal static artifact in build/ (what a static host would serve), so browser
// tests check what ships. With --gzip it compresses text files as most static hosts do (the
// Lighthouse measurement uses that; the browser tests use the plain files). --dir serves another
// folder and --base serves it under a sub-path, as a host that puts the site at
// https://example.org/targets/ would (a build made with BASE_PATH=/targets); any address outside
// the sub-path is 404, and an unknown address inside it gets 404.html (the app's shell). It sends the Cache-Control headers the README asks of a host.
// Usage: node tests/serve-build.mjs [port] [--gzip] [--dir <folder>] [--base </path>]
// serveBuild() starts the same server from a test (port 0: any free port).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

/** @type {Record<string, string>} */
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

/**
 * The address's path below `base` ('/…'), or null when the address lies outside it.
 * @param {string} url
 * @param {string} base
 * @returns {string | null}
 */
export function pathUnder(url, base) {
	const pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
	if (base === '') return pathname;
	return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/**
 * The caching the README's Deploy section asks of a host: files whose names carry a hash of their
 * content (`_app/immutable/`) kept for a year; every other file (pages, service-worker.js,
 * _app/version.json) checked with the host on each use, so a new version is seen at once.
 * @param {string} path the address's path below the base
 */
export function cacheControl(path) {
	return path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The file that answers `url`, or null (outside `base` or `root`, or no such file).
 * @param {string} root
 * @param {string} url
 * @param {string} base
 * @returns {string | null}
 */
function resolvePath(root, url, base) {
	const pathname = pathUnder(url, base);
	if (pathname === null) return null;
	const file = normalize(join(root, pathname));
	if (!file.startsWith(root)) return null;
	for (const candidate of [file, `${file}.html`, join(file, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

/**
 * Starts serving `dir` under `base` ('' for the root) on 127.0.0.1:`port`; resolves to the
 * listening server once it accepts connections.
 * @param {{ dir?: string, base?: string, port?: number, gzip?: boolean }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serveBuild({ dir = 'build', base = '', port = 4173, gzip = false } = {}) {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		// The sub-path itself is a folder: like static hosts, send the browser on to `base/`, so the
		// pages' relative addresses (./_app/…) resolve inside it.
		const url = new URL(req.url ?? '/', 'http://x');
		if (base !== '' && url.pathname === base) {
			res.writeHead(301, { location: `${base}/${url.search}` });
			res.end();
			return;
		}
		let file;
		try {
			file = resolvePath(root, req.url ?? '/', base);
		} catch {
			file = null; // malformed percent-encoding
		}
		// Inside the site, an unknown address gets the app's shell (404.html) with status 404, as the
		// README asks of a host; outside it, a plain 404.
		const shell = join(root, '404.html');
		if (!file && pathUnder(req.url ?? '/', base) !== null && existsSync(shell)) {
			res.writeHead(404, { 'content-type': types['.html'], 'cache-control': 'no-cache' });
			createReadStream(shell).pipe(res);
			return;
		}
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('not found');
			return;
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		const path = /** @type {string} */ (pathUnder(req.url ?? '/', base));
		const compress =
			gzip &&
			/^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
			/\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(200, {
			'content-type': type,
			'cache-control': cacheControl(path),
			...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
		});
		if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
		else createReadStream(file).pipe(res);
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/**
 * The command line's options: `[port] [--gzip] [--dir <folder>] [--base </path>]`.
 * @param {string[]} args
 */
function parseArgs(args) {
	/** @param {string} name */
	const valueOf = (name) => {
		const at = args.indexOf(name);
		return at === -1 ? undefined : args[at + 1];
	};
	const dir = valueOf('--dir') ?? 'build';
	const base = valueOf('--base') ?? '';
	if (base !== '' && !/^(\/[^/]+)+$/.test(base))
		throw new Error(`--base must look like /targets (no trailing slash); got ${base}`);
	const options = new Set(['--dir', '--base']);
	const port = args.find((arg, i) => !arg.startsWith('--') && !options.has(args[i - 1] ?? ''));
	return {
		dir,
		base,
		gzip: args.includes('--gzip'),
		port: Number(port ?? process.env.PORT ?? 4173)
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const options = parseArgs(process.argv.slice(2));
	await serveBuild(options);
	console.log(
		`serving ${options.dir}/ on http://127.0.0.1:${options.port}${options.base}/` +
			(options.gzip ? ' (gzip)' : '')
	);
}
