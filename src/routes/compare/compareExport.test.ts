import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/export/csv';
import { messages } from '$lib/i18n/messages';
import { observations, plan } from '$lib/model/data';
import { evaluateScenario } from '$lib/model/scenarioEvaluation';
import { emptyScenario } from '$lib/model/types';
import { chartGrid, compareCsv, compareFigureText } from './compareExport';

const columns = [
	{
		label: 'Fast',
		evaluation: evaluateScenario(plan, observations, {
			...emptyScenario(),
			growth: { tech_contracts: 0.2 }
		})
	},
	{ label: '慢', evaluation: evaluateScenario(plan, observations, emptyScenario()) }
];
const input = (lang: 'en' | 'zh') => ({
	columns,
	plan,
	t: messages[lang],
	lang,
	dataVersion: observations.vintage,
	link: 'https://example.org/compare#v=1&c=x'
});

describe('compareCsv', () => {
	it('has a localized header and one row per scenario and target', () => {
		const rows = readCsv(compareCsv(input('zh')).slice(1));
		expect(rows[0]![0]).toBe('情景');
		expect(rows[0]![3]).toBe('2025 年预测值');
		const body = rows.slice(1, 1 + 2 * plan.targets.length);
		expect(body.map((r) => r[0])).toEqual([
			...plan.targets.map(() => 'Fast'),
			...plan.targets.map(() => '慢')
		]);
	});
});

describe('compareFigureText and chartGrid', () => {
	it('names every scenario in the subtitle and the legend, with the data-as-of', () => {
		const text = compareFigureText(input('en'));
		expect(text.legend.map((l) => l.label)).toEqual(['Fast', '慢']);
		expect(text.subtitle).toMatch(/^“Fast”, “慢”\. Data published up to \d{4} \(data vintage /);
		expect(text.source).toMatch(/^Source: /);
	});

	it('lays charts out two to a row with their captions', () => {
		const chart = {
			caption: 'A & B',
			svg: '<svg width="100" height="50"></svg>',
			width: 100,
			height: 50
		};
		const grid = chartGrid([chart, chart, chart]);
		expect(grid.width).toBe(216);
		expect(grid.height).toBe(2 * (50 + 22) + 16);
		expect(grid.svg).toContain('A &amp; B');
		expect(grid.svg.match(/<svg x=/g)).toHaveLength(3);
	});
});
