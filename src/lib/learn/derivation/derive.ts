// One target's derivation: its steps in order for its kind (qualitative targets get their
// projection and the plan's words), and the legend of the symbols they use. Pure.
import { derivationMessages } from '../../i18n/derivationMessages';
import { messages } from '../../i18n/messages';
import { type Evaluation, type TargetResult } from '../../model/evaluate';
import { type Lang, type Plan } from '../../model/types';
import { mi, sub } from '../mathml';
import { averageSteps } from './average';
import {
	type DerivationStep,
	type Derivation,
	type Context,
	step,
	at,
	isBareSymbol
} from './context';
import { legend } from './legend';
import { requiredLevelStep } from './level';
import { ratioRequiredSteps } from './ratio';
import {
	projectionStep,
	targetStep,
	measureStep,
	indicatorStep,
	verdictStep,
	missingStep
} from './shared';

/**
 * The derivation of one target under the current scenario: a legend of the symbols and the
 * numbered steps (formula, substitution, result, meaning). Each step's `value` is recomputed by
 * its closed form and agrees with the model to 1e-9; where it would not, the step shows the
 * model's number and says so (`modelSolved`). Names from the plan are escaped in the MathML.
 */
export function deriveTarget(
	result: TargetResult,
	evaluation: Evaluation,
	lang: Lang,
	plan: Pick<Plan, 'drivers'>
): Derivation {
	const c: Context = {
		result,
		evaluation,
		lang,
		plan,
		m: derivationMessages[lang],
		t: messages[lang],
		year: evaluation.targetYear,
		pair: result.spec.denominator !== undefined
	};
	const steps: DerivationStep[] = [];
	const bare = isBareSymbol(result.spec.tree);
	const indicator = bare ? at(result.spec.numerator, c.year) : sub(mi('I'), String(c.year));
	const push = (s: DerivationStep | null) => {
		if (s) steps.push(s);
	};
	if (result.kind === 'average_growth') {
		steps.push(...averageSteps(c));
		push(verdictStep(c, mi('ḡ')));
	} else if (result.kind === 'qualitative') {
		push(projectionStep(c, result.spec.numerator, 'projection'));
		push(
			step(
				'target',
				c.m.label.target,
				[],
				c.m.verdictQualitative(lang === 'zh' ? result.spec.clause : result.spec.clauseEn),
				null
			)
		);
	} else {
		if (!bare) push(measureStep(c));
		if (result.target !== null) push(targetStep(c, indicator));
		const pair = result.spec.denominator !== undefined;
		push(projectionStep(c, result.spec.numerator, pair ? 'projectionNumerator' : 'projection'));
		if (result.spec.denominator)
			push(projectionStep(c, result.spec.denominator, 'projectionDenominator'));
		if (!bare) push(indicatorStep(c));
		if (result.kind === 'ratio' && result.spec.denominator) steps.push(...ratioRequiredSteps(c));
		else push(requiredLevelStep(c));
		push(missingStep(c));
		push(verdictStep(c, indicator));
	}
	return { id: result.id, legend: legend(c, steps), steps };
}
