// A validated plan pack as the model takes it: the Plan (drivers, targets with parsed formulas,
// defaults, assumptions) and the ObservationsFile that evaluateScenario reads. The seed plan's
// pack gives exactly the evaluation seeds/plan.json gives (toModel.test.ts). What the pack adds
// is carried on optional fields: a level target on a published share, whole-number counts,
// “力争” targets, prices, per-target windows, caveats, the reading of an ambiguous clause (the
// benchmark becomes the target's number) and targets without data (gaps, never evaluated).
// Ids stay strings at this boundary: DriverId and TargetId name the seed plan's ids only.
import { parseFormula } from '../model/formula';
import { DataFileError } from '../model/schema';
import { preferredByYear } from '../model/series';
import type {
	DriverId,
	GapSpec,
	ObservationsFile,
	Plan,
	TargetId,
	TargetReading,
	TargetSpec
} from '../model/types';
import type { PackTarget, PlanPack } from './packSchema';

export interface PlanModel {
	plan: Plan;
	observations: ObservationsFile;
}

export interface ToModelOptions {
	/** The reading chosen per target (`target id → reading id`); the pack's defaults otherwise. */
	readings?: Readonly<Record<string, string>>;
	/** The pack's file, named in errors; `seeds/plans/<id>.json` unless given. */
	file?: string;
}

/** A reading chosen for a target that has no such reading (or no readings). */
export class ReadingChoiceError extends Error {
	constructor(
		readonly target: string,
		readonly reading: string,
		/** The readings the target offers; [] when it offers none (or is not in the pack). */
		readonly choices: string[]
	) {
		super(`no reading "${reading}" for target "${target}"`);
		this.name = 'ReadingChoiceError';
	}
}

/** The readings a pack's targets offer, by target id (only targets with readings). */
export function packReadings(pack: PlanPack): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const t of pack.targets) if (t.readings) out[t.id] = t.readings.map((r) => r.id);
	return out;
}

/**
 * The plan and observations of a validated pack (validatePack). Throws a ReadingChoiceError for
 * a chosen reading the pack lacks, and a DataFileError naming the reading when its benchmark
 * has no figure for a year it reads.
 */
export function toModel(pack: PlanPack, options: ToModelOptions = {}): PlanModel {
	const file = options.file ?? `seeds/plans/${pack.id}.json`;
	const chosen = { ...pack.defaults.readings, ...options.readings };
	const offered = packReadings(pack);
	for (const [target, reading] of Object.entries(options.readings ?? {}))
		if (!offered[target]?.includes(reading))
			throw new ReadingChoiceError(target, reading, offered[target] ?? []);
	// The observations layout is the seed file's; a pack's extra fields (flags, formulas of
	// derived values, definitions) ride along unread, and its sources may lack a kind.
	const observations = pack.observations as ObservationsFile;
	const driverIds = pack.drivers.map((d) => d.id);
	const targets: TargetSpec[] = [];
	const gaps: GapSpec[] = [];
	pack.targets.forEach((t, i) => {
		if (t.kind === 'gap') gaps.push(gapSpec(t, i));
		else {
			const reading = t.readings ? readingOf(t, i, chosen[t.id]!, observations, file) : null;
			targets.push(targetSpec(t, i, driverIds, reading));
		}
	});
	const averageTarget = pack.targets.find((t) => t.averageWindow)?.averageWindow;
	const plan: Plan = {
		id: pack.id,
		title: pack.title,
		shortTitle: pack.shortTitle,
		issued: pack.issued,
		...(pack.text === undefined ? {} : { text: pack.text }),
		targetYear: pack.targetYear,
		...(pack.documentNumber === undefined ? {} : { documentNumber: pack.documentNumber }),
		issuer: pack.issuer,
		sourceUrl: pack.sourceUrl,
		baselineYear: pack.baselineYear,
		vantageYear: pack.vantageYear,
		notes: pack.notes,
		defaults: {
			// No tolerance in a pack without “about” targets (validatePack): none is applied.
			tolerance: pack.defaults.tolerance ?? 0,
			growthWindowYears: pack.defaults.growthWindowYears,
			// Else a target's own window, else the plan period: the years after the baseline year.
			averageWindow: pack.defaults.averageWindow ??
				averageTarget ?? { from: pack.baselineYear + 1, to: pack.targetYear }
		},
		assumptions: pack.assumptions,
		drivers: pack.drivers.map((d) => ({
			id: d.id as DriverId,
			series: d.series,
			...(d.ratesSeries === undefined ? {} : { ratesSeries: d.ratesSeries }),
			name: d.name,
			unit: d.unit,
			symbol: d.symbol
		})),
		targets,
		gaps
	};
	return { plan, observations };
}

/** A target with data as the model's TargetSpec; `reading` gives the number of a read target. */
function targetSpec(
	t: PackTarget,
	index: number,
	driverIds: string[],
	reading: { spec: TargetReading; value: number } | null
): TargetSpec {
	const formula = t.formula!;
	return {
		id: t.id as TargetId,
		name: t.name,
		clause: t.clause,
		clauseEn: t.clauseEn,
		kind: t.kind === 'share_level' ? 'level' : (t.kind as TargetSpec['kind']),
		unit: t.unit,
		comparator: t.comparator,
		target: reading ? reading.value : t.target,
		formula,
		tree: parseFormula(formula, driverIds),
		numerator: t.numerator as DriverId,
		...(t.denominator === undefined ? {} : { denominator: t.denominator as DriverId }),
		scale: t.scale,
		publishedSeries: t.publishedSeries,
		...(t.why === undefined ? {} : { why: t.why }),
		...(t.kind === 'share_level' ? { publishedShare: true as const } : {}),
		...(t.integer ? { integer: true as const } : {}),
		...(t.aspirational ? { aspirational: true as const } : {}),
		placement: t.placement,
		...(t.prices === undefined ? {} : { prices: t.prices }),
		...(t.officialPrices === undefined ? {} : { officialPrices: t.officialPrices }),
		...(t.averageWindow === undefined ? {} : { averageWindow: t.averageWindow }),
		...(reading ? { reading: reading.spec } : {}),
		...(t.caveats === undefined ? {} : { caveats: t.caveats }),
		stream: index
	};
}

function gapSpec(t: PackTarget, position: number): GapSpec {
	return {
		id: t.id,
		name: t.name,
		clause: t.clause,
		clauseEn: t.clauseEn,
		unit: t.unit,
		comparator: t.comparator,
		target: t.target,
		reason: t.why ?? null,
		placement: t.placement,
		...(t.caveats === undefined ? {} : { caveats: t.caveats }),
		position
	};
}

/**
 * The reading `id` of target `t` and its benchmark: the preferred published figure of a year, or
 * the arithmetic mean of the preferred figures of every year of a window (none may be missing).
 */
function readingOf(
	t: PackTarget,
	index: number,
	id: string,
	observations: ObservationsFile,
	file: string
): { spec: TargetReading; value: number } {
	const j = t.readings!.findIndex((r) => r.id === id);
	const r = t.readings![j]!;
	const b = r.benchmark;
	const years = b.statistic === 'value' ? { from: b.year, to: b.year } : { from: b.from, to: b.to };
	const preferred = preferredByYear(observations.series[b.series]?.observations ?? []);
	const values: number[] = [];
	for (let year = years.from; year <= years.to; year++) {
		const figure = preferred.get(year);
		if (!figure)
			throw new DataFileError(
				file,
				`targets[${index}].readings[${j}].benchmark`,
				`series "${b.series}" has no figure for ${year}`
			);
		values.push(figure.chosen.value);
	}
	return {
		spec: {
			id: r.id,
			name: r.name,
			description: r.description,
			series: b.series,
			years,
			statistic: b.statistic,
			choices: t.readings!.map((x) => x.id)
		},
		value: values.reduce((a, v) => a + v, 0) / values.length
	};
}
