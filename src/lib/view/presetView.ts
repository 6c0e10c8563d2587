// What a preset does, as one sentence in the reader's language: the growths it sets (those that
// can move a result) and what happens to the data-as-of. Computed from presetEffect, never
// hand-written per preset. Pure.
import { formatRate } from '../i18n/format';
import { messages } from '../i18n/messages';
import { presetMessages } from '../i18n/presetMessages';
import type { Lang, ObservationsFile, Plan, Scenario } from '../model/types';
import { planViewAsOf, presetEffect, type PresetId } from '../scenario/presets';

/** A growth with its sign: "+28.0%", "−1.2%". */
const signed = (rate: number, lang: Lang) => (rate > 0 ? '+' : '') + formatRate(rate, lang);

/** A name as it reads inside a list: "Basic-research spending" → "basic-research spending", "GDP" kept. */
const inList = (name: string) =>
	/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

/** "Strong: basic research spending +28.0% a year, …, data as of 2025 (unchanged)." */
export function presetSummary(
	id: PresetId,
	plan: Plan,
	data: ObservationsFile,
	current: Scenario,
	lang: Lang
): string {
	const m = presetMessages[lang];
	const effect = presetEffect(id, plan, data, current);
	const name = (driver: string) =>
		inList(plan.drivers.find((d) => d.id === driver)?.name[lang] ?? driver);
	const growth = effect.growth.map((g) => m.driverGrowth(name(g.driver), signed(g.rate, lang)));
	const { from, to, changed } = effect.asOf;
	return m.summary(presetText('preset', id, plan, lang), [
		...(growth.length > 0 ? growth : [m.defaults]),
		changed ? m.asOfChanged(from, to) : m.asOfKept(to)
	]);
}

/**
 * A preset's name (`preset`) or help (`presetHelp`) for this plan: "as the plan saw it" names the
 * plan's own vantage year.
 */
export function presetText(
	which: 'preset' | 'presetHelp',
	id: PresetId,
	plan: Plan,
	lang: Lang
): string {
	return messages[lang][which][id].replace('{year}', String(planViewAsOf(plan)));
}
