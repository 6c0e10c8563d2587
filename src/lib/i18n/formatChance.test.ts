import { describe, expect, it } from 'vitest';
import { formatChance } from './format';

describe('formatChance', () => {
	it.each([
		[0, 'en', '0%'],
		[0.0004, 'en', '< 1%'],
		[0.5861, 'en', '59%'],
		[0.9996, 'en', '> 99%'],
		[1, 'en', '100%'],
		[0.004, 'zh', '< 1%'],
		[null, 'en', '—']
	] as const)('shows %s in %s as %s', (p, lang, text) => {
		expect(formatChance(p, lang)).toBe(text);
	});
});
