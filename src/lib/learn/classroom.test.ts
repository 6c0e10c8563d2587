import { describe, expect, it } from 'vitest';
import { classroomMessages } from '../i18n/classroomMessages';
import { observations, plan } from '../model/data';
import { emptyScenario, evaluateScenario } from '../model';
import {
	amountText,
	answerFor,
	CLOSE_POINTS,
	CLOSE_RELATIVE,
	compareGuess,
	guessUnit,
	MAX_GUESS_VALUE,
	parseGuess,
	questionUnit,
	readingText,
	reveal,
	revealView,
	summarise,
	thresholdText
} from './classroom';

const evaluation = evaluateScenario(plan, observations, emptyScenario());
const result = (id: string) => evaluation.targets.find((t) => t.id === id)!;
const en = classroomMessages.en;
const names = (ids: string[]) => ids.join(', ');

describe('parseGuess', () => {
	it.each([
		['9000', 9000],
		['9,000', 9000],
		['9 000', 9000],
		['9\u00a0000', 9000],
		['9\u202f000', 9000],
		['１２，０００', 12000],
		['12,000.5', 12000.5],
		['1 234 567', 1234567],
		['9000亿元', 9000],
		['9000 亿', 9000],
		['.5', 0.5],
		[' 10064 ', 10064]
	])('reads the value %j as %d', (text, value) => {
		const reading = parseGuess(text, '亿元');
		expect(reading.ok).toBe(true);
		if (reading.ok) expect(reading.value).toBeCloseTo(value, 9);
	});

	it.each([
		['5', 0.05, false],
		['5%', 0.05, false],
		['5 %', 0.05, false],
		['５％', 0.05, false],
		['-3', -0.03, false],
		['−3 %', -0.03, false],
		['- 3', -0.03, false],
		['0.05', 0.0005, true],
		['0.05%', 0.0005, false],
		['0', 0, false]
	])(
		'reads the rate %j as percent: %d, flagged as a possible fraction: %s',
		(text, rate, small) => {
			const reading = parseGuess(text, 'rate');
			expect(reading.ok).toBe(true);
			if (!reading.ok) return;
			expect(reading.value).toBeCloseTo(rate, 12);
			expect(reading.smallRate).toBe(small);
		}
	);

	it('reads a ratio in % with or without its sign', () => {
		for (const text of ['6.2', '6.2%', '6.2 %']) {
			const reading = parseGuess(text, '%');
			expect(reading.ok && reading.value).toBeCloseTo(6.2, 12);
		}
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['abc', 'not_a_number'],
		['9,5', 'not_a_number'],
		['9,00', 'not_a_number'],
		['1e3', 'not_a_number'],
		['0x10', 'not_a_number'],
		['Infinity', 'not_a_number'],
		['5%%', 'not_a_number'],
		['9000 家', 'not_a_number'],
		['-5', 'out_of_range'],
		['1e13'.replace('e13', '0000000000000'), 'out_of_range']
	])('refuses the value %j as %s', (text, reason) => {
		expect(parseGuess(text, '亿元')).toEqual({ ok: false, reason });
	});

	it('refuses rates at or below −100 % and above 1000 %', () => {
		expect(parseGuess('-100', 'rate')).toEqual({ ok: false, reason: 'out_of_range' });
		expect(parseGuess('1001', 'rate')).toEqual({ ok: false, reason: 'out_of_range' });
		expect(parseGuess('-99.9', 'rate').ok).toBe(true);
	});
});

describe('compareGuess', () => {
	it('gives the gap of the documented example: 1,064 亿元, 10.6 % low', () => {
		const gap = compareGuess(9000, 10064, '亿元');
		expect(gap.difference).toBeCloseTo(-1064, 9);
		expect(gap.relative).toBeCloseTo(-1064 / 10064, 12);
		expect(gap.direction).toBe('low');
		expect(gap.close).toBe(false);
	});

	it('counts a value guess as close within 5 % of the answer, either side', () => {
		expect(compareGuess(1000 * (1 + CLOSE_RELATIVE), 1000, '亿元').close).toBe(true);
		expect(compareGuess(1000 * (1 - CLOSE_RELATIVE), 1000, '亿元').close).toBe(true);
		expect(compareGuess(1051, 1000, '亿元').close).toBe(false);
		expect(compareGuess(949, 1000, '亿元').direction).toBe('low');
	});

	it('counts a rate guess as close within 0.5 percentage points', () => {
		expect(compareGuess(0.08 + CLOSE_POINTS, 0.08, 'rate').close).toBe(true);
		expect(compareGuess(0.086, 0.08, 'rate')).toMatchObject({ close: false, direction: 'high' });
		expect(compareGuess(0.086, 0.08, 'rate').difference).toBeCloseTo(0.006, 12);
	});

	it('calls an equal guess exact, with no gap', () => {
		expect(compareGuess(0.1 + 0.2, 0.3, 'rate')).toEqual({
			difference: 0,
			relative: 0,
			direction: 'exact',
			close: true
		});
	});

	it('has no relative gap when the answer is 0, and is close only when exact', () => {
		expect(compareGuess(1, 0, '家')).toEqual({
			difference: 1,
			relative: null,
			direction: 'high',
			close: false
		});
		expect(compareGuess(0, 0, '家').close).toBe(true);
	});
});

describe('answerFor', () => {
	it('answers a projected-value question with the model’s projection in the target’s unit', () => {
		const r = result('tech_contracts');
		expect(answerFor(r, 'projected')).toEqual({ ok: true, value: r.projected, unit: '亿元' });
	});

	it('answers a required-growth question with the model’s required growth as a rate', () => {
		const r = result('rd_intensity');
		expect(answerFor(r, 'required')).toEqual({ ok: true, value: r.requiredGrowth, unit: 'rate' });
	});

	it('has no answer when a driver has no growth assumption, naming the driver', () => {
		const r = result('rd_personnel_density');
		expect(r.missing.length).toBeGreaterThan(0);
		expect(answerFor(r, 'projected')).toEqual({
			ok: false,
			reason: 'missing_assumption',
			missing: r.missing
		});
	});

	it('passes on why a required growth cannot be given', () => {
		const r = result('digital_economy_growth');
		expect(r.requiredGrowthNote).toBe('no_years_left');
		expect(answerFor(r, 'required')).toMatchObject({ ok: false, reason: 'no_years_left' });
		expect(answerFor(result('unicorns'), 'required')).toMatchObject({
			ok: false,
			reason: 'not_applicable'
		});
	});

	it('answers in the unit questionUnit names', () => {
		for (const r of evaluation.targets)
			for (const kind of ['projected', 'required'] as const) {
				const answer = answerFor(r, kind);
				if (answer.ok) expect(answer.unit).toBe(questionUnit(r.spec, kind));
			}
	});
});

describe('revealView', () => {
	it('writes a guess of 9,000 亿元 against 10,064 亿元 in billion yuan in English', () => {
		const view = revealView(
			reveal(9000, { ok: true, value: 10064, unit: '亿元' }),
			'亿元',
			en,
			'en',
			names
		);
		expect(view.guessText).toBe('900 billion yuan');
		expect(view.answerText).toBe('1,006.4 billion yuan');
		expect(view.answerDetail).toBe('1.01 trillion yuan');
		expect(view.gapText).toBe('You were 106.4 billion yuan low (10.6% of the answer).');
	});

	it('writes the same guess in 亿元 in Chinese', () => {
		const view = revealView(
			reveal(9000, { ok: true, value: 10064, unit: '亿元' }),
			'亿元',
			classroomMessages.zh,
			'zh',
			names
		);
		expect(view.guessText).toBe('9,000 亿元');
		expect(view.gapText).toBe('你的估计偏低 1,064 亿元（相当于答案的 10.6%）。');
	});

	it('writes a growth-rate gap in percentage points only, never as a percent of the rate', () => {
		const view = revealView(
			reveal(0.09, { ok: true, value: 0.08, unit: 'rate' }),
			'rate',
			en,
			'en',
			names
		);
		expect(view.gapText).toBe('You were 1.00 pp high.');
		const zh = revealView(
			reveal(0.07, { ok: true, value: 0.08, unit: 'rate' }),
			'rate',
			classroomMessages.zh,
			'zh',
			names
		);
		expect(zh.gapText).toBe('你的估计偏低 1.00 个百分点。');
	});

	it('writes a share’s gap in points with its size relative to the answer', () => {
		const view = revealView(reveal(6.2, { ok: true, value: 6.5, unit: '%' }), '%', en, 'en', names);
		expect(view.gapText).toBe('You were 0.30 pp low (4.6% of the answer).');
	});

	it('explains a missing answer instead of a gap', () => {
		const view = revealView(
			reveal(5, { ok: false, reason: 'missing_assumption', missing: ['employed'] }),
			'人年/万人',
			en,
			'en',
			names
		);
		expect(view.answerText).toBe('—');
		expect(view.gapText).toContain('employed');
	});
});

describe('reveal', () => {
	it('keeps the answer it was given, so later settings cannot move it', () => {
		const answer = { ok: true as const, value: 100, unit: '亿元' };
		const record = reveal(95, answer);
		answer.value = 200;
		expect(record.gap?.difference).toBeCloseTo(-5, 9);
	});
});

describe('summarise', () => {
	it('counts revealed, answerable and close questions', () => {
		const close = reveal(100, { ok: true, value: 101, unit: '亿元' });
		const far = reveal(50, { ok: true, value: 100, unit: '亿元' });
		const none = reveal(1, { ok: false, reason: 'no_projection', missing: [] });
		expect(summarise([close, far, none, undefined, null])).toEqual({
			total: 5,
			revealed: 3,
			answered: 2,
			close: 1
		});
	});
});

describe('texts', () => {
	it('states the threshold with its numbers', () => {
		expect(thresholdText(en, 'en')).toBe(
			'A guess counts as close when it is within 5% of the answer (relative to the answer); for a growth rate, within 0.50 pp of it.'
		);
	});

	it('says how a guess was read, and hints when a rate may have been typed as a fraction', () => {
		expect(readingText(parseGuess('9 000', '亿元'), '亿元', classroomMessages.zh, 'zh')).toBe(
			'读作 9,000 亿元。'
		);
		expect(readingText(parseGuess('900', '亿元', 'en'), '亿元', en, 'en')).toBe(
			'Read as 900 billion yuan.'
		);
		expect(readingText(parseGuess('0.05', 'rate'), 'rate', en, 'en')).toBe(
			'Read as 0.05%. Numbers are read as percent: if you meant 5 %, type 5.'
		);
		expect(readingText(parseGuess('x', 'rate'), 'rate', en, 'en')).toBe('');
	});

	it('keeps 亿元 in Chinese and billion yuan in English, with a decimal where it matters', () => {
		expect(amountText(10064.05, '亿元', 'zh')).toBe('10,064 亿元');
		expect(amountText(12.34, '亿元', 'zh')).toBe('12.3 亿元');
		expect(amountText(10064.05, '亿元', 'en')).toBe('1,006.4 billion yuan');
		expect(amountText(9000, '亿元', 'en')).toBe('900 billion yuan');
		expect(amountText(12.34, '亿元', 'en')).toBe('1.2 billion yuan');
	});
});

describe('guesses in billion yuan', () => {
	it('an English guess of an amount in 亿元 is typed in billion yuan and read as 亿元', () => {
		expect(guessUnit('亿元', 'en')).toBe('billion_yuan');
		expect(guessUnit('亿元', 'zh')).toBe('亿元');
		expect(guessUnit('rate', 'en')).toBe('rate');
		for (const text of [
			'1,006.4',
			'1006.4 billion',
			'1,006.4 billion yuan',
			'1006.4 bn',
			'１００６.４'
		])
			expect(parseGuess(text, '亿元', 'en')).toMatchObject({
				ok: true,
				value: 10064,
				typed: 1006.4
			});
		expect(parseGuess('900', '亿元', 'zh')).toMatchObject({ ok: true, value: 900 });
	});

	it('refuses an English amount past the limit once converted to 亿元', () => {
		expect(parseGuess(String(MAX_GUESS_VALUE / 10 + 1), '亿元', 'en')).toEqual({
			ok: false,
			reason: 'out_of_range'
		});
		expect(parseGuess(String(MAX_GUESS_VALUE / 10), '亿元', 'en').ok).toBe(true);
	});

	it('labels the guess in the unit it is typed in', () => {
		expect(en.guessUnit(guessUnit('亿元', 'en'))).toBe('billion yuan');
		expect(classroomMessages.zh.guessUnit(guessUnit('亿元', 'zh'))).toBe('亿元');
	});
});
