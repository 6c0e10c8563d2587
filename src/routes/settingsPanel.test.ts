import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n/messages';
import { UNCERTAINTY_MODELS } from '$lib/model/ranges';
import { leadAndRest } from './settingsPanel';

describe('leadAndRest', () => {
	it('splits off the name an explanation opens with, in both languages', () => {
		expect(leadAndRest('Off: each growth is one number.')).toEqual({
			lead: 'Off',
			separator: ': ',
			rest: 'each growth is one number.'
		});
		expect(leadAndRest('关闭：每个增速取单一数值。')).toEqual({
			lead: '关闭',
			separator: '：',
			rest: '每个增速取单一数值。'
		});
	});

	it('leaves a text without such an opening whole', () => {
		expect(leadAndRest('No name here.')).toEqual({
			lead: '',
			separator: '',
			rest: 'No name here.'
		});
		expect(leadAndRest('A long sentence that only later says: something.').lead).toBe('');
	});

	it('finds the model’s own name at the start of each model’s and the off choice’s explanation', () => {
		for (const lang of ['en', 'zh'] as const) {
			const t = messages[lang];
			expect(leadAndRest(t.uncertaintyOffHelp).lead).toBe(t.uncertaintyOff);
			for (const model of ['persistent', 'yearly'] as const)
				expect(leadAndRest(UNCERTAINTY_MODELS[model][lang]).lead).toBe(t.uncertaintyModel[model]);
		}
	});
});
