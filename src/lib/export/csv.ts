// The current scenario as one CSV table, for spreadsheets. Pure: the evaluation, the plan, the
// data and the link come in; text goes out (UTF-8 with a byte-order mark so that Excel reads the
// Chinese names). It must not touch the DOM or read a clock.
//
// One row per fact, all with the columns of CSV_COLUMNS:
// - `meta`: `kind` data_version | link | as_of | tolerance | target_year, the text in `value`;
// - `input`: each driver's growth in use (`kind` = user | range | default | none, unit `rate`),
//   and each per-year override (`kind` = override, with its `year`); the default growth's source
//   is the observation the projection starts from;
// - `driver_value`: each driver's path by year (`kind` = published | user_supplied | derived | user
//   | projected; user_supplied = a published figure the user entered from a data-update file),
//   with the observation's publisher, date and address where there is one, the kind of its source
//   (official | state_media | mirror | third_party), the official release's address when the
//   address read is a copy, and `false` in `verified` / `comparable` for figures the source cannot
//   hold or that do not fit the series' method;
// - `target_value`: each target's indicator by year (yearly rates for average-growth targets);
//   an indicator computed from published figures (a ratio, a growth rate) is `derived`, never
//   `published`;
// - `verdict`: per target, `kind` projected (with `verdict` and, where computed, `probability`),
//   target, margin and required_growth, each in the target's unit (rates as fractions).
// Values are raw (not formatted) but without float noise: a driver's values are rounded to the
// decimals its published figures have, every other value to SIGNIFICANT_DIGITS significant digits.
import type { Evaluation } from '../model/evaluate';
import type { Observation, Plan } from '../model/types';

export const CSV_COLUMNS = [
	'section',
	'target',
	'driver',
	'year',
	'value',
	'unit',
	'kind',
	'verdict',
	'probability',
	'source_publisher',
	'source_date',
	'source_url',
	'source_kind',
	'official_url',
	'verified',
	'comparable'
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Partial<Record<CsvColumn, string | number | null>>;

/** The byte-order mark written first, so spreadsheet programs read the file as UTF-8. */
export const BOM = '\uFEFF';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text: a cell that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return, unless it is a plain number) gets a leading apostrophe;
 * a cell with a comma, a quote or a line break is quoted, quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
	if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A grid of cells (header row first) as a CSV file: byte-order mark, CRLF line ends. */
export function gridCsv(rows: readonly (readonly (string | number | null)[])[]): string {
	return BOM + rows.map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}

/** Rows as CSV text: the header, then one line per row, CRLF line ends, no byte-order mark. */
export function csvText(rows: readonly CsvRow[]): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}

/**
 * Reads CSV text as csvText writes it (RFC 4180: quoted cells, doubled quotes, CRLF line ends)
 * into rows of cells; the inverse of csvText, used to check what was exported. A byte-order mark
 * must be removed first.
 */
export function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}

/** Computed values keep this many significant digits: more than any figure is published with. */
export const SIGNIFICANT_DIGITS = 10;

/** `x` without float noise: to `decimals` places when given, else to SIGNIFICANT_DIGITS digits. */
export function cleanNumber(x: number | null, decimals?: number): number | null {
	if (x === null || !Number.isFinite(x)) return x;
	const rounded =
		decimals === undefined ? Number(x.toPrecision(SIGNIFICANT_DIGITS)) : round(x, decimals);
	return rounded === 0 ? 0 : rounded;
}

function round(x: number, decimals: number): number {
	return Number(Number(x.toFixed(decimals)).toPrecision(SIGNIFICANT_DIGITS));
}

/** The most decimals among published values (as their shortest decimal text has them). */
export function publishedDecimals(values: readonly number[]): number | undefined {
	let most: number | undefined;
	for (const v of values) {
		const text = String(v);
		if (/e/i.test(text)) return undefined;
		const d = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
		most = Math.max(most ?? 0, d);
	}
	return most;
}

/** The kind of a target's indicator value: computed from published parts is `derived`. */
function indicatorKind(kind: string, computed: boolean): string {
	return kind === 'published' && computed ? 'derived' : kind;
}

function source(o: Observation | undefined): CsvRow {
	return o
		? {
				source_publisher: o.source.publisher,
				source_date: o.source.date,
				source_url: o.source.url,
				source_kind: o.source.kind,
				official_url: o.source.officialUrl ?? null,
				verified: o.verified === false ? 'false' : null,
				comparable: o.comparable === false ? 'false' : null
			}
		: {};
}

export interface ScenarioCsvInput {
	evaluation: Evaluation;
	plan: Plan;
	/** The data vintage (`vintage` of the observations file). */
	dataVersion: string;
	/** The scenario's link text, without `#` (see encodeLink). */
	link: string;
}

/** The rows of the scenario's table, in the order documented at the top of this module. */
export function scenarioRows({ evaluation, plan, dataVersion, link }: ScenarioCsvInput): CsvRow[] {
	const rows: CsvRow[] = [
		{ section: 'meta', kind: 'data_version', value: dataVersion },
		{ section: 'meta', kind: 'link', value: link },
		{ section: 'meta', kind: 'as_of', value: evaluation.asOf },
		{ section: 'meta', kind: 'target_year', value: evaluation.targetYear },
		{ section: 'meta', kind: 'tolerance', value: evaluation.tolerance, unit: 'rate' }
	];
	for (const spec of plan.drivers) {
		const d = evaluation.drivers[spec.id];
		rows.push({
			section: 'input',
			driver: spec.id,
			year: d.baseYear,
			value: cleanNumber(d.growth),
			unit: 'rate',
			kind: d.growthSource,
			...(d.growthSource === 'default' ? source(d.history.base?.observation) : {})
		});
		for (const r of d.yearlyRates)
			if (r.overridden)
				rows.push({
					section: 'input',
					driver: spec.id,
					year: r.year,
					value: r.rate,
					unit: 'rate',
					kind: 'override'
				});
	}
	for (const spec of plan.drivers) {
		const d = evaluation.drivers[spec.id];
		const observed = new Map(d.history.points.map((p) => [p.year, p.observation]));
		const decimals = publishedDecimals(
			d.history.points.filter((p) => p.kind === 'published').map((p) => p.value)
		);
		for (const p of d.path)
			rows.push({
				section: 'driver_value',
				driver: spec.id,
				year: p.year,
				value: cleanNumber(p.value, decimals),
				unit: spec.unit,
				kind:
					observed.get(p.year)?.userSupplied && p.kind === 'published' ? 'user_supplied' : p.kind,
				...(p.kind === 'projected' ? {} : source(observed.get(p.year)))
			});
	}
	for (const t of evaluation.targets) {
		const unit = t.kind === 'average_growth' ? 'rate' : t.unit;
		const computed = t.kind === 'average_growth' || t.spec.denominator != null;
		for (const p of t.indicatorPath)
			rows.push({
				section: 'target_value',
				target: t.id,
				year: p.year,
				value: cleanNumber(p.value),
				unit,
				kind: indicatorKind(p.kind, computed)
			});
	}
	for (const t of evaluation.targets) {
		const row = { section: 'verdict', target: t.id, year: evaluation.targetYear, unit: t.unit };
		rows.push({
			...row,
			value: cleanNumber(t.projected),
			kind: 'projected',
			verdict: t.verdict,
			probability: t.uncertainty?.probability ?? null
		});
		rows.push({ ...row, value: t.target, kind: 'target', verdict: t.verdict });
		rows.push({ ...row, value: cleanNumber(t.margin), kind: 'margin', verdict: t.verdict });
		rows.push({
			...row,
			driver: t.spec.numerator,
			value: cleanNumber(t.requiredGrowth),
			unit: 'rate',
			kind: 'required_growth',
			verdict: t.verdict
		});
	}
	return rows;
}

/** The whole file: byte-order mark, header and rows (see scenarioRows). */
export function scenarioCsv(input: ScenarioCsvInput): string {
	return BOM + csvText(scenarioRows(input));
}
