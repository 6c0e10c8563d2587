// fast-check generators of link states and links, shared by the codec's unit, property and fuzz
// tests. States are drawn at the link's precision (rates in millionths, values in ten-thousandths)
// and inside the model's ranges, so that a state survives encode → decode exactly.
import fc from 'fast-check';
import { observations, plan } from '../../src/lib/model/data';
import { PARAMETERS as P } from '../../src/lib/model/parameters';
import { publishedYears } from '../../src/lib/model/series';
import {
	DRIVER_IDS,
	TARGET_IDS,
	UNCERTAINTY_MODEL_IDS,
	type DriverId,
	type GrowthRange,
	type Scenario,
	type UncertaintySettings
} from '../../src/lib/model/types';
import { KNOWN_DATA_VERSIONS, type LinkState } from '../../src/lib/scenario/link';

const MILLION = 1e6;
const { min: MIN_GROWTH, max: MAX_GROWTH } = P.growth.hard;
const [MIN_AS_OF, EARLIEST_LINK_YEAR] = [P.asOf.hard.min, P.year.hard.min];
const [DEFAULT_SEED, MAX_SEED] = [P.seed.default, P.seed.hard.max];
const [DEFAULT_DRAWS, MIN_DRAWS] = [P.draws.default, P.draws.hard.min];
const [MAX_TOLERANCE, MAX_GROWTH_WINDOW_YEARS] = [P.tolerance.hard.max, P.growthWindow.hard.max];
const year = fc.integer({ min: EARLIEST_LINK_YEAR, max: plan.targetYear });

/** A growth rate with at most six decimals: mostly plausible, sometimes at the model's edges. */
export const rate = fc
	.oneof(
		{ weight: 4, arbitrary: fc.integer({ min: -200_000, max: 300_000 }) },
		fc.integer({ min: Math.round(MIN_GROWTH * MILLION), max: Math.round(MAX_GROWTH * MILLION) }),
		fc.constantFrom(Math.round(MIN_GROWTH * MILLION), Math.round(MAX_GROWTH * MILLION), 0)
	)
	.map((k) => k / MILLION);

/** A growth range at the link's precision: two rates, low ≤ high (sometimes equal). */
export const range: fc.Arbitrary<GrowthRange> = fc
	.tuple(rate, fc.oneof(rate, fc.constant(null)))
	.map(([a, b]) => ({ low: Math.min(a, b ?? a), high: Math.max(a, b ?? a) }));

/**
 * Uncertainty settings. Draws are mostly the minimum and rarely the default, so that the many
 * evaluations of a property run stay quick (MAX_DRAWS has its own tests).
 */
export const uncertainty: fc.Arbitrary<UncertaintySettings> = fc.record({
	model: fc.constantFrom(...UNCERTAINTY_MODEL_IDS),
	seed: fc.oneof(fc.constant(DEFAULT_SEED), fc.integer({ min: 0, max: MAX_SEED })),
	draws: fc.oneof(
		{ weight: 12, arbitrary: fc.constant(MIN_DRAWS) },
		{ weight: 3, arbitrary: fc.integer({ min: MIN_DRAWS, max: 3 * MIN_DRAWS }) },
		{ weight: 1, arbitrary: fc.constant(DEFAULT_DRAWS) }
	),
	correlation: fc.option(
		fc.integer({ min: -MILLION, max: MILLION }).map((k) => k / MILLION),
		{ nil: null }
	)
});

/** Years each driver may take an entered value for: no published level or rate. */
const openYears = Object.fromEntries(
	DRIVER_IDS.map((id) => {
		const spec = plan.drivers.find((d) => d.id === id)!;
		const published = new Set(
			[spec.series, spec.ratesSeries].flatMap((s) =>
				s && observations.series[s] ? [...publishedYears(observations.series[s])] : []
			)
		);
		const years: number[] = [];
		for (let y = EARLIEST_LINK_YEAR; y <= plan.targetYear; y++)
			if (!published.has(y)) years.push(y);
		return [id, years];
	})
) as Record<DriverId, number[]>;

/** The driver's latest published level: entered values are drawn around it. */
const lastLevel = (id: DriverId) => {
	const spec = plan.drivers.find((d) => d.id === id)!;
	return observations.series[spec.series]?.observations.at(-1)?.value ?? 1000;
};

const enteredValue = (id: DriverId) =>
	fc
		.tuple(fc.integer({ min: 500, max: 2000 }), fc.integer({ min: 0, max: 4 }))
		.map(([permille, decimals]) => {
			const value = Number(((lastLevel(id) * permille) / 1000).toFixed(decimals));
			return value > 0 ? value : 1;
		});

function byDriver<T>(
	entry: (id: DriverId) => fc.Arbitrary<Record<number, T>>
): fc.Arbitrary<Partial<Record<DriverId, Record<number, T>>>> {
	return fc
		.uniqueArray(fc.constantFrom(...DRIVER_IDS), { maxLength: 4 })
		.chain((ids) => fc.tuple(...ids.map((id) => entry(id).map((v) => [id, v] as const))))
		.map((entries) =>
			Object.fromEntries(entries.filter(([, v]) => Object.keys(v).length > 0))
		) as fc.Arbitrary<Partial<Record<DriverId, Record<number, T>>>>;
}

const yearMap = <T>(years: fc.Arbitrary<number>, value: fc.Arbitrary<T>) =>
	fc
		.array(fc.tuple(years, value), { maxLength: 4 })
		.map((pairs) => Object.fromEntries(pairs) as Record<number, T>);

/** Growth per driver: a point or a range (a link holds one of the two per driver). */
const growths = fc
	.uniqueArray(fc.constantFrom(...DRIVER_IDS), { maxLength: DRIVER_IDS.length })
	.chain((ids) =>
		fc.tuple(
			...ids.map((id) =>
				fc.oneof(
					{ weight: 3, arbitrary: rate.map((r) => ({ id, point: r, range: null })) },
					range.map((r) => ({ id, point: null, range: r }))
				)
			)
		)
	)
	.map((entries) => ({
		growth: Object.fromEntries(
			entries.filter((e) => e.point !== null).map((e) => [e.id, e.point])
		) as Partial<Record<DriverId, number>>,
		growthRange: Object.fromEntries(
			entries.filter((e) => e.range !== null).map((e) => [e.id, e.range])
		) as Partial<Record<DriverId, GrowthRange>>
	}));

const scenarioFields = fc.record({
	asOf: fc.option(fc.integer({ min: MIN_AS_OF, max: plan.targetYear })),
	growths,
	yearlyGrowth: byDriver<number>(() => yearMap(year, rate)),
	userValues: byDriver<number>((id) =>
		openYears[id].length === 0
			? fc.constant({})
			: yearMap(fc.constantFrom(...openYears[id]), enteredValue(id))
	),
	tolerance: fc.option(
		fc.integer({ min: 0, max: MAX_TOLERANCE * MILLION }).map((k) => k / MILLION)
	),
	growthWindowYears: fc.option(fc.integer({ min: 1, max: MAX_GROWTH_WINDOW_YEARS })),
	averageWindow: fc.option(
		fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }))
	),
	uncertainty: fc.option(uncertainty, { nil: null, freq: 2 })
});

export const scenario: fc.Arbitrary<Scenario> = scenarioFields.map(({ growths: g, ...rest }) => ({
	...rest,
	growth: g.growth,
	growthRange: g.growthRange
}));

export const linkState: fc.Arbitrary<LinkState> = fc.record({
	scenario,
	lang: fc.constantFrom(null, 'zh' as const, 'en' as const),
	view: fc.option(fc.constantFrom(...TARGET_IDS)),
	dataVersion: fc.constantFrom(...KNOWN_DATA_VERSIONS)
});
