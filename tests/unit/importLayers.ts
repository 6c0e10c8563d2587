import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import graph of src/lib, read from the source text: every `import … from`, `export … from`
 * and `import(…)` with a relative or `$lib/` specifier, type-only imports included. Files are
 * keyed by their path under src/lib (`view/targetView.ts`); a folder is a file's first segment.
 */
export const LIB = resolve('src/lib');

const SPECIFIER =
	/(?:^|[;\s])(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '/index.ts'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

function resolveSpecifier(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(LIB, spec.slice('$lib/'.length));
	else if (spec === '$lib') base = LIB;
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return null;
	for (const ext of EXTENSIONS) {
		const path = base + ext;
		try {
			if (statSync(path).isFile()) return path;
		} catch {
			// try the next extension
		}
	}
	return null;
}

/** Each file under src/lib and the files under src/lib it imports. */
export function fileGraph(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const file of sourceFiles(LIB)) {
		const text = readFileSync(file, 'utf8');
		const targets = new Set<string>();
		for (const match of text.matchAll(SPECIFIER)) {
			const target = resolveSpecifier(file, match[1] ?? match[2] ?? '');
			if (target && target.startsWith(LIB + '/')) targets.add(relative(LIB, target));
		}
		graph.set(relative(LIB, file), targets);
	}
	return graph;
}

/** The folder of a file under src/lib (`view`), or `.` for a file at its top. */
export const folderOf = (file: string) =>
	file.includes('/') ? file.slice(0, file.indexOf('/')) : '.';

/** The folder graph: an edge a → b when some file in a imports some file in b (a ≠ b). */
export function folderGraph(files = fileGraph()): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const [file, targets] of files) {
		const from = folderOf(file);
		const edges = graph.get(from) ?? new Set<string>();
		for (const target of targets) if (folderOf(target) !== from) edges.add(folderOf(target));
		graph.set(from, edges);
	}
	return graph;
}

/** The strongly connected components with more than one node (Tarjan): each is a cycle. */
export function cycles(graph: Map<string, Set<string>>): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1) found.push(component.sort());
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

/** The edges inside one cycle, to name in a failure. */
export function edgesWithin(graph: Map<string, Set<string>>, component: string[]): string[] {
	const members = new Set(component);
	return component.flatMap((from) =>
		[...(graph.get(from) ?? [])].filter((to) => members.has(to)).map((to) => `${from} → ${to}`)
	);
}
