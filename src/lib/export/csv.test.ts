import { describe, expect, test } from 'vitest';
import { observations, plan } from '../model/data';
import { emptyScenario, evaluateScenario } from '../model';
import {
	BOM,
	cleanNumber,
	CSV_COLUMNS,
	csvCell,
	csvText,
	publishedDecimals,
	readCsv,
	scenarioCsv,
	scenarioRows,
	SIGNIFICANT_DIGITS
} from './csv';

const evaluation = evaluateScenario(plan, observations, emptyScenario());
const input = { evaluation, plan, dataVersion: observations.vintage, link: 'v=1&d=2026-11' };

describe('csvCell', () => {
	test.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=SUM(A1)', "'=SUM(A1)"],
		['+cmd', "'+cmd"],
		['-x', "'-x"],
		['@x', "'@x"],
		['=1,2', `"'=1,2"`],
		['-1.5', '-1.5'],
		['+2e-3', '+2e-3'],
		['北京', '北京']
	])('writes %j as %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	test('writes numbers in full and leaves null, undefined and non-finite numbers empty', () => {
		expect(csvCell(-0.0123456789)).toBe('-0.0123456789');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
	});
});

describe('csvText', () => {
	test('round-trips awkward cells through an RFC 4180 reader', () => {
		const cells = ['a,b', 'q"uote', 'line\r\nbreak', '北京 亿元'];
		const text = csvText(cells.map((value) => ({ section: 'meta', value })));
		const rows = readCsv(text);
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.slice(1).map((r) => r[4])).toEqual(cells);
		expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
	});
});

describe('scenarioCsv', () => {
	const text = scenarioCsv(input);
	const rows = readCsv(text.slice(1));
	const at = (row: string[], column: (typeof CSV_COLUMNS)[number]) =>
		row[CSV_COLUMNS.indexOf(column)];

	test('starts with a byte-order mark and the documented header', () => {
		expect(text.startsWith(BOM)).toBe(true);
		expect(rows[0]!.join(',')).toBe(CSV_COLUMNS.join(','));
	});

	test('holds the data version and the link', () => {
		const meta = rows.filter((r) => at(r, 'section') === 'meta');
		expect(meta.find((r) => at(r, 'kind') === 'data_version')?.[4]).toBe(observations.vintage);
		expect(meta.find((r) => at(r, 'kind') === 'link')?.[4]).toBe('v=1&d=2026-11');
	});

	test('has one input row per driver with the growth in use and its origin', () => {
		const inputs = rows.filter((r) => at(r, 'section') === 'input' && at(r, 'kind') !== 'override');
		expect(inputs.map((r) => at(r, 'driver'))).toEqual(plan.drivers.map((d) => d.id));
		for (const r of inputs) {
			const driver = evaluation.drivers[at(r, 'driver') as keyof typeof evaluation.drivers];
			expect(at(r, 'kind')).toBe(driver.growthSource);
			if (driver.growth !== null) expect(Number(at(r, 'value'))).toBeCloseTo(driver.growth, 9);
		}
	});

	test('has one projected verdict row per target matching the model', () => {
		const verdicts = rows.filter(
			(r) => at(r, 'section') === 'verdict' && at(r, 'kind') === 'projected'
		);
		expect(verdicts.map((r) => [at(r, 'target'), at(r, 'verdict')])).toEqual(
			evaluation.targets.map((t) => [t.id, t.verdict])
		);
		for (const t of evaluation.targets) {
			const r = verdicts.find((row) => at(row, 'target') === t.id)!;
			if (t.projected === null) expect(at(r, 'value')).toBe('');
			else expect(Number(at(r, 'value'))).toBe(Number(t.projected.toPrecision(SIGNIFICANT_DIGITS)));
		}
	});

	test('gives every published driver value its source', () => {
		const published = rows.filter(
			(r) => at(r, 'section') === 'driver_value' && at(r, 'kind') === 'published'
		);
		expect(published.length).toBeGreaterThan(0);
		for (const r of published) {
			// An address, or none recorded (then the kind and the publisher still say where from).
			expect(at(r, 'source_url')).toMatch(/^(https?:\/\/|$)/);
			expect(['official', 'state_media', 'mirror', 'third_party']).toContain(at(r, 'source_kind'));
		}
		expect(published.some((r) => at(r, 'source_url') !== '')).toBe(true);
	});

	test('lists per-year overrides and probabilities when the scenario has them', () => {
		const scenario = {
			...emptyScenario(),
			yearlyGrowth: { tech_contracts: { 2025: 0.1 } },
			uncertainty: { model: 'persistent' as const, seed: 1, draws: 2000, correlation: null }
		};
		const rich = scenarioRows({
			...input,
			evaluation: evaluateScenario(plan, observations, scenario)
		});
		expect(rich).toContainEqual(
			expect.objectContaining({
				kind: 'override',
				driver: 'tech_contracts',
				year: 2025,
				value: 0.1
			})
		);
		const probabilities = rich.filter((r) => r.kind === 'projected' && r.probability !== null);
		expect(probabilities.length).toBeGreaterThan(0);
	});
});

describe('the full data without float noise, each figure with its kind', () => {
	const rows = scenarioRows(input);

	test('cleanNumber rounds to the given decimals, else to SIGNIFICANT_DIGITS digits', () => {
		expect(cleanNumber(0.1 + 0.2)).toBe(0.3);
		expect(cleanNumber(5091.700000000001, 1)).toBe(5091.7);
		expect(cleanNumber(-0.00000001, 2)).toBe(0);
		expect(cleanNumber(null)).toBeNull();
		expect(publishedDecimals([12, 3.5, 7.25])).toBe(2);
	});

	test('no value has more than SIGNIFICANT_DIGITS significant digits', () => {
		for (const r of rows)
			if (typeof r.value === 'number') {
				const digits = r.value.toPrecision(17).replace(/^-?0?\.?0*|\.|e.*$/g, '');
				expect(Number(r.value.toPrecision(SIGNIFICANT_DIGITS)), String(digits)).toBe(r.value);
			}
	});

	test('a driver’s values have no more decimals than its published figures', () => {
		const gdp = rows.filter((r) => r.section === 'driver_value' && r.driver === 'gdp');
		const published = gdp.filter((r) => r.kind === 'published').map((r) => r.value as number);
		const most = publishedDecimals(published)!;
		for (const r of gdp) expect(publishedDecimals([r.value as number])).toBeLessThanOrEqual(most);
	});

	test('a ratio computed from published figures is derived, never published', () => {
		const ratio = plan.targets.find((t) => t.denominator)!;
		const kinds = new Set(
			rows.filter((r) => r.section === 'target_value' && r.target === ratio.id).map((r) => r.kind)
		);
		expect(kinds.has('published')).toBe(false);
		expect(kinds.has('derived')).toBe(true);
	});
});
