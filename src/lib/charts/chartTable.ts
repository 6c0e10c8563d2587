// The data table under a target chart: every number the chart draws, grouped by series, with its
// kind, basis, confidence, sources, derivation and the other published values for the same year.
// Pure: it reads the chart's data (so chart and table never disagree) and formats through
// i18n/format.ts.
import { isSecondaryOnly } from '../model/confidence';
import { chartMessages, type ChartMessages } from '../i18n/chartMessages';
import { formatNumber, formatValue } from '../i18n/format';
import type { DriverId, Lang, Observation, Plan, SourceKind, Text } from '../model/types';
import type { ChartPoint, SourcedObservation, TargetChartData } from './chartData';

export type RowKind = ChartPoint['kind'] | 'baseline' | 'target' | 'required' | 'average' | 'fan';

export interface TableSource {
	/** What precedes the link: the driver (for ratios), the publisher and the date. */
	lead: string;
	/** The driver the figure belongs to, when a row combines several (ratios). */
	driver: string | null;
	publisher: string | null;
	date: string | null;
	title: string;
	/** Where the figure was read; null when no address was recorded. */
	url: string | null;
	/** The official release's address when `url` is a copy of it. */
	officialUrl: string | null;
	kind: SourceKind;
	kindLabel: string;
	/** Neither an official release nor a copy whose official address is known. */
	secondaryOnly: boolean;
}

export interface TableRow {
	key: string;
	year: string;
	value: string;
	kind: RowKind;
	kindLabel: string;
	basis: string;
	confidence: string;
	lowConfidence: boolean;
	sources: TableSource[];
	/** How a derived value was computed, and the notes kept with its sources. */
	notes: string[];
	/** "also published: …" for other published values of the same year. */
	alternatives: string[];
	/** Every source of the row is secondary (see TableSource.secondaryOnly). */
	secondaryOnly: boolean;
	/** "unverified", "not comparable": flags the data puts on the row's figures. */
	flags: string[];
}

export { isSecondaryOnly };

function flagsOf(observations: Observation[], m: ChartMessages): string[] {
	const flags: string[] = [];
	if (observations.some((o) => o.verified === false)) flags.push(m.table.unverified);
	if (observations.some((o) => o.comparable === false)) flags.push(m.table.notComparable);
	return flags;
}

export interface TableGroup {
	key: string;
	title: string;
	rows: TableRow[];
}

interface Names {
	driver: (id: DriverId) => string;
	basis: (id: string) => string;
}

function names(plan: Plan, bases: Record<string, Text>, lang: Lang): Names {
	return {
		driver: (id) => plan.drivers.find((d) => d.id === id)?.name[lang] ?? id,
		basis: (id) => bases[id]?.[lang] ?? id
	};
}

function derivationNote(
	data: TargetChartData,
	p: ChartPoint,
	n: Names,
	m: ChartMessages,
	lang: Lang
) {
	const d = p.derivation;
	if (!d) return null;
	if (d.kind === 'chained') return m.table.chainedFormula(d.fromYear);
	if (d.kind === 'level_ratio') return m.table.levelRatioFormula(p.year);
	const scale = data.scale === 1 ? '' : ` × ${formatNumber(data.scale, lang)}`;
	return m.table.ratioFormula(
		n.driver(data.numerator),
		data.denominator ? n.driver(data.denominator) : '',
		scale
	);
}

const showDriver = (data: TargetChartData) => data.denominator !== null;

function sourceOf(
	s: SourcedObservation,
	data: TargetChartData,
	n: Names,
	m: ChartMessages
): TableSource {
	const { source } = s.observation;
	const driver = s.driver && showDriver(data) ? n.driver(s.driver) : null;
	const who = [source.publisher, source.date].filter(Boolean).join(', ');
	return {
		lead: [driver, who].filter(Boolean).join(' — '),
		driver,
		publisher: source.publisher,
		date: source.date,
		title: source.title,
		url: source.url,
		officialUrl: source.officialUrl ?? null,
		kind: source.kind,
		kindLabel: m.sourceKind[source.kind],
		secondaryOnly: isSecondaryOnly(s.observation)
	};
}

/** Punctuation around Chinese words is full-width; a bracket opens after a space in English. */
const PUNCTUATION = {
	en: { comma: ', ', semicolon: '; ', list: ', ', open: ' (', close: ')' },
	zh: { comma: '，', semicolon: '；', list: '、', open: '（', close: '）' }
} as const satisfies Record<Lang, Record<string, string>>;

function alternativeText(
	s: SourcedObservation,
	data: TargetChartData,
	n: Names,
	m: ChartMessages,
	lang: Lang
): string {
	const o = s.observation;
	const p = PUNCTUATION[lang];
	const who = [o.source.publisher ?? o.source.title, o.source.date].filter(Boolean).join(p.comma);
	const driver = s.driver && showDriver(data) ? `${n.driver(s.driver)} ` : '';
	return `${m.table.alsoPublished}${m.table.colon}${driver}${formatValue(o.value, s.unit, lang)}${p.open}${who}${p.semicolon}${m.sourceKind[o.source.kind]}${p.close}`;
}

function pointRow(
	data: TargetChartData,
	p: ChartPoint,
	series: string,
	n: Names,
	lang: Lang
): TableRow {
	const m = chartMessages[lang];
	const notes: string[] = [];
	const derivation = derivationNote(data, p, n, m, lang);
	if (derivation) notes.push(derivation);
	if (p.kind === 'projected') notes.push(m.table.computedBy);
	for (const s of p.sources) {
		const note = s.observation.note?.[lang];
		if (note && !notes.includes(note)) notes.push(note);
	}
	return {
		key: `${series}:${p.year}`,
		year: String(p.year),
		value: formatValue(p.value, data.unit, lang),
		kind: p.kind,
		kindLabel: p.userSupplied ? m.table.userSuppliedKind(m.kind[p.kind]) : m.kind[p.kind],
		basis: p.bases.map(n.basis).join(' / ') || '—',
		confidence: p.confidence ? m.confidence[p.confidence] : '—',
		lowConfidence: p.lowConfidence,
		sources: p.sources.map((s) => sourceOf(s, data, n, m)),
		notes,
		alternatives: p.alternatives.map((s) => alternativeText(s, data, n, m, lang)),
		secondaryOnly: p.sources.length > 0 && p.sources.every((s) => isSecondaryOnly(s.observation)),
		flags: flagsOf(
			p.sources.map((s) => s.observation),
			m
		)
	};
}

function plainRow(
	key: string,
	year: string,
	value: string,
	kind: RowKind,
	m: ChartMessages,
	notes: string[] = []
): TableRow {
	return {
		key,
		year,
		value,
		kind,
		kindLabel: m.kind[kind],
		basis: '—',
		confidence: '—',
		lowConfidence: false,
		sources: [],
		notes,
		alternatives: [],
		secondaryOnly: false,
		flags: []
	};
}

/** The table's row groups, in the order the legend names the chart's marks. */
export function chartTable(
	data: TargetChartData,
	plan: Plan,
	bases: Record<string, Text>,
	lang: Lang
): TableGroup[] {
	const m = chartMessages[lang];
	const n = names(plan, bases, lang);
	const fmt = (v: number) => formatValue(v, data.unit, lang);
	const rate = (v: number) => formatValue(v, 'rate', lang);
	const groups: TableGroup[] = [
		{
			key: 'indicator',
			title: m.table.groupIndicator(data.name[lang]),
			rows: [...data.history, ...data.projection].map((p) =>
				pointRow(data, p, 'indicator', n, lang)
			)
		}
	];
	for (const s of data.published)
		groups.push({
			key: `published:${s.id}`,
			title: m.table.groupPublished(s.name[lang]),
			rows: s.points.map((p) => pointRow(data, p, s.id, n, lang))
		});
	if (data.later.length > 0)
		groups.push({
			key: 'later',
			title: m.table.groupLater,
			rows: data.later.map((p) => pointRow(data, p, 'later', n, lang))
		});
	if (data.fan.length >= 2)
		groups.push({
			key: 'fan',
			title: m.table.groupFan,
			rows: data.fan
				.filter((f) => f.q90[0] !== f.q90[1])
				.map((f) =>
					plainRow(`fan:${f.year}`, String(f.year), fmt(f.median), 'fan', m, [
						m.table.fanInterval('50', fmt(f.q50[0]), fmt(f.q50[1])),
						m.table.fanInterval('90', fmt(f.q90[0]), fmt(f.q90[1]))
					])
				)
		});
	if (data.baselineDiffers)
		groups.push({
			key: 'baseline',
			title: m.table.groupBaseline,
			rows: data.baseline
				.slice(1)
				.map((p) => plainRow(`baseline:${p.year}`, String(p.year), fmt(p.value), 'baseline', m))
		});
	if (data.target) {
		const year = String(data.targetYear);
		const rows = [plainRow('target:value', year, fmt(data.target.value), 'target', m)];
		if (data.target.band)
			rows.push(
				plainRow('target:low', year, fmt(data.target.band.low), 'target', m, [m.table.bandLower])
			);
		groups.push({ key: 'target', title: m.table.groupTarget, rows });
	}
	if (data.window?.average != null) {
		const { from, to, average, arithmetic } = data.window;
		const notes = arithmetic === null ? [] : [m.table.averageNote(rate(arithmetic))];
		groups.push({
			key: 'average',
			title: m.table.groupAverage,
			rows: [plainRow('average', `${from}–${to}`, rate(average), 'average', m, notes)]
		});
	}
	if (data.ratchet.length > 0)
		groups.push({
			key: 'ratchet',
			title:
				data.kind === 'average_growth'
					? m.table.groupRatchetAverage
					: m.table.groupRatchet(n.driver(data.numerator)),
			rows: data.ratchet.map((r) =>
				plainRow(`ratchet:${r.year}`, String(r.year), rate(r.value), 'required', m)
			)
		});
	return groups;
}

/** The hover note of a chart mark: year, value, kind, and confidence when it is low. */
export function markTitle(
	data: TargetChartData,
	p: ChartPoint,
	series: string,
	lang: Lang
): string {
	const m = chartMessages[lang];
	const kind = p.userSupplied ? m.table.userSuppliedKind(m.kind[p.kind]) : m.kind[p.kind];
	const parts = [`${p.year}: ${formatValue(p.value, data.unit, lang)}`, kind];
	if (series !== 'indicator' && series !== 'later') {
		const s = data.published.find((x) => x.id === series);
		if (s) parts.push(s.name[lang]);
	}
	if (p.confidence) parts.push(`${m.table.confidence}: ${m.confidence[p.confidence]}`);
	const observations = p.sources.map((s) => s.observation);
	const kinds = [...new Set(observations.map((o) => m.sourceKind[o.source.kind]))];
	if (kinds.length > 0)
		parts.push(`${m.table.source}${m.table.colon}${kinds.join(PUNCTUATION[lang].list)}`);
	if (observations.length > 0 && observations.every(isSecondaryOnly))
		parts.push(m.table.secondaryOnly);
	parts.push(...flagsOf(observations, m));
	const note = p.sources.map((s) => s.observation.note?.[lang]).find(Boolean);
	if (note) parts.push(note);
	return parts.join(' · ');
}
