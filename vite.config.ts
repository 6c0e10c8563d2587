import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateObservations, validatePlan } from './src/lib/model/schema';
import { validatePackFile } from './src/lib/plans/packSchema';
import { splitSourceDetails } from './src/lib/model/sourceDetails';

const DATA_MODULE = resolve('src/lib/model/data.ts');
const SEEDS = {
	plan: resolve('seeds/plan.json'),
	observations: resolve('seeds/observations.json')
};
const VINTAGES_DIR = resolve('seeds/vintages');
const PLANS_DIR = resolve('seeds/plans');
const VINTAGE_PREFIX = 'virtual:data-vintage/';
const VINTAGE_ID = '\0data-vintage:';
const DETAILS_MODULE = 'virtual:source-details';
const DETAILS_ID = '\0source-details';

/** The earlier data vintages kept in seeds/vintages/, by name (`2026-11`). */
function olderVintages(): string[] {
	return readdirSync(VINTAGES_DIR)
		.filter((f) => /^\d{4}-\d{2}\.json$/.test(f))
		.map((f) => f.slice(0, -'.json'.length))
		.sort();
}

/** JSON.parse of a string literal is the fastest way for a browser to read large data. */
const literal = (value: unknown) => JSON.stringify(JSON.stringify(value));

/**
 * Validates the seed files when the app is built, served or tested, and hands the browser the
 * validated plan and data as plain JSON — formulas already parsed into trees — in place of
 * data.ts (which validates at import when run by Node without Vite: the evaluator). So a malformed
 * seed file fails the build with a message naming the file, the record and the field, and the
 * browser loads neither the schema library nor the formula parser to show the first page.
 */
function validatedSeeds(): Plugin {
	return {
		name: 'validated-seeds',
		// The plan packs are validated too, though the app does not read them yet.
		buildStart() {
			for (const name of readdirSync(PLANS_DIR)) {
				if (!name.endsWith('.json') || name.endsWith('.schema.json')) continue;
				const file = resolve(PLANS_DIR, name);
				this.addWatchFile(file);
				try {
					validatePackFile(JSON.parse(readFileSync(file, 'utf8')), `seeds/plans/${name}`);
				} catch (e) {
					this.error(`a plan pack is invalid: ${(e as Error).message}`);
				}
			}
		},
		// Each earlier vintage is a module of its own, so the browser loads it only when a link
		// pins it (a dynamic import), validated like the latest.
		resolveId(id) {
			if (id === DETAILS_MODULE) return DETAILS_ID;
			return id.startsWith(VINTAGE_PREFIX) ? VINTAGE_ID + id.slice(VINTAGE_PREFIX.length) : null;
		},
		load(id) {
			// The latest vintage's sources' words (see src/lib/model/sourceDetails.ts).
			if (id === DETAILS_ID) {
				this.addWatchFile(SEEDS.observations);
				const observations = validateObservations(
					JSON.parse(readFileSync(SEEDS.observations, 'utf8'))
				);
				return `export default JSON.parse(${literal(splitSourceDetails(observations).details)});\n`;
			}
			if (!id.startsWith(VINTAGE_ID)) return null;
			const name = id.slice(VINTAGE_ID.length);
			const file = resolve(VINTAGES_DIR, `${name}.json`);
			this.addWatchFile(file);
			try {
				const data = validateObservations(
					JSON.parse(readFileSync(file, 'utf8')),
					`seeds/vintages/${name}.json`
				);
				validatePlan(JSON.parse(readFileSync(SEEDS.plan, 'utf8')), data);
				return `export default JSON.parse(${literal(data)});\n`;
			} catch (e) {
				this.error(`the data vintage ${name} is invalid: ${(e as Error).message}`);
			}
		},
		// In the browser the latest vintage comes without its sources' words, which load with
		// loadSourceDetails (every page but the dashboard, and the exports, wait for them); the
		// server that prerenders the pages, and the tests, read the whole data.
		transform(_code, id, options) {
			if (id.split('?')[0] !== DATA_MODULE) return null;
			for (const file of Object.values(SEEDS)) this.addWatchFile(file);
			try {
				const observations = validateObservations(
					JSON.parse(readFileSync(SEEDS.observations, 'utf8'))
				);
				const plan = validatePlan(JSON.parse(readFileSync(SEEDS.plan, 'utf8')), observations);
				const loaders = olderVintages()
					.filter((name) => name !== observations.vintage)
					.map(
						(name) =>
							`${JSON.stringify(name)}: () => import(${JSON.stringify(VINTAGE_PREFIX + name)})`
					);
				const browser = !options?.ssr;
				const details = browser
					? `import { attachSourceDetails } from './sourceDetails';\n` +
						`let details;\n` +
						`export function loadSourceDetails() {\n` +
						`\tdetails ??= import(${JSON.stringify(DETAILS_MODULE)}).then(\n` +
						`\t\t(m) => attachSourceDetails(observations, m.default),\n` +
						// A failed load (offline, a new version deployed) is tried again next time.
						`\t\t(error) => { details = undefined; throw error; }\n` +
						`\t);\n` +
						`\treturn details;\n` +
						`}\n`
					: `export async function loadSourceDetails() {}\n`;
				return {
					code:
						`// Generated by vite.config.ts from the validated seed files.\n` +
						`export const observations = JSON.parse(${literal(browser ? splitSourceDetails(observations).slim : observations)});\n` +
						details +
						`export const plan = JSON.parse(${literal(plan)});\n` +
						`const older = { ${loaders.join(', ')} };\n` +
						`export async function loadVintage(version) {\n` +
						`\tif (version === observations.vintage) return observations;\n` +
						`\tif (!Object.hasOwn(older, version)) return null;\n` +
						`\treturn (await older[version]()).default;\n` +
						`}\n`,
					map: null
				};
			} catch (e) {
				this.error(`the seed files are invalid: ${(e as Error).message}`);
			}
		}
	};
}

const I18N_DIR = resolve('src/lib/i18n');
const STRINGS_PREFIX = 'virtual:strings/';
const STRINGS_ID = '\0strings:';

/**
 * The wording modules split by language: each `<name>.ts` of src/lib/i18n with a `<name>.en.ts`
 * and a `<name>.zh.ts` beside it, which export `en` and `zh`, and itself exports only
 * `<name> = { en, zh }` (and types).
 */
function splitWordings(): string[] {
	return readdirSync(I18N_DIR)
		.filter((f) => f.endsWith('.en.ts'))
		.map((f) => f.slice(0, -'.en.ts'.length))
		.sort();
}

/**
 * In the browser, the wording the first page needs loads one language at a time (see
 * src/lib/i18n/messages.ts): each split module (splitWordings) is replaced by an object that
 * starts empty, and messages.ts by a loader that imports one language's parts of all of them at
 * once (`virtual:strings/<lang>`, a script per language) and fills them in. The prerendering
 * server, the command line and the tests (Vitest sets VITEST) keep the modules as written, with
 * both languages.
 */
function wordingByLanguage(): Plugin {
	let names: string[] = [];
	const wordingOf = (id: string) => {
		const file = id.split('?')[0]!;
		if (!file.startsWith(I18N_DIR + '/') || !file.endsWith('.ts')) return null;
		const name = file.slice(I18N_DIR.length + 1, -'.ts'.length);
		return names.includes(name) ? name : null;
	};
	return {
		name: 'wording-by-language',
		buildStart() {
			names = splitWordings();
		},
		resolveId(id) {
			return id.startsWith(STRINGS_PREFIX) ? STRINGS_ID + id.slice(STRINGS_PREFIX.length) : null;
		},
		load(id) {
			if (!id.startsWith(STRINGS_ID)) return null;
			const lang = id.slice(STRINGS_ID.length);
			if (lang !== 'en' && lang !== 'zh') return null;
			const parts = names.map((name, i) => ({ name, local: `p${i}` }));
			return (
				parts
					.map(
						({ name, local }) =>
							`import { ${lang} as ${local} } from ${JSON.stringify(resolve(I18N_DIR, `${name}.${lang}.ts`))};\n`
					)
					.join('') +
				`export default { ${parts.map(({ name, local }) => `${JSON.stringify(name)}: ${local}`).join(', ')} };\n`
			);
		},
		transform(code, id, options) {
			if (options?.ssr || process.env.VITEST) return null;
			const name = wordingOf(id);
			if (name === null) return null;
			// Anything else the module exports would be lost in the browser: refuse it.
			const other = [...code.matchAll(/^export\s+(?:const|let|var|function|class)\s+(\w+)/gm)]
				.map((m) => m[1])
				.filter((n) => n !== name && n !== 'hasMessages' && n !== 'loadMessages');
			if (other.length > 0)
				this.error(
					`src/lib/i18n/${name}.ts is split by language, so it may export only ${name} (and types); it also exports ${other.join(', ')}`
				);
			if (name !== 'messages')
				return {
					code:
						`// Generated by vite.config.ts (wordingByLanguage) in place of ${name}.ts.\n` +
						`import { wordingPart } from './messages';\n` +
						`export const ${name} = wordingPart(${JSON.stringify(name)});\n`,
					map: null
				};
			return {
				code:
					`// Generated by vite.config.ts (wordingByLanguage) in place of messages.ts.\n` +
					`const parts = {};\n` +
					`export function wordingPart(name) {\n` +
					`\treturn (parts[name] ??= {});\n` +
					`}\n` +
					`export const messages = wordingPart('messages');\n` +
					`const loaders = {\n` +
					`\ten: () => import(${JSON.stringify(STRINGS_PREFIX + 'en')}),\n` +
					`\tzh: () => import(${JSON.stringify(STRINGS_PREFIX + 'zh')})\n` +
					`};\n` +
					`const loading = {};\n` +
					`export function hasMessages(lang) {\n` +
					`\treturn Object.hasOwn(messages, lang);\n` +
					`}\n` +
					`export function loadMessages(lang) {\n` +
					`\tif (hasMessages(lang)) return Promise.resolve();\n` +
					`\tloading[lang] ??= loaders[lang]().then(\n` +
					`\t\t(m) => {\n` +
					`\t\t\tfor (const [name, part] of Object.entries(m.default)) wordingPart(name)[lang] = part;\n` +
					`\t\t},\n` +
					// A failed load (offline, a new version deployed) is tried again next time.
					`\t\t(error) => {\n` +
					`\t\t\tdelete loading[lang];\n` +
					`\t\t\tthrow error;\n` +
					`\t\t}\n` +
					`\t);\n` +
					`\treturn loading[lang];\n` +
					`}\n`,
				map: null
			};
		}
	};
}

export default defineConfig({
	plugins: [validatedSeeds(), wordingByLanguage(), sveltekit()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					benchmark: { include: ['src/**/*.bench.ts'] }
				}
			},
			{
				extends: './vite.config.ts',
				resolve: { conditions: ['browser'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/vitest-setup.ts'],
					benchmark: { include: [] }
				}
			}
		]
	}
});
