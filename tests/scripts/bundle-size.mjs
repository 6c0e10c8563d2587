// What the first route costs to load, in each language: reads build/index.html (Chinese) or
// build/en.html (English; each loads its own language's strings) (it builds nothing; run
// `vite build` first), follows the JS it loads (modulepreload links, the entry scripts' imports
// and their static imports) and gzips each file. Importable (`measureFirstRouteJs`, which the
// budgets test holds to the budget) and runnable: as a script it prints the total beside the
// budget and the five largest chunks with a guess at what they hold, and always exits 0.
// Usage: node tests/scripts/bundle-size.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first route in each language: its address and its prerendered page in build/. */
export const FIRST_ROUTES = /** @type {const} */ ([
	['/', 'index.html'],
	['/en', 'en.html']
]);

/** The first route's JavaScript, gzipped, in KB (1024 bytes). */
export const BUNDLE_BUDGET_KB = 90;

/**
 * @typedef {{ name: string, raw: number, gzip: number, what: string }} Chunk  sizes in bytes
 * @typedef {{ chunks: Chunk[], gzipBytes: number, rawBytes: number }} FirstRouteJs
 */

/**
 * The JavaScript the first route (/) loads before it runs, file by file, largest first.
 * @param {string} [buildDir]
 * @param {string} [pageFile]  the prerendered page, relative to buildDir: index.html (/) or en.html (/en)
 * @returns {FirstRouteJs}
 */
export function measureFirstRouteJs(buildDir = 'build', pageFile = 'index.html') {
	const root = resolve(buildDir);
	const indexFile = join(root, pageFile);
	if (!existsSync(indexFile))
		throw new Error(`${indexFile} not found: run \`npx vite build\` first.`);

	const html = readFileSync(indexFile, 'utf8');
	const start = new Set();
	for (const [, href] of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
		start.add(href);
	for (const [, href] of html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="modulepreload"/g))
		start.add(href);
	// The inline start-up script imports the entries: import("./_app/immutable/entry/start.….js").
	const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1])
		.join('\n');
	for (const [, spec] of inline.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) start.add(spec);

	/** The file on disk an href of index.html (relative to /) points at. */
	const fromPage = (/** @type {string} */ href) => join(root, new URL(href, 'http://x/').pathname);

	// Follow static imports (import … from "./x.js" / import "./x.js"), not dynamic ones: those
	// load later (the QR library, other routes' nodes are preloaded above only if the first route
	// needs them).
	/** @type {Map<string, Buffer>} */
	const seen = new Map();
	const queue = [...start].map(fromPage);
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.pop());
		if (seen.has(file) || !existsSync(file)) continue;
		const code = readFileSync(file);
		seen.set(file, code);
		const text = code.toString('utf8');
		for (const [, spec] of text.matchAll(
			/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
		))
			if (spec) queue.push(resolve(dirname(file), spec));
	}

	const chunks = [...seen]
		.map(([file, code]) => {
			const name = relative(root, file);
			return {
				name,
				raw: code.length,
				gzip: gzipSync(code, { level: 9 }).length,
				what: guess(name, code.toString('utf8'))
			};
		})
		.sort((a, b) => b.gzip - a.gzip);
	return {
		chunks,
		gzipBytes: chunks.reduce((sum, c) => sum + c.gzip, 0),
		rawBytes: chunks.reduce((sum, c) => sum + c.raw, 0)
	};
}

/**
 * A guess at what a chunk holds, from names and strings that survive minification.
 * @param {string} name
 * @param {string} text
 */
function guess(name, text) {
	const hints = [];
	if (/entry\/start/.test(name)) hints.push('SvelteKit client router (start)');
	if (/entry\/app/.test(name)) hints.push('SvelteKit app manifest (app)');
	if (/nodes\/0\./.test(name)) hints.push('root layout');
	if (/nodes\/\d+\./.test(name) && !/nodes\/0\./.test(name)) hints.push('page component');
	if (/typed-function|Cannot convert|mathjs|ParenthesisNode|OperatorNode/.test(text))
		hints.push('mathjs');
	if (/scaleLinear|d3-|ticks|nice\(/.test(text) && /interpolate|bisect/.test(text))
		hints.push('d3');
	if (/https:\/\/svelte\.dev\/e\/|\$\$props|hydration_mismatch|effect_update_depth/.test(text))
		hints.push('svelte runtime');
	if (/sveltekit|__sveltekit|data-sveltekit/.test(text)) hints.push('sveltekit runtime');
	if (/valibot|safeParse|v\.object/.test(text)) hints.push('valibot');
	if (/tech_contracts|rd_intensity/.test(text)) hints.push('plan/model data');
	if (/qrcode|errorCorrectionLevel/.test(text)) hints.push('qrcode');
	return hints.length > 0 ? hints.join(', ') : 'app code (components, helpers)';
}

/** @param {number} bytes */
export const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * The one line that states the total beside the budget, as a ratio.
 * @param {FirstRouteJs} js
 */
export function describeTotal(js) {
	const ratio = js.gzipBytes / 1024 / BUNDLE_BUDGET_KB;
	return (
		`total ${kb(js.gzipBytes)} KB gzipped (${kb(js.rawBytes)} KB raw) / budget ` +
		`${BUNDLE_BUDGET_KB} KB = ${ratio.toFixed(2)}×` +
		(ratio > 1 ? '  (over budget)' : '  (within budget)')
	);
}

function main() {
	if (!existsSync('build/index.html')) {
		console.log('build/index.html not found: run `npx vite build` first.');
		return;
	}
	for (const [route, file] of FIRST_ROUTES) {
		const js = measureFirstRouteJs('build', file);
		console.log(`First route (${route}) JavaScript: ${js.chunks.length} files`);
		console.log(`  ${describeTotal(js)}`);
		console.log('  largest chunks (gzipped):');
		for (const c of js.chunks.slice(0, 5))
			console.log(`    ${kb(c.gzip).padStart(6)} KB  ${c.name}  — ${c.what}`);
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
