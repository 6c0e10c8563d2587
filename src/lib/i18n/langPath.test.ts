import { describe, expect, test } from 'vitest';
import { langOfPath, pathInLang, pathWithoutLang } from './langPath';

describe('language addresses', () => {
	test.each([
		['', '/', 'zh'],
		['', '/compare', 'zh'],
		['', '/en', 'en'],
		['', '/en/target/rd_intensity', 'en'],
		['', '/english', 'zh'],
		['', '/target/en', 'zh'],
		['/targets', '/targets/', 'zh'],
		['/targets', '/targets/en', 'en'],
		['/targets', '/targets/en/compare', 'en'],
		['/en', '/en/compare', 'zh'],
		['/en', '/en/en/compare', 'en']
	] as const)('under %j, %s is %s', (base, pathname, lang) => {
		expect(langOfPath(pathname, base)).toBe(lang);
	});

	test.each([
		['', '/', '/en'],
		['', '/compare', '/en/compare'],
		['', '/target/rd_intensity', '/en/target/rd_intensity'],
		['/targets', '/targets/', '/targets/en'],
		['/targets', '/targets', '/targets/en'],
		['/targets', '/targets/learn/playground', '/targets/en/learn/playground'],
		// SvelteKit's relative base while prerendering
		['.', './', './en'],
		['..', '../hindcast', '../en/hindcast']
	] as const)('under %j, %s in English is %s and back', (base, zh, en) => {
		expect(pathInLang(zh, 'en', base)).toBe(en);
		expect(pathInLang(en, 'en', base)).toBe(en);
		const back = zh === base ? `${base}/` : zh;
		expect(pathInLang(en, 'zh', base)).toBe(back);
		expect(pathWithoutLang(en, base)).toBe(back);
		expect(pathInLang(zh, 'zh', base)).toBe(back);
	});
});
