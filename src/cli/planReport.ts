// What a plan pack's targets add to the evaluator's report: rows and notes for gaps (targets
// without data, never a number), notes on “力争”, prices, readings, counts, published shares and
// unconfirmed placements, and the same as JSON fields. The seed plan has none of these, so its
// report is unchanged. Formatting only: no verdict is computed here.
import { cliMessages } from '../lib/i18n/cliMessages';
import { formatValue } from '../lib/i18n/format';
import { targetText } from '../lib/i18n/targetText';
import { messages } from '../lib/i18n/messages';
import type { Evaluation, TargetResult } from '../lib/model/evaluate';
import type { GapSpec, Lang, TargetSpec, Text } from '../lib/model/types';

/** The table row of a gap: its name, its goal and the gap verdict; no number anywhere else. */
export function gapRow(gap: GapSpec, lang: Lang, chances: boolean): string[] {
	const w = cliMessages[lang];
	const goal = targetText(gap, messages[lang], lang);
	const dash = w.gapCell;
	return [
		gap.name[lang],
		dash,
		dash,
		dash,
		goal,
		messages[lang].verdict.gap,
		...(chances ? [dash] : []),
		dash,
		dash
	];
}

/** The note on a gap: why no data follows it. */
export function gapNote(gap: GapSpec, lang: Lang): string {
	const w = cliMessages[lang];
	return `${gap.name[lang]}${w.colon}${w.noSeriesNote(gap.reason?.[lang] ?? null)}`.trim();
}

/** `items` with each gap's item put back at its place among all the plan's targets. */
export function inPlanOrder<T>(
	items: readonly T[],
	gaps: readonly GapSpec[],
	gapItem: (g: GapSpec) => T
): T[] {
	const out = [...items];
	for (const g of [...gaps].sort((a, b) => a.position - b.position))
		out.splice(Math.min(g.position, out.length), 0, gapItem(g));
	return out;
}

/** True when some target reads the tolerance (an “about” or average-growth comparator). */
export const usesTolerance = (evaluation: Evaluation) =>
	evaluation.targets.some((t) => t.tolerance !== null);

/** What a pack says about one target beyond its numbers, as one note; null when nothing. */
export function packNote(t: TargetResult, lang: Lang): string | null {
	const w = cliMessages[lang];
	const spec = t.spec;
	const parts: string[] = [];
	if (spec.aspirational) parts.push(w.aspirationalNote);
	if (spec.prices && spec.officialPrices && spec.prices !== spec.officialPrices)
		parts.push(w.pricesNote(w.pricePhrase[spec.prices], w.pricePhrase[spec.officialPrices]));
	if (spec.reading && spec.target !== null) {
		const r = spec.reading;
		const benchmark = w.bracket(formatValue(spec.target, spec.unit, lang), r.series);
		const others = r.choices.filter((c) => c !== r.id).map((c) => `--reading ${spec.id}=${c}`);
		parts.push(w.readingNote(r.name[lang], benchmark, others));
	}
	if (spec.integer) parts.push(w.countNote);
	if (spec.publishedShare) parts.push(w.shareNote);
	if (spec.placement === 'table_unconfirmed') parts.push(w.unconfirmedNote);
	if (parts.length === 0) return null;
	return w.sentence([spec.name[lang] + w.colon + parts.join(lang === 'zh' ? '；' : '; ')]);
}

/** A pack target's own fields in the JSON report; none for the seed plan's targets. */
export interface JsonPackFields {
	publishedShare?: true;
	integer?: true;
	aspirational?: true;
	placement?: TargetSpec['placement'];
	prices?: 'nominal' | 'real';
	officialPrices?: 'nominal' | 'real';
	reading?: NonNullable<TargetSpec['reading']> & { benchmark: number | null };
	caveats?: Text[];
}

export function jsonPackFields(spec: TargetSpec): JsonPackFields {
	const { publishedShare, integer, aspirational, placement, prices, officialPrices } = spec;
	const fields: JsonPackFields = {
		publishedShare,
		integer,
		aspirational,
		placement,
		prices,
		officialPrices,
		reading: spec.reading ? { ...spec.reading, benchmark: spec.target } : undefined,
		caveats: spec.caveats
	};
	for (const key of Object.keys(fields) as (keyof JsonPackFields)[])
		if (fields[key] === undefined) delete fields[key];
	return fields;
}
