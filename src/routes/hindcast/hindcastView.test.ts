import { describe, expect, it } from 'vitest';
import { observations, plan } from '../../lib/model/data';
import { hindcast } from '../../lib/model/hindcast';
import { hindcastView } from './hindcastView';

const view = (vantage: number, lang: 'en' | 'zh' = 'en') =>
	hindcastView(hindcast(plan, observations, vantage), plan, observations, lang);

describe('hindcastView', () => {
	it('names the targets below their goal in the summary, and only those are misses', () => {
		const v = view(2022);
		const misses = v.cards.filter((c) => c.miss).map((c) => c.id);
		expect(misses).toEqual(['basic_research_share', 'rd_personnel_density']);
		expect(v.atRiskText).toBe(
			'2 of 6 targets are below the goal in the latest published figures: Basic-research share, R&D personnel per 10,000 employed.'
		);
		expect(v.contradictedText).toMatch(/^1 projection made in 2022 is contradicted/);
	});

	it('says what the projection called and what was published when they disagree', () => {
		const card = view(2022).cards.find((c) => c.id === 'basic_research_share')!;
		expect(card.contradictedText).toBe(
			'Called wrong in 2022: the projection said “Met”; the published figures say “Below the goal as of 2023”.'
		);
		expect(card.standingVerdict).toBe('not_met');
	});

	it('marks a first year met at or before the vantage year as already met then', () => {
		const card = view(2023).cards.find((c) => c.id === 'tech_contracts')!;
		expect(card.since.find((f) => f.key === 'first-met')).toMatchObject({
			value: '2023',
			note: 'already met by 2023'
		});
	});

	it('has no first-met figure for the average-growth target, and a final standing', () => {
		const card = view(2022, 'zh').cards.find((c) => c.id === 'digital_economy_growth')!;
		expect(card.since.some((f) => f.key === 'first-met')).toBe(false);
		expect(card.standingText).toBe('2025 年已达成');
	});

	it('splits the figures into what the vantage year saw and what was published since', () => {
		const card = view(2022).cards.find((c) => c.id === 'tech_contracts')!;
		expect(card.then.map((f) => f.key)).toEqual(['goal', 'base', 'required', 'projected-then']);
		expect(card.since.map((f) => f.key)).toEqual([
			'latest',
			'error',
			'first-met',
			'realised',
			'outcome'
		]);
		expect(card.since[0]).toMatchObject({
			value: '915.3 billion yuan (2024)',
			note: 'published after 2022'
		});
	});
});
