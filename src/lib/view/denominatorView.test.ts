import { describe, expect, it } from 'vitest';
import vintage202611Json from '../../../seeds/vintages/2026-11.json';
import { observations, plan } from '../model/data';
import { evaluateProjections } from '../model/evaluate';
import { validateObservations } from '../model/schema';
import { emptyScenario, type Scenario } from '../model/types';
import { denominatorView } from './denominatorView';

const viewOf = (scenario: Partial<Scenario>, data = observations, lang: 'zh' | 'en' = 'en') => {
	const s = { ...emptyScenario(), ...scenario };
	return denominatorView(s, evaluateProjections(plan, data, s), data, lang);
};

describe('denominatorView', () => {
	it('offers published employment first, checked by default, then the two alternatives marked low', () => {
		const view = viewOf({});
		expect(view.options.map((o) => [o.value, o.checked, o.lowConfidence])).toEqual([
			['default', true, null],
			['census_2023', false, 'Low confidence'],
			['implied_2018', false, 'Low confidence']
		]);
		expect(view.unusedNote).toBeNull();
	});

	it('shows the figure each option puts in, with the formula of the derived one', () => {
		const [published, census, implied] = viewOf({}).options;
		expect(published!.figure).toBe('12.20 million (2016)');
		expect(census!.figure).toBe('13.14 million (2023)');
		expect(implied!.figure).toBe('267,338 ÷ 216 × 10,000 = 12.38 million (2018)');
		const zh = viewOf({}, observations, 'zh').options;
		expect(zh[1]!.figure).toBe('1,313.6 万人（2023 年）');
		expect(zh[2]!.figure).toBe('267,338 ÷ 216 = 1,237.7 万人（2018 年）');
		expect(zh[2]!.lowConfidence).toBe('可信度低');
	});

	it('checks the chosen alternative', () => {
		const view = viewOf({ employmentDenominator: 'implied_2018' });
		expect(view.options.filter((o) => o.checked).map((o) => o.value)).toEqual(['implied_2018']);
	});

	it('says why a chosen alternative is not in use', () => {
		const older = validateObservations(vintage202611Json, 'seeds/vintages/2026-11.json');
		const view = viewOf({ employmentDenominator: 'census_2023' }, older);
		expect(view.unusedNote).toBe('Not in this data vintage: published employment is used.');
		expect(view.options[1]!.figure).toBeNull();
		expect(viewOf({ employmentDenominator: 'census_2023', asOf: 2020 }).unusedNote).toBe(
			'After the as-of year: not used.'
		);
	});
});
