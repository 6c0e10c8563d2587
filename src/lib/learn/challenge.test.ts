import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, plan } from '../model/data';
import { evaluateScenario } from '../model';
import { DRIVER_IDS, emptyScenario, TARGET_IDS } from '../model/types';
import { decodeLink, encodeLink } from '../scenario/link';
import {
	challengeFragment,
	cleanTitle,
	composeChallenge,
	decodeChallenge,
	defaultQuestions,
	driversAsked,
	encodeChallenge,
	MAX_CHALLENGE_LENGTH,
	MAX_TITLE_LENGTH,
	numericTargets,
	type Challenge,
	type ChallengeQuestion
} from './challenge';

const decode = (hash: string) => decodeChallenge(hash, plan);
const numeric = numericTargets(plan);
const qualitative = TARGET_IDS.filter((id) => !numeric.includes(id));

describe('decodeChallenge', () => {
	it('reads the questions and locks of the documented example and leaves the scenario link', () => {
		const result = decode(
			'#v=1&g.gdp=0.05&d=2026-11&ch=tech_contracts:p,rd_intensity:r&lock=g.gdp,g.rd_spend'
		);
		expect(result.present).toBe(true);
		expect(result.fallback).toBe(false);
		expect(result.problems).toEqual([]);
		expect(result.challenge).toEqual({
			questions: [
				{ target: 'tech_contracts', kind: 'projected' },
				{ target: 'rd_intensity', kind: 'required' }
			],
			locked: ['gdp', 'rd_spend']
		});
		expect(result.rest).toBe('v=1&g.gdp=0.05&d=2026-11');
	});

	it('finds no challenge in an ordinary scenario link and leaves it whole', () => {
		const result = decode('#v=1&g.tech_contracts=0.05&d=2026-11');
		expect(result).toEqual({
			present: false,
			challenge: { questions: [], locked: [] },
			fallback: false,
			problems: [],
			rest: 'v=1&g.tech_contracts=0.05&d=2026-11'
		});
	});

	it('leaves a rest that decodeLink reads without complaint', () => {
		const { rest } = decode('v=1&ch=unicorns:p&g.gdp=0.05&lock=g.gdp&d=2026-11');
		const link = decodeLink(rest, { plan, data: observations });
		expect(link.ignored).toEqual([]);
		expect(link.state.scenario.growth).toEqual({ gdp: 0.05 });
	});

	it('skips unknown targets and says so, keeping the valid questions', () => {
		const result = decode('ch=moon_landing:p,tech_contracts:p');
		expect(result.challenge.questions).toEqual([{ target: 'tech_contracts', kind: 'projected' }]);
		expect(result.problems).toEqual([{ part: 'moon_landing:p', reason: 'unknown_target' }]);
	});

	it.each([
		['tech_contracts', 'unknown_question'],
		['tech_contracts:x', 'unknown_question'],
		['tech_contracts:', 'unknown_question'],
		[`${qualitative[0]}:r`, 'no_numeric_target']
	] as const)('refuses the item %s as %s', (item, reason) => {
		const result = decode(`ch=${item},hightech_va:p`);
		expect(result.problems).toEqual([{ part: item, reason }]);
		expect(result.challenge.questions).toEqual([{ target: 'hightech_va', kind: 'projected' }]);
	});

	it('keeps a repeated question once and a repeated lock once', () => {
		const result = decode('ch=unicorns:p,unicorns:p,unicorns:r&lock=g.gdp,g.gdp');
		expect(result.challenge.questions).toEqual([{ target: 'unicorns', kind: 'projected' }]);
		expect(result.challenge.locked).toEqual(['gdp']);
		expect(result.problems.map((p) => p.reason)).toEqual([
			'duplicate',
			'no_numeric_target',
			'duplicate'
		]);
	});

	it('asks both the projected value and the required growth of one target when told to', () => {
		const result = decode('ch=tech_contracts:p,tech_contracts:r');
		expect(result.challenge.questions).toHaveLength(2);
		expect(result.problems).toEqual([]);
	});

	it('reads the first ch and lock parts and reports the second ones', () => {
		const result = decode('ch=unicorns:p&ch=tech_contracts:p&lock=g.gdp&lock=g.employed');
		expect(result.challenge).toEqual({
			questions: [{ target: 'unicorns', kind: 'projected' }],
			locked: ['gdp']
		});
		expect(result.problems).toEqual([
			{ part: 'ch=tech_contracts:p', reason: 'duplicate_key' },
			{ part: 'lock=g.employed', reason: 'duplicate_key' }
		]);
	});

	it('refuses locks that name no driver growth', () => {
		const result = decode('ch=unicorns:p&lock=gdp,g.nothing,tol,g.unicorns');
		expect(result.challenge.locked).toEqual(['unicorns']);
		expect(result.problems.map((p) => [p.part, p.reason])).toEqual([
			['gdp', 'unknown_assumption'],
			['g.nothing', 'unknown_assumption'],
			['tol', 'unknown_assumption']
		]);
	});

	it('falls back to the default questions when none can be read, and says so', () => {
		for (const hash of ['ch=', 'ch', 'lock=g.gdp', 'ch=nonsense', 'ch=%E0%A4%A']) {
			const result = decode(hash);
			expect(result.present).toBe(true);
			expect(result.fallback).toBe(true);
			expect(result.challenge.questions).toEqual(defaultQuestions(plan));
			expect(result.problems.at(-1)).toEqual({ part: '', reason: 'no_questions' });
		}
		expect(defaultQuestions(plan).map((q) => q.target)).toEqual(numeric);
	});

	it('reports broken percent-encoding', () => {
		const result = decode('ch=%E0%A4%A&lock=g.gdp');
		expect(result.problems[0]).toEqual({ part: 'ch=%E0%A4%A', reason: 'bad_encoding' });
		expect(result.challenge.locked).toEqual(['gdp']);
	});

	it('quotes hostile items back as inert text', () => {
		const result = decode(
			`ch=${encodeURIComponent('<img src=x onerror=alert(1)>:p')},unicorns:p&lock=${encodeURIComponent('"\u202e')}`
		);
		expect(result.challenge.questions).toEqual([{ target: 'unicorns', kind: 'projected' }]);
		for (const p of result.problems) expect(p.part).not.toMatch(/[<>"\u202e]/);
		expect(result.problems.map((p) => p.reason)).toEqual(['unknown_target', 'unknown_assumption']);
	});

	it('reads an over-long list up to the last item that fits and reports the rest', () => {
		const item = 'tech_contracts:p';
		const value = Array.from({ length: 200 }, () => item).join(',');
		expect(value.length).toBeGreaterThan(MAX_CHALLENGE_LENGTH);
		const result = decode(`ch=${value}`);
		expect(result.challenge.questions).toEqual([{ target: 'tech_contracts', kind: 'projected' }]);
		expect(result.problems.some((p) => p.reason === 'too_long')).toBe(true);
	});

	it('never throws, and always gives a usable challenge when one is present', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const result = decode(text);
				expect(Array.isArray(result.problems)).toBe(true);
				if (result.present) expect(result.challenge.questions.length).toBeGreaterThan(0);
				for (const q of result.challenge.questions) expect(TARGET_IDS).toContain(q.target);
				for (const d of result.challenge.locked) expect(DRIVER_IDS).toContain(d);
			})
		);
	});
});

describe('encodeChallenge', () => {
	it('writes questions as target:letter and locks as g.driver', () => {
		expect(
			encodeChallenge({
				questions: [
					{ target: 'tech_contracts', kind: 'projected' },
					{ target: 'rd_intensity', kind: 'required' }
				],
				locked: ['gdp', 'rd_spend']
			})
		).toBe('ch=tech_contracts:p,rd_intensity:r&lock=g.gdp,g.rd_spend');
	});

	it('leaves out lock when nothing is locked', () => {
		expect(
			encodeChallenge({ questions: [{ target: 'unicorns', kind: 'projected' }], locked: [] })
		).toBe('ch=unicorns:p');
	});

	it('round-trips every challenge of valid, distinct questions and locks', () => {
		const question = fc.oneof(
			fc
				.constantFrom(...TARGET_IDS)
				.map((target): ChallengeQuestion => ({ target, kind: 'projected' })),
			fc.constantFrom(...numeric).map((target): ChallengeQuestion => ({ target, kind: 'required' }))
		);
		const challenge = fc.record({
			questions: fc.uniqueArray(question, {
				minLength: 1,
				selector: (q) => `${q.target}:${q.kind}`
			}),
			locked: fc.uniqueArray(fc.constantFrom(...DRIVER_IDS))
		});
		fc.assert(
			fc.property(challenge, (c: Challenge) => {
				const result = decode(`#${encodeChallenge(c)}`);
				expect(result.challenge).toEqual(c);
				expect(result.problems).toEqual([]);
			})
		);
	});
});

describe('challengeFragment', () => {
	it('puts the challenge after the scenario link, which decodes as before', () => {
		const scenarioLink = encodeLink({
			scenario: { ...decodeLink('g.gdp=0.05', { plan, data: observations }).state.scenario },
			lang: null,
			view: null,
			dataVersion: observations.vintage
		});
		const c: Challenge = {
			questions: [{ target: 'unicorns', kind: 'projected' }],
			locked: ['gdp']
		};
		const fragment = challengeFragment(scenarioLink, c);
		expect(fragment).toBe(`${scenarioLink}&ch=unicorns:p&lock=g.gdp`);
		const back = decode(fragment);
		expect(back.rest).toBe(scenarioLink);
		expect(back.challenge).toEqual(c);
	});
});

describe('driversAsked', () => {
	it('lists the drivers the answers read once, in plan order', () => {
		expect(
			driversAsked(plan, [
				{ target: 'rd_intensity', kind: 'projected' },
				{ target: 'basic_research_share', kind: 'required' },
				{ target: 'rd_intensity', kind: 'required' }
			])
		).toEqual(['gdp', 'rd_spend']);
	});

	it('leaves out the driver a required growth is solved for: its own growth does not change the answer', () => {
		expect(driversAsked(plan, [{ target: 'tech_contracts', kind: 'required' }])).toEqual([]);
		expect(driversAsked(plan, [{ target: 'digital_economy_growth', kind: 'required' }])).toEqual(
			[]
		);
		expect(driversAsked(plan, [{ target: 'rd_intensity', kind: 'required' }])).toEqual(['gdp']);
	});

	it('agrees with the model: a required growth does not move with its own driver’s growth', () => {
		const required = (growth: Record<string, number>) =>
			evaluateScenario(plan, observations, { ...emptyScenario(), asOf: 2023, growth }).targets.find(
				(t) => t.id === 'rd_intensity'
			)!.requiredGrowth;
		expect(required({ rd_spend: 0.01 })).toBeCloseTo(required({ rd_spend: 0.2 })!, 12);
		expect(required({ gdp: 0.01 })).not.toBeCloseTo(required({ gdp: 0.08 })!, 6);
	});

	it('with an evaluation, leaves out a driver whose 2025 value is published: no growth moves it', () => {
		const q: ChallengeQuestion[] = [{ target: 'rd_intensity', kind: 'projected' }];
		const evaluation = evaluateScenario(plan, observations, emptyScenario());
		expect(evaluation.drivers.gdp.baseYear).toBe(2025);
		expect(driversAsked(plan, q, evaluation)).toEqual(['rd_spend']);
		const then = evaluateScenario(plan, observations, { ...emptyScenario(), asOf: 2023 });
		expect(driversAsked(plan, q, then)).toEqual(['gdp', 'rd_spend']);
	});
});

describe('challenge titles', () => {
	it('travel in the link percent-encoded and come back as written', () => {
		const c = {
			questions: [{ target: 'tech_contracts', kind: 'projected' }],
			locked: [],
			title: '第 3 周：技术合同 & R&D'
		} as const;
		const text = encodeChallenge({ ...c, questions: [...c.questions], locked: [] });
		expect(text).toBe(`ch=tech_contracts:p&title=${encodeURIComponent(c.title)}`);
		expect(decode(text).challenge.title).toBe(c.title);
		expect(decode(text).rest).toBe('');
	});

	it('drop control and direction-override characters and collapse white space', () => {
		expect(cleanTitle('  Week\u202e 3\n\tquiz\u0007 ')).toEqual({
			text: 'Week 3 quiz',
			cut: false
		});
	});

	it('are cut at the length limit, and the cut is reported', () => {
		const long = 'x'.repeat(MAX_TITLE_LENGTH + 20);
		const d = decode(`ch=tech_contracts:p&title=${long}`);
		expect(d.challenge.title).toBe('x'.repeat(MAX_TITLE_LENGTH));
		expect(d.problems.map((p) => p.reason)).toEqual(['title_too_long']);
	});

	it('an empty title is no title; a second one is reported', () => {
		expect(decode('ch=tech_contracts:p&title=%20').challenge).not.toHaveProperty('title');
		const d = decode('ch=tech_contracts:p&title=A&title=B');
		expect(d.challenge.title).toBe('A');
		expect(d.problems.map((p) => p.reason)).toEqual(['duplicate_key']);
	});

	it('composeChallenge keeps the teacher’s title', () => {
		expect(
			composeChallenge(plan, [{ target: 'tech_contracts', kind: 'projected' }], [], ' Quiz ')
		).toEqual({
			questions: [{ target: 'tech_contracts', kind: 'projected' }],
			locked: [],
			title: 'Quiz'
		});
	});
});

describe('composeChallenge', () => {
	it('orders ticked questions as the plan does and keeps only locks the questions read', () => {
		const c = composeChallenge(
			plan,
			[
				{ target: 'tech_contracts', kind: 'required' },
				{ target: 'rd_intensity', kind: 'projected' },
				{ target: 'tech_contracts', kind: 'projected' },
				{ target: 'unicorns', kind: 'required' }
			],
			['unicorns', 'tech_contracts', 'gdp']
		);
		expect(c).toEqual({
			questions: [
				{ target: 'rd_intensity', kind: 'projected' },
				{ target: 'tech_contracts', kind: 'projected' },
				{ target: 'tech_contracts', kind: 'required' }
			],
			locked: ['gdp', 'tech_contracts']
		});
		expect(decode(encodeChallenge(c)).challenge).toEqual(c);
	});
});

describe('real-outcome challenges (`real=<year>`)', () => {
	it('reads the year and asks the projected values', () => {
		const result = decode('#v=1&d=2026-11&ch=digital_economy_growth:p,rd_intensity:p&real=2022');
		expect(result.problems).toEqual([]);
		expect(result.challenge).toEqual({
			questions: [
				{ target: 'digital_economy_growth', kind: 'projected' },
				{ target: 'rd_intensity', kind: 'projected' }
			],
			locked: [],
			realAsOf: 2022
		});
		expect(result.rest).toBe('v=1&d=2026-11');
	});

	it('a year alone makes a challenge: the default questions', () => {
		const result = decode('real=2020');
		expect(result.present).toBe(true);
		expect(result.fallback).toBe(true);
		expect(result.challenge.realAsOf).toBe(2020);
		expect(result.challenge.questions).toEqual(defaultQuestions(plan));
	});

	it('accepts the hindcast’s vantage years, 2016 to 2024, and reports any other value', () => {
		expect(decode('ch=unicorns:p&real=2016').challenge.realAsOf).toBe(2016);
		expect(decode('ch=unicorns:p&real=2024').challenge.realAsOf).toBe(2024);
		for (const bad of ['2025', '2015', '22', 'abc', '', '2022.5', '+2022', '%E2%80']) {
			const result = decode(`ch=unicorns:p&real=${bad}`);
			expect(result.challenge.realAsOf).toBeUndefined();
			expect(result.challenge.questions).toEqual([{ target: 'unicorns', kind: 'projected' }]);
			expect(result.problems.map((p) => p.reason)).toEqual(
				bad === '%E2%80' ? ['bad_encoding'] : ['bad_year']
			);
		}
	});

	it('skips required growths and ignores locks, and says so', () => {
		const result = decode('ch=rd_intensity:r,tech_contracts:p&lock=g.gdp&real=2022&real=2021');
		expect(result.challenge).toEqual({
			questions: [{ target: 'tech_contracts', kind: 'projected' }],
			locked: [],
			realAsOf: 2022
		});
		expect(result.problems).toEqual([
			{ part: 'real=2021', reason: 'duplicate_key' },
			{ part: 'rd_intensity:r', reason: 'real_required' },
			{ part: 'g.gdp', reason: 'real_lock' }
		]);
	});

	it('round-trips through encodeChallenge, before the title', () => {
		const challenge: Challenge = {
			questions: [{ target: 'unicorns', kind: 'projected' }],
			locked: [],
			title: 'As of 2022',
			realAsOf: 2022
		};
		const text = encodeChallenge(challenge);
		expect(text).toBe('ch=unicorns:p&real=2022&title=As%20of%202022');
		expect(decode(text).challenge).toEqual(challenge);
	});

	it('composeChallenge drops required growths and locks in real-outcome mode', () => {
		const challenge = composeChallenge(
			plan,
			[
				{ target: 'rd_intensity', kind: 'required' },
				{ target: 'rd_intensity', kind: 'projected' }
			],
			['gdp'],
			'',
			2021
		);
		expect(challenge).toEqual({
			questions: [{ target: 'rd_intensity', kind: 'projected' }],
			locked: [],
			realAsOf: 2021
		});
	});

	it('old challenge links decode exactly as before: no realAsOf, no new problem', () => {
		const old: [string, Challenge][] = [
			[
				'v=1&g.gdp=0.05&d=2026-11&ch=tech_contracts:p,rd_intensity:r&lock=g.gdp,g.rd_spend',
				{
					questions: [
						{ target: 'tech_contracts', kind: 'projected' },
						{ target: 'rd_intensity', kind: 'required' }
					],
					locked: ['gdp', 'rd_spend']
				}
			],
			[
				'v=1&ch=basic_research_share:r,tech_contracts:p&lock=g.rd_spend&title=Week%203',
				{
					questions: [
						{ target: 'basic_research_share', kind: 'required' },
						{ target: 'tech_contracts', kind: 'projected' }
					],
					locked: ['rd_spend'],
					title: 'Week 3'
				}
			]
		];
		for (const [link, challenge] of old) {
			const result = decode(link);
			expect(result.challenge).toStrictEqual(challenge);
			expect(result.problems).toEqual([]);
			expect(`${result.rest}&${encodeChallenge(result.challenge)}`).toBe(link);
		}
		// A title that cannot be decoded is still dropped without a problem.
		expect(decode('ch=unicorns:p&title=%E2%80').problems).toEqual([]);
	});
});
