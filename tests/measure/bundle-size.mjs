// What the first route costs to load: reads build/index.html (it builds nothing; run
// `vite build` first), follows the JS it loads (modulepreload links, the entry scripts' imports
// and their static imports), gzips each file and prints the total beside the budget, plus the
// five largest chunks with a guess at what they hold. Prints only; always exits 0.
// Usage: node tests/measure/bundle-size.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 90;
const root = resolve('build');
const indexFile = join(root, 'index.html');

if (!existsSync(indexFile)) {
	console.log('build/index.html not found: run `npx vite build` first.');
	process.exit(0);
}

const html = readFileSync(indexFile, 'utf8');
const start = new Set();
for (const [, href] of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
	start.add(href);
for (const [, href] of html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="modulepreload"/g))
	start.add(href);
// The inline start-up script imports the entries: import("./_app/immutable/entry/start.….js").
const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
for (const [, spec] of inline.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) start.add(spec);

/** The file on disk an href of index.html (relative to /) points at. */
const fromPage = (href) => join(root, new URL(href, 'http://x/').pathname);

// Follow static imports (import … from "./x.js" / import "./x.js"), not dynamic ones: those load
// later (the QR library, other routes' nodes are preloaded above only if the first route needs them).
const seen = new Map();
const queue = [...start].map(fromPage);
while (queue.length > 0) {
	const file = queue.pop();
	if (seen.has(file) || !existsSync(file)) continue;
	const code = readFileSync(file);
	seen.set(file, code);
	const text = code.toString('utf8');
	for (const [, spec] of text.matchAll(
		/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
	))
		queue.push(resolve(dirname(file), spec));
}

/** A guess at what a chunk holds, from names and strings that survive minification. */
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

const rows = [...seen].map(([file, code]) => {
	const name = relative(root, file);
	return {
		name,
		raw: code.length,
		gzip: gzipSync(code, { level: 9 }).length,
		what: guess(name, code.toString('utf8'))
	};
});
const kb = (bytes) => (bytes / 1024).toFixed(1);
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
const totalRaw = rows.reduce((sum, r) => sum + r.raw, 0);

console.log(`First route (/) JavaScript: ${rows.length} files`);
console.log(
	`  total ${kb(total)} KB gzipped (${kb(totalRaw)} KB raw) / budget ${BUDGET_KB} KB = ${(total / 1024 / BUDGET_KB).toFixed(2)}×` +
		(total / 1024 > BUDGET_KB ? '  (over budget)' : '  (within budget)')
);
console.log('  largest chunks (gzipped):');
for (const r of rows.sort((a, b) => b.gzip - a.gzip).slice(0, 5))
	console.log(`    ${kb(r.gzip).padStart(6)} KB  ${r.name}  — ${r.what}`);
