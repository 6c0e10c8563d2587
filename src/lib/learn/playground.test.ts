import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playgroundMessages } from '../i18n/playgroundMessages';
import { DRIVER_IDS, emptyScenario, evaluateScenario, type DriverId } from '../model';
import { observations, plan } from '../model/data';
import {
	evaluateExpression,
	formatResult,
	MAX_LENGTH,
	nearestName,
	PLAYGROUND_EXAMPLES,
	rememberExpression,
	seriesReference,
	yearSpans,
	type PlaygroundResult
} from './playground';

const evaluation = evaluateScenario(plan, observations, emptyScenario());
const valueOf = (id: DriverId, year: number) => {
	const point = evaluation.drivers[id].path.find((p) => p.year === year);
	if (!point) throw new Error(`the model has no ${id} for ${year}`);
	return point.value;
};
/** A year the model has no value for although it has values on both sides: a gap. */
const gapOf = (id: DriverId) => {
	const years = evaluation.drivers[id].path.map((p) => p.year);
	for (let y = years[0]!; y < years.at(-1)!; y++) if (!years.includes(y)) return y;
	return null;
};

function refusal(text: string, lang: 'en' | 'zh' = 'en') {
	const result = evaluateExpression(text, evaluation, lang);
	if (result.ok) throw new Error(`expected a refusal of ${text}, got ${result.value}`);
	return result;
}

function accepted(text: string, ev = evaluation) {
	const result = evaluateExpression(text, ev, 'en');
	if (!result.ok) throw new Error(`expected a value for ${text}, got: ${result.message}`);
	return result;
}

describe('evaluateExpression computes with the current evaluation', () => {
	it('evaluates every example to the model’s numbers', () => {
		const expected = [
			valueOf('tech_contracts', 2023) * 1.05 ** 2,
			(valueOf('rd_spend', 2024) / valueOf('gdp', 2024)) * 100,
			valueOf('hightech_va', 2025) / valueOf('hightech_va', 2024) - 1,
			(valueOf('gdp', 2025) / valueOf('gdp', 2020)) ** (1 / 5) - 1
		];
		PLAYGROUND_EXAMPLES.forEach((text, i) => {
			expect(accepted(text).value).toBeCloseTo(expected[i]!, 9);
		});
	});

	it('agrees with the model’s R&D intensity target for 2025', () => {
		const target = evaluation.targets.find((t) => t.id === 'rd_intensity')!;
		expect(accepted('rd_spend[2025] / gdp[2025] * 100').value).toBeCloseTo(target.projected!, 9);
	});

	it('lists each value read once, with its kind and unit', () => {
		const result = accepted('(hightech_va[2025] / hightech_va[2024]) - 1 + 0 * hightech_va[2024]');
		expect(result.lookups).toEqual([
			{
				series: 'hightech_va',
				name: plan.drivers.find((d) => d.id === 'hightech_va')!.name.en,
				year: 2025,
				value: valueOf('hightech_va', 2025),
				kind: 'projected',
				unit: '亿元',
				basis: 'c5'
			},
			expect.objectContaining({ series: 'hightech_va', year: 2024, kind: 'published' })
		]);
	});

	it('reports derived values as derived', () => {
		const derived = evaluation.drivers.digital_va.path.find((p) => p.kind === 'derived');
		expect(derived).toBeDefined();
		const result = accepted(`digital_va[${derived!.year}]`);
		expect(result.lookups[0]!.kind).toBe('derived');
		expect(result.value).toBeCloseTo(derived!.value, 9);
	});

	it('uses the user’s assumptions for projected years and marks entered values as the user’s', () => {
		const faster = evaluateScenario(plan, observations, {
			...emptyScenario(),
			asOf: 2022,
			growth: { gdp: 0.1 }
		});
		const base = faster.drivers.gdp.baseValue!;
		const baseYear = faster.drivers.gdp.baseYear!;
		const year = faster.targetYear;
		expect(baseYear).toBeLessThan(year);
		const result = accepted(`gdp[${year}]`, faster);
		expect(result.value).toBeCloseTo(base * 1.1 ** (year - baseYear), 6);
		expect(result.lookups[0]!.kind).toBe('projected');
		const gap = gapOf('hightech_va')!;
		const entered = evaluateScenario(plan, observations, {
			...emptyScenario(),
			userValues: { hightech_va: { [gap]: 7000 } }
		});
		const own = accepted(`hightech_va[${gap}]`, entered);
		expect(own.value).toBe(7000);
		expect(own.lookups[0]!.kind).toBe('user');
	});

	it.each([
		{ text: '1 + 2 * 3', expected: 7 },
		{ text: '-2^2', expected: -4 },
		{ text: '2^3^2', expected: 512 },
		{ text: '+4 - -1', expected: 5 },
		{ text: '2pi', expected: 2 * Math.PI },
		{ text: 'e', expected: Math.E },
		{ text: 'sqrt(16) + abs(-3)', expected: 7 },
		{ text: 'exp(1)', expected: Math.E },
		{ text: 'log(e^2)', expected: 2 },
		{ text: 'log(8, 2)', expected: 3 },
		{ text: 'log10(1000)', expected: 3 },
		{ text: 'min(3, 1, 2) + max(4, 5)', expected: 6 },
		{ text: 'round(2.345, 2)', expected: 2.35 },
		{ text: 'round(-2.5)', expected: -3 },
		{ text: 'floor(2.7) + ceil(2.1)', expected: 5 },
		{ text: 'gdp[2020 + 4]', expected: 49843.1 },
		{ text: '（gdp［2024］ − 1）× 2 ÷ 2', expected: 49842.1 }
	])('evaluates $text to $expected', ({ text, expected }) => {
		expect(accepted(text).value).toBeCloseTo(expected, 9);
	});
});

describe('evaluateExpression refuses what is not arithmetic, by name', () => {
	it.each(['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve'])(
		'refuses the function %s and names it',
		(name) => {
			const text = name === 'import' ? 'import({}, {})' : `${name}("1 + 1")`;
			const result = refusal(text);
			expect(['function_refused', 'string', 'object']).toContain(result.reason);
			// Whatever the arguments, the call itself is what is refused.
			const bare = refusal(`${name}(1)`);
			expect(bare.reason).toBe('function_refused');
			expect(bare.message).toContain(`${name}()`);
			expect(bare.position).toBe(0);
		}
	);

	it('refuses import({}, {}) as a function, not for its arguments', () => {
		const result = refusal('import({}, {})');
		expect(result.reason).toBe('function_refused');
		expect(result.message).toContain('import()');
	});

	it.each(['factorial(1e9)', 'cos(0)', 'sum(1, 2)', 'gamma(5)', 'f(2)'])(
		'refuses any other function: %s',
		(text) => {
			expect(refusal(text).reason).toBe('function_refused');
		}
	);

	it.each([
		{ text: 'f(x) = x^2', reason: 'function_definition' },
		{ text: 'f(x) = f(x)', reason: 'function_definition' },
		{ text: 'a = 1', reason: 'assignment' },
		{ text: 'gdp[2024] = 1', reason: 'assignment' },
		{ text: '1:3', reason: 'range' },
		{ text: 'gdp[2020:2024]', reason: 'range' },
		{ text: '[1, 2]', reason: 'matrix' },
		{ text: '[[1, 2], [3, 4]]', reason: 'matrix' },
		{ text: '"text"', reason: 'string' },
		{ text: '"a" + 1', reason: 'string' },
		{ text: '{a: 1}', reason: 'object' },
		{ text: '1 > 0 ? 1 : 2', reason: 'conditional' },
		{ text: '1; 2', reason: 'block' },
		{ text: 'f(x) = f(x); f(1)', reason: 'block' },
		{ text: 'for', reason: 'keyword' },
		{ text: 'for (i = 1:3) i', reason: 'keyword' },
		{ text: 'while(1) 1', reason: 'keyword' },
		{ text: '5!', reason: 'operator_refused' },
		{ text: '1 == 1', reason: 'operator_refused' },
		{ text: '1 < 2 < 3', reason: 'operator_refused' },
		{ text: '1 and 0', reason: 'operator_refused' },
		{ text: '10 mod 3', reason: 'operator_refused' },
		{ text: '10 % 3', reason: 'percent' },
		{ text: '5%', reason: 'percent' },
		{ text: 'true', reason: 'constant' },
		{ text: 'null', reason: 'constant' },
		{ text: '1e400', reason: 'constant' },
		{ text: 'x', reason: 'unknown_name' },
		{ text: 'gdp', reason: 'series_without_year' },
		{ text: 'gdp(2024)', reason: 'series_without_year' },
		{ text: 'gdp.value', reason: 'index_shape' },
		{ text: 'gdp[2023, 2024]', reason: 'index_shape' },
		{ text: 'pi[2024]', reason: 'not_a_series' },
		{ text: 'gdp[2024](2)', reason: 'function_refused' },
		{ text: 'sqrt(1, 2)', reason: 'arity' },
		{ text: 'max()', reason: 'arity' },
		{ text: 'round(1.5, 0.5)', reason: 'round_digits' },
		{ text: 'gdp[2023.5]', reason: 'year_not_integer' },
		{ text: '1 +', reason: 'syntax' },
		{ text: '(1 + 2', reason: 'syntax' },
		{ text: '@', reason: 'syntax' }
	] as const)('refuses $text ($reason)', ({ text, reason }) => {
		const result = refusal(text);
		expect(result.reason).toBe(reason);
		expect(result.message.length).toBeGreaterThan(10);
	});

	it('says where the text cannot be read', () => {
		const result = refusal('1 + * 2');
		expect(result.reason).toBe('syntax');
		expect(result.position).toBe(4);
		expect(result.message).toContain('character 5');
	});

	it('refuses an empty expression without calling it an error of syntax', () => {
		expect(refusal('   ').reason).toBe('empty');
	});
});

describe('evaluateExpression stays bounded', () => {
	it('refuses a 10,000-character input before parsing, saying the limit', () => {
		const text = '1+'.repeat(4999) + '11';
		expect(text.length).toBe(10_000);
		const result = refusal(text);
		expect(result.reason).toBe('too_long');
		expect(result.message).toBe('The expression is too long: 10,000 characters, the limit is 500.');
	});

	it('accepts an expression of exactly the limit', () => {
		const text = '1' + ' '.repeat(MAX_LENGTH - 1);
		expect(text.length).toBe(MAX_LENGTH);
		expect(accepted(text).value).toBe(1);
		expect(refusal(text + ' ').reason).toBe('too_long');
	});

	it.each([
		{ name: 'deep brackets', text: '('.repeat(200) + '1' + ')'.repeat(200) },
		{ name: 'deep square brackets', text: 'gdp['.repeat(30) + '2024' + ']'.repeat(30) },
		{ name: 'a long chain of signs', text: '-'.repeat(400) + '1' },
		{ name: 'unbalanced brackets', text: '('.repeat(499) }
	])('refuses $name as too deep without overflowing the stack', ({ text }) => {
		expect(refusal(text).reason).toBe('too_deep');
	});

	it.each([
		'9^9^9^9^9',
		'factorial(1e9)',
		'f(x) = f(x)',
		'f(x) = f(x); f(1)',
		'1e308 * 10',
		'2^1024',
		'(' + '9^'.repeat(20) + '9)',
		Array.from({ length: 60 }, () => 'gdp[2024]').join('*')
	])('refuses or finishes %s quickly', (text) => {
		const start = performance.now();
		const result = evaluateExpression(text, evaluation, 'en');
		const elapsed = performance.now() - start;
		// Measured loosely: a hang would take seconds, not a tenth of one.
		expect(elapsed).toBeLessThan(100);
		expect(result.ok && !Number.isFinite(result.value)).toBe(false);
	});

	it('never throws and answers quickly for any text built from the parser’s tokens', () => {
		const token = fc.constantFrom(
			...['gdp', 'rd_spend', '[', ']', '(', ')', '{', '}', '2024', '1e9', '9', '.5', ',', ';'],
			...['+', '-', '*', '/', '^', '!', '=', ':', '?', '"', "'", ' ', 'f', 'x', 'sqrt', 'import'],
			...['evaluate', 'end', 'to', 'mod', 'and', '\n', '%', '.', '@', '#', 'pi']
		);
		fc.assert(
			fc.property(fc.array(token, { maxLength: 200 }), (tokens) => {
				const text = tokens.join('');
				const start = performance.now();
				const result = evaluateExpression(text, evaluation, 'en');
				expect(performance.now() - start).toBeLessThan(100);
				if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
				else expect(result.reason).not.toBe('internal');
			}),
			{ seed: 2023, numRuns: 500 }
		);
	});

	it('reports a result that is not a finite number', () => {
		expect(refusal('1 / 0').reason).toBe('division_by_zero');
		expect(refusal('1 / (gdp[2024] - gdp[2024])').message).toContain('division by zero');
		expect(refusal('sqrt(-1)').reason).toBe('not_finite');
		expect(refusal('log(0)').reason).toBe('not_finite');
		expect(refusal('9^9^9^9^9').message).toContain('not a finite number');
	});
});

describe('evaluateExpression never makes up a value', () => {
	it('refuses a year inside a gap of the data, saying so', () => {
		const gap = gapOf('hightech_va');
		expect(gap).not.toBeNull();
		const result = refusal(`hightech_va[${gap}] + 1`);
		expect(result.reason).toBe('no_value');
		expect(result.message).toBe(
			`There is no value of hightech_va for ${gap}: the data has a gap there.`
		);
		expect(result.position).toBe(0);
	});

	it('refuses years before the data and after the projection', () => {
		const first = evaluation.drivers.gdp.path[0]!.year;
		expect(refusal(`gdp[${first - 1}]`).message).toContain(`starts in ${first}`);
		expect(refusal('gdp[2030]').message).toContain(`only to ${evaluation.targetYear}`);
	});

	it('refuses a year the model cannot project for want of a growth', () => {
		const employed = evaluation.drivers.employed;
		// Only meaningful while the data leaves the employed series without a default growth.
		if (employed.growth === null) {
			const last = employed.path.at(-1)!.year;
			const result = refusal(`employed[${evaluation.targetYear}]`);
			expect(result.message).toContain(`ends in ${last}`);
		} else expect(accepted(`employed[${evaluation.targetYear}]`).value).toBeGreaterThan(0);
	});

	it('refuses an unknown series, listing the known ones and the nearest', () => {
		const result = refusal('gpd[2024]');
		expect(result.reason).toBe('unknown_series');
		expect(result.message).toContain('Did you mean gdp?');
		expect(result.message).toContain('rd_spend, basic_spend');
		expect(refusal('contracts[2024]').message).toContain('tech_contracts');
	});
});

describe('evaluateExpression speaks both languages', () => {
	it.each([
		['a forbidden function', 'import({}, {})'],
		['a division by zero', '1 / 0'],
		['an unknown series', 'gpd[2024]'],
		['a function definition', 'f(x) = x'],
		['10,000 characters', 'x'.repeat(10_000)],
		['a gap in the data', `hightech_va[${gapOf('hightech_va')}]`],
		['unreadable text', '1 +']
	])('refuses %s in Chinese and in English with different sentences', (_, text) => {
		const en = refusal(text, 'en');
		const zh = refusal(text, 'zh');
		expect(zh.reason).toBe(en.reason);
		expect(zh.message).not.toBe(en.message);
		expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
	});

	it('names the series in the requested language in the lookups', () => {
		const result = evaluateExpression('gdp[2024]', evaluation, 'zh') as Extract<
			PlaygroundResult,
			{ ok: true }
		>;
		expect(result.lookups[0]!.name).toBe(plan.drivers.find((d) => d.id === 'gdp')!.name.zh);
	});

	it('has every message in both languages', () => {
		expect(Object.keys(playgroundMessages.zh).sort()).toEqual(
			Object.keys(playgroundMessages.en).sort()
		);
	});
});

describe('helpers', () => {
	it('nearestName finds swaps, prefixes and nothing when nothing is close', () => {
		expect(nearestName('gpd', ['gdp', 'rd_spend'])).toBe('gdp');
		expect(nearestName('rd', ['gdp', 'rd_spend'])).toBe('rd_spend');
		expect(nearestName('zzzzzz', ['gdp', 'rd_spend'])).toBeNull();
		expect(nearestName('x', ['e', 'pi'])).toBeNull();
		expect(nearestName('E', ['e', 'pi'])).toBe('e');
	});

	it('formatResult shows six significant digits without trailing zeros and switches to exponents at the extremes', () => {
		expect(formatResult(9411.925, 'en')).toBe('9,411.93');
		expect(formatResult(0.0640179, 'en')).toBe('0.0640179');
		expect(formatResult(0.06400000000000006, 'en')).toBe('0.064');
		expect(formatResult(14900, 'zh')).toBe('14,900');
		expect(formatResult(6.5774400067411545, 'en')).toBe('6.57744');
		expect(formatResult(0, 'en')).toBe('0');
		expect(formatResult(-2.5e20, 'en')).toBe('−2.50000e+20');
	});

	it('yearSpans writes runs of years', () => {
		expect(yearSpans([2014, 2016, 2023, 2024, 2025])).toBe('2014, 2016, 2023–2025');
		expect(yearSpans([2019])).toBe('2019');
		expect(yearSpans([])).toBe('');
	});

	it('rememberExpression keeps the newest first, once, up to the limit', () => {
		let history: string[] = [];
		for (const text of ['a', 'b', 'a', ' c ', '', 'd', 'e', 'f'])
			history = rememberExpression(history, text);
		expect(history).toEqual(['f', 'e', 'd', 'c', 'a']);
	});
});

describe('seriesReference', () => {
	it('lists every series with the years the evaluation has values for', () => {
		const rows = seriesReference(evaluation, 'en');
		expect(rows.map((r) => r.id)).toEqual([...DRIVER_IDS]);
		const hightech = rows.find((r) => r.id === 'hightech_va')!;
		expect(hightech.years).toBe(yearSpans(evaluation.drivers.hightech_va.path.map((p) => p.year)));
		expect(hightech.years).toContain(', ');
		expect(hightech.unit).toBe('亿元');
	});
});

describe('evaluateExpression names the statistical breaks it reaches across', () => {
	const warnings = (text: string, lang: 'en' | 'zh' = 'en') => {
		const result = evaluateExpression(text, evaluation, lang);
		if (!result.ok) throw new Error(result.message);
		return result.warnings;
	};
	const basis = (b: string, lang: 'en' | 'zh') => observations.bases[b]![lang];

	it('warns when one series is read on both sides of a census revision', () => {
		const en = warnings('gdp[2023] / gdp[2022] - 1');
		expect(en).toHaveLength(1);
		expect(en[0]).toContain('GDP');
		expect(en[0]).toContain(basis('c4', 'en'));
		expect(en[0]).toContain(basis('c5', 'en'));
		const zh = warnings('gdp[2023] / gdp[2022] - 1', 'zh');
		expect(zh[0]).toMatch(/^跨越统计口径断点：/);
		expect(zh[0]).toContain(basis('c5', 'zh'));
	});

	it('warns when two series of one year are on different census bases', () => {
		const en = warnings('digital_va[2023] / gdp[2023] * 100');
		expect(en).toHaveLength(1);
		expect(en[0]).toContain('in 2023');
		expect(en[0]).toContain(basis('c4', 'en'));
	});

	it('says nothing when every value is on one basis, or the bases belong to unrelated surveys', () => {
		expect(warnings('gdp[2024] / gdp[2023] - 1')).toEqual([]);
		expect(warnings('rd_spend[2024] / gdp[2024] * 100')).toEqual([]);
		expect(warnings('tech_contracts[2023] * 1.05^2')).toEqual([]);
	});
});
