import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateObservations, validatePlan } from './src/lib/model/schema';
import { validatePackFile } from './src/lib/plans/packSchema';
import { splitSourceDetails } from './src/lib/model/sourceDetails';

const DATA_MODULE = resolve('src/lib/model/data.ts');
const MESSAGES_MODULE = resolve('src/lib/i18n/messages.ts');
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

/**
 * In the browser, the app's core strings load one language at a time (src/lib/i18n/messages.ts
 * says how they are used): messages.ts is replaced by a module that starts empty and imports
 * messages.<lang>.ts when that language is first asked for. The prerendering server, the
 * command line and the tests (Vitest sets VITEST) keep the module as written, with both.
 */
function messagesByLanguage(): Plugin {
	return {
		name: 'messages-by-language',
		transform(_code, id, options) {
			if (options?.ssr || process.env.VITEST || id.split('?')[0] !== MESSAGES_MODULE) return null;
			return {
				code:
					`// Generated by vite.config.ts (messagesByLanguage) in place of messages.ts.\n` +
					`export const messages = {};\n` +
					`const loaders = { en: () => import('./messages.en'), zh: () => import('./messages.zh') };\n` +
					`const loading = {};\n` +
					`export function hasMessages(lang) {\n` +
					`\treturn Object.hasOwn(messages, lang);\n` +
					`}\n` +
					`export function loadMessages(lang) {\n` +
					`\tif (hasMessages(lang)) return Promise.resolve();\n` +
					`\tloading[lang] ??= loaders[lang]().then(\n` +
					`\t\t(m) => { messages[lang] = m[lang]; },\n` +
					// A failed load (offline, a new version deployed) is tried again next time.
					`\t\t(error) => { delete loading[lang]; throw error; }\n` +
					`\t);\n` +
					`\treturn loading[lang];\n` +
					`}\n`,
				map: null
			};
		}
	};
}

export default defineConfig({
	plugins: [validatedSeeds(), messagesByLanguage(), sveltekit()],
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
