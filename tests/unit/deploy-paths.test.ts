// The base path and build folder read from BASE_PATH and BUILD_DIR when the app is built
// (svelte.config.js): a path the host serves the site under, or a clear error.
import { describe, expect, it } from 'vitest';
import { basePath, buildDir } from '../../svelte.config.js';

describe('basePath', () => {
	it('is the host root when BASE_PATH is unset or empty', () => {
		expect(basePath(undefined)).toBe('');
		expect(basePath('')).toBe('');
	});

	it('takes a sub-path as written', () => {
		expect(basePath('/targets')).toBe('/targets');
		expect(basePath('/org/beijing-2025')).toBe('/org/beijing-2025');
	});

	it.each(['targets', '/targets/', '/', '//targets', '/a b', '/targets?x', '/../x', '/a/./b'])(
		'refuses %j with a sentence naming BASE_PATH',
		(value) => {
			expect(() => basePath(value)).toThrow(/^BASE_PATH must be empty or a path such as \/targets/);
		}
	);
});

describe('buildDir', () => {
	it('is build/ unless BUILD_DIR names another folder', () => {
		expect(buildDir(undefined)).toBe('build');
		expect(buildDir(' ')).toBe('build');
		expect(buildDir('build-subpath')).toBe('build-subpath');
	});
});
