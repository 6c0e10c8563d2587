import { describe, expect, it } from 'vitest';
import { formatRate } from '../i18n/format';
import { observations, plan } from '../model/data';
import { emptyScenario } from '../model/types';
import { presetEffect, presetScenario } from '../scenario/presets';
import { presetSummary } from './presetView';

const latest = emptyScenario();
const asOf2022 = { ...emptyScenario(), asOf: 2022 };

describe('presetEffect', () => {
	it('lists the growths the strong preset sets, as the scenario it produces holds them', () => {
		const effect = presetEffect('strong', plan, observations, asOf2022);
		const scenario = presetScenario('strong', plan, observations, asOf2022);
		expect(effect.growth.length).toBeGreaterThan(0);
		for (const g of effect.growth) expect(g.rate).toBe(scenario.growth[g.driver]);
		expect(effect.asOf).toEqual({ from: 2022, to: 2022, changed: false });
	});

	it('leaves out a growth the latest data makes inert', () => {
		const scenario = presetScenario('strong', plan, observations, latest);
		expect(scenario.growth.gdp).toBeDefined();
		const drivers = presetEffect('strong', plan, observations, latest).growth.map((g) => g.driver);
		expect(drivers).not.toContain('gdp');
		expect(drivers).toContain('basic_spend');
	});

	it('says trend returns to the latest data and the plan view goes back to 2022', () => {
		expect(presetEffect('trend', plan, observations, asOf2022).asOf).toEqual({
			from: 2022,
			to: 2025,
			changed: true
		});
		expect(presetScenario('trend', plan, observations, asOf2022).asOf).toBe(null);
		expect(presetEffect('plan_view', plan, observations, latest).asOf).toEqual({
			from: 2025,
			to: 2022,
			changed: true
		});
	});
});

describe('presetSummary', () => {
	it('names each driver and its growth, and the data-as-of, in English and Chinese', () => {
		const strong = presetScenario('strong', plan, observations, latest);
		const en = presetSummary('strong', plan, observations, latest, 'en');
		expect(en).toMatch(/^Strong: /);
		expect(en).toContain(
			`basic-research spending +${formatRate(strong.growth.basic_spend!, 'en')} a year`
		);
		expect(en).toMatch(/data as of 2025 \(unchanged\)\.$/);
		const zh = presetSummary('strong', plan, observations, latest, 'zh');
		expect(zh).toMatch(/^强劲：/);
		expect(zh).toMatch(/数据截至 2025 年（未变）。$/);
	});

	it('says what trend does when it sets no growth of its own', () => {
		expect(presetSummary('trend', plan, observations, asOf2022, 'en')).toBe(
			'Trend: every driver at its historical growth, data as of 2025 (was 2022).'
		);
	});
});
