// What the settings panel shows and does for the parameter table's settings: the tolerance
// slider (and whether the tolerance lies beyond it), its typed field, and the years and window
// lengths the lists offer — always including the value in use, so a list never shows another.
import { percentText, sliderState, choicesWith } from '$lib/view/bounds';
import { rateEntryError, type Edit } from '$lib/view/driverControl';
import { parsePercentEntry } from '$lib/view/parseEntry';
import { controlMessages } from '$lib/i18n/controlMessages';
import type { Messages } from '$lib/i18n/messages';
import type { Evaluation } from '$lib/model/evaluate';
import { controlChoices, PARAMETERS as P } from '$lib/model/parameters';
import type { Lang, Scenario } from '$lib/model/types';
import { setTolerance } from '$lib/scenario/edit';

export interface SettingsView {
	/** Slider numbers are percent. */
	tolerance: { min: number; max: number; step: number; position: number; typedText: string };
	/** Said beside the tolerance slider when the tolerance lies beyond it; null inside it. */
	toleranceBeyond: string | null;
	asOfYears: number[];
	windowYears: number[];
	growthWindows: number[];
}

export function settingsView(evaluation: Evaluation, lang: Lang): SettingsView {
	const { control } = P.tolerance;
	const slider = sliderState(evaluation.tolerance, control, lang);
	const { averageWindow: win, targetYear } = evaluation;
	return {
		tolerance: {
			min: control.min * 100,
			max: control.max * 100,
			step: control.step * 100,
			position: slider.position,
			typedText: percentText(evaluation.tolerance)
		},
		toleranceBeyond: slider.beyond
			? controlMessages[lang].beyondSlider(slider.minText, slider.maxText)
			: null,
		asOfYears: controlChoices(P.asOf, targetYear),
		windowYears: choicesWith(
			choicesWith(controlChoices(P.averageWindow, targetYear), win.from),
			win.to
		),
		growthWindows: choicesWith(
			controlChoices(P.growthWindow, targetYear),
			evaluation.growthWindowYears
		)
	};
}

/** A typed tolerance in percent, within the table's hard bounds. */
export function toleranceEdit(text: string, scenario: Scenario, t: Messages, lang: Lang): Edit {
	const result = parsePercentEntry(text, P.tolerance);
	return result.ok
		? { ok: true, scenario: setTolerance(scenario, result.rate) }
		: { ok: false, error: rateEntryError(result.reason, t, lang, P.tolerance) };
}

/**
 * A choice's explanation that opens with its own name ("Persistent: one growth rate …",
 * "持续型：从区间中…"), split so the name can be set in bold once instead of repeated beside it.
 * Text without such an opening is all `rest`.
 */
export function leadAndRest(text: string): { lead: string; separator: string; rest: string } {
	const at = /[:：]\s*/.exec(text);
	if (!at || at.index === 0 || at.index > 24) return { lead: '', separator: '', rest: text };
	return {
		lead: text.slice(0, at.index),
		separator: at[0],
		rest: text.slice(at.index + at[0].length)
	};
}
