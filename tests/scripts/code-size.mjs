// How big the rooms are: the source files in src/ over a line limit (message dictionaries —
// src/lib/i18n/*Messages.ts, src/cli/messages.ts — excepted, as the rough guide allows) and the
// longest functions of the given folders (tests and benches excepted: their describe blocks are
// lists, not logic). A function's length counts its nested functions. A measurement, not a test:
// it always exits 0.
// Usage: node tests/scripts/code-size.mjs [--file-lines 600] [--function-lines 100]
//                                         [--top 5] [folder …]   (default src/lib/model src/lib/learn)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const options = { fileLines: 600, functionLines: 100, top: 5, folders: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const flag = argv[i];
	const number = () => {
		const value = Number(argv[++i]);
		if (!Number.isInteger(value) || value < 1) throw new Error(`invalid ${flag}: ${argv[i]}`);
		return value;
	};
	if (flag === '--file-lines') options.fileLines = number();
	else if (flag === '--function-lines') options.functionLines = number();
	else if (flag === '--top') options.top = number();
	else if (flag.startsWith('--')) throw new Error(`invalid argument: ${flag}`);
	else options.folders.push(flag);
}
if (options.folders.length === 0) options.folders = ['src/lib/model', 'src/lib/learn'];

/** Every .ts and .svelte file under a folder. */
function filesUnder(folder) {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

const isDictionary = (file) =>
	/src\/lib\/i18n\/\w*Messages\.ts$/.test(file) || file === join('src', 'cli', 'messages.ts');
const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const big = filesUnder('src')
	.map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
	.filter((f) => f.lines > options.fileLines && !isDictionary(f.file))
	.sort((a, b) => b.lines - a.lines);
console.log(
	`Files in src over ${options.fileLines} lines (message dictionaries excepted): ${big.length}`
);
for (const f of big) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}`);

/** The name a function is known by: its own, its variable's or property's, or `(anonymous)`. */
function nameOf(node) {
	if (node.name) return node.name.getText();
	const parent = node.parent;
	if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))
		return parent.name.getText();
	if (ts.isConstructorDeclaration(node)) return 'constructor';
	return '(anonymous)';
}

/** Every function of a TypeScript file with its length in lines. */
function functionsOf(file) {
	const source = ts.createSourceFile(
		file,
		readFileSync(file, 'utf8'),
		ts.ScriptTarget.Latest,
		true
	);
	const out = [];
	const visit = (node) => {
		if (ts.isFunctionLike(node) && 'body' in node && node.body) {
			const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
			const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
			out.push({ file, name: nameOf(node), lines: end - start + 1 });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return out;
}

for (const folder of options.folders) {
	const functions = filesUnder(folder)
		.filter((f) => f.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(f))
		.flatMap(functionsOf)
		.sort((a, b) => b.lines - a.lines);
	const over = functions.filter((f) => f.lines > options.functionLines);
	console.log(
		`\n${folder}: ${functions.length} functions, ${over.length} over ${options.functionLines} lines; longest:`
	);
	for (const f of functions.slice(0, Math.max(options.top, over.length)))
		console.log(`  ${String(f.lines).padStart(5)}  ${f.name}  (${relative(folder, f.file)})`);
}
