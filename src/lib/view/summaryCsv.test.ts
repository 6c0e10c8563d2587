import { describe, expect, test } from 'vitest';
import { observations, plan } from '../model/data';
import { emptyScenario, evaluateScenario } from '../model';
import { targetView } from './targetView';
import { messages } from '../i18n/messages';
import { BOM, readCsv } from '../export/csv';
import { summaryCsv, summaryRows } from './summaryCsv';

const evaluation = evaluateScenario(plan, observations, emptyScenario());

describe('summaryCsv', () => {
	const summaryInput = (lang: 'en' | 'zh') => ({
		evaluation,
		plan,
		t: messages[lang],
		lang,
		dataVersion: observations.vintage,
		link: 'https://example.org/#v=1&d=2026-12'
	});

	test.each([
		['en', 'Target,Goal,Projected 2025,Verdict,Margin,Required growth,Chance of meeting it'],
		['zh', '目标,目标值,2025 年预测值,判断,差距,所需增速,达成概率']
	] as const)('has its header in the reader’s language (%s)', (lang, header) => {
		const text = summaryCsv(summaryInput(lang));
		expect(text.startsWith(BOM)).toBe(true);
		const rows = readCsv(text.slice(1));
		expect(rows[0]!.join(',')).toBe(header);
	});

	test('has one row per target, each as the dashboard shows it', () => {
		const rows = summaryRows(summaryInput('en'));
		expect(rows.slice(1, 1 + evaluation.targets.length)).toEqual(
			evaluation.targets.map((r) => {
				const v = targetView(r, evaluation, plan, messages.en, 'en');
				return [
					v.name,
					v.targetText,
					v.projectedText,
					v.verdictText,
					v.marginText,
					v.requiredText,
					v.probabilityText
				];
			})
		);
		expect(rows.at(-1)).toEqual(['Link', 'https://example.org/#v=1&d=2026-12']);
		expect(rows.at(-3)).toEqual(['Data published up to', String(evaluation.asOf)]);
		// Display precision: no raw float noise in any cell.
		for (const row of rows.slice(1, 1 + evaluation.targets.length))
			for (const cell of row.slice(1)) expect(cell).not.toMatch(/\d\.\d{5,}/);
	});
});
