import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The pure folders (pure TypeScript: from the evaluation and the messages to numbers, strings,
		// rows and geometry) must not reach up into Svelte, the app or the stateful layers above them.
		// tests/unit/import-layers.test.ts also holds every folder of src/lib free of import cycles.
		files: [
			'src/lib/model/**/*.ts',
			'src/lib/scenario/**/*.ts',
			'src/lib/export/**/*.ts',
			'src/lib/i18n/**/*.ts',
			'src/lib/learn/**/*.ts',
			'src/lib/charts/**/*.ts',
			'src/lib/view/**/*.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$app/*', 'svelte', 'svelte/*', '**/state/**', '**/components/**'],
							message: 'This folder is pure TypeScript: no Svelte, no $app, no components or state.'
						}
					]
				}
			]
		}
	},
	{
		// The model is the bottom layer: it must not reach up into any layer that uses it.
		files: ['src/lib/model/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$app/*',
								'svelte',
								'svelte/*',
								'**/scenario/**',
								'**/state/**',
								'**/components/**',
								'**/charts/**',
								'**/view/**',
								'**/learn/**',
								'**/i18n/**',
								'**/export/**'
							],
							message: 'src/lib/model is pure TypeScript: no Svelte, no layer above the model.'
						}
					]
				}
			]
		}
	},
	{
		// A page's links go through inLang(app.lang, resolve(…)) (components/langHref.ts), so that an
		// English page links to English pages; the rule knows only a bare resolve(). What it guards is
		// checked instead by the build (a link outside the base path fails the sub-path build) and by
		// tests/e2e/languages.spec.ts (every link of every prerendered page stays in its language).
		files: ['**/*.svelte'],
		rules: { 'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }] }
	},
	{
		ignores: [
			'build/',
			'build-subpath/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'coverage/'
		]
	}
);
