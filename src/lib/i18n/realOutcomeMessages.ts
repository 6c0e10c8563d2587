// Every visible string of a real-outcome classroom challenge (learn/realOutcome.ts), in English
// and Chinese. The Chinese dictionary is typed by the English one.
import type { Lang } from '../model/types';
import type { NoAnswerReason } from './classroomMessages';

const en = {
	modeHeading: 'What the answer is',
	modeLabel: 'Real outcome: forecast as of a past year, then meet what was published',
	yearLabel: 'As of the year',
	composerHelp: (asOf: number, targetYear: number) =>
		`Students see only the figures for years up to ${asOf} and forecast the ${targetYear} value. The reveal shows the model’s projection as of ${asOf} (default assumptions) and the figure published since, with each forecast’s error. The scenario’s assumptions, required growth and locks do not apply.`,
	outcomeMark: {
		published: (year: number) => `${year} figure published`,
		none: (year: number) => `no ${year} figure published yet`
	},
	studentIntro: (asOf: number, targetYear: number) =>
		`As of ${asOf}: you see only the figures for years up to ${asOf}. Forecast each ${targetYear} value, then reveal the model’s projection as of ${asOf} and the figure published since. Forecasts stay in this page: nothing is saved on this device or sent anywhere.`,
	classHelp:
		'Several forecasts can be entered here one after another, for instance each student’s in turn: each is scored, and the class summary covers them all.',
	askLabel: (targetYear: number) => `${targetYear} value, forecast as of the year`,
	kindName: (targetYear: number) => `${targetYear} value, as of a past year`,
	ask: (name: string, targetYear: number, asOf: number) =>
		`What was ${name} in ${targetYear}? Forecast it from the figures up to ${asOf}.`,
	noOutcomeAhead: (targetYear: number) =>
		`No ${targetYear} figure of this indicator has been published yet: the forecasts can be compared with the model’s projection, but not scored.`,
	knownHeading: (asOf: number) => `Figures for years up to ${asOf}`,
	knownNone: (asOf: number) => `No figure of this indicator for a year up to ${asOf}.`,
	knownBreak: (from: number, to: number, fromBasis: string, toBasis: string) =>
		`The statistical basis changes between ${from} and ${to} (${fromBasis} → ${toBasis}): the figures either side are not strictly comparable.`,
	year: 'Year',
	value: 'Figure',
	yearlyRate: 'Yearly growth',
	forecastLabel: (unit: string) => `Forecast (${unit})`,
	add: 'Add forecast',
	added: (n: number, text: string) => `Forecast ${n} added: ${text}.`,
	forecastsHeading: 'Forecasts entered',
	forecastN: (n: number) => `Forecast ${n}`,
	forecastItem: (n: number, text: string) => `Forecast ${n}: ${text}`,
	remove: (n: number) => `Remove forecast ${n}`,
	needForecast: 'Enter at least one forecast first.',
	reveal: 'Reveal the outcome',
	startAgain: 'Start again',
	modelLabel: (asOf: number) => `Model’s projection as of ${asOf} (default assumptions)`,
	noProjection: {
		missing_assumption: (drivers: string, asOf: number) =>
			`None: in the figures for years up to ${asOf}, there is no growth of ${drivers} to project from.`,
		no_projection: (_drivers: string, asOf: number) =>
			`None: the model made no projection as of ${asOf}.`,
		no_years_left: (_drivers: string, asOf: number) =>
			`None: the model made no projection as of ${asOf}.`,
		unreachable: (_drivers: string, asOf: number) =>
			`None: the model made no projection as of ${asOf}.`,
		not_applicable: (_drivers: string, asOf: number) =>
			`None: the model made no projection as of ${asOf}.`
	} satisfies Record<NoAnswerReason, (drivers: string, asOf: number) => string>,
	outcomeLabel: (year: number) => `Published outcome, ${year}`,
	outcomeWindow: (from: number, to: number) =>
		`(the compound average of the yearly rates published for ${from}–${to})`,
	sourcesLabel: (n: number): string => (n === 1 ? 'Source:' : 'Sources:'),
	figureOfYear: (figure: string, year: number) => `${figure} (${year})`,
	forecastsShown: (list: string) => `Forecasts entered: ${list}.`,
	noOutcome: (name: string, year: number, latest: string | null) =>
		`No ${year} figure of ${name} has been published yet${latest ? ` (the latest is ${latest})` : ''}. There is no outcome to score the forecasts against: they stay on this page.`,
	basisChange: (knownYear: number, known: string, outcome: string) =>
		`Not on the same statistical basis: the latest figure known in ${knownYear} is on the basis “${known}”, the outcome on “${outcome}” (a census revision). The errors below compare across that change and partly reflect the revision.`,
	numberColumn: 'No.',
	forecastColumn: 'Forecast',
	errorColumn: 'Error',
	errorNote: 'Error = forecast − published outcome.',
	closerColumn: 'Closer than the model?',
	yes: 'Yes',
	no: 'No',
	notCompared: 'no projection to compare',
	modelRow: 'Model',
	tableCaption: (name: string) => `Forecasts of ${name} against the published outcome`,
	classSummary: (n: number, mae: string, closer: number, modelError: string) =>
		`${n === 1 ? '1 forecast' : `${n} forecasts`}: mean absolute error ${mae}; ${closer} of ${n} closer to the outcome than the model (whose error was ${modelError}).`,
	classSummaryNoModel: (n: number, mae: string) =>
		`${n === 1 ? '1 forecast' : `${n} forecasts`}: mean absolute error ${mae}. The model made no projection, so none is compared with it.`,
	closerRule:
		'Closer means a smaller error, in absolute terms, than the model’s; a tie is not closer.',
	seeModel: (asOf: number) => `See the model’s projection as of ${asOf}, step by step`,
	summaryNone: (total: number) =>
		`No outcome revealed yet (${total} ${total === 1 ? 'question' : 'questions'}).`,
	summary: (revealed: number, total: number, scored: number, compared: number, closer: number) =>
		`${revealed} of ${total} revealed; ${scored} with a published outcome. ${compared === 0 ? 'No forecast could be compared with the model yet.' : `${closer} of ${compared} ${compared === 1 ? 'forecast was' : 'forecasts were'} closer to the outcome than the model.`}`
};

export type RealOutcomeMessages = typeof en;

const same = (asOf: number) => `无：模型在 ${asOf} 年未作预测。`;

const zh: RealOutcomeMessages = {
	modeHeading: '以什么为答案',
	modeLabel: '真实结果：站在过去某年作预测，再与公布值对照',
	yearLabel: '站在哪一年',
	composerHelp: (asOf, targetYear) =>
		`学生只能看到截至 ${asOf} 年各年的数据，预测 ${targetYear} 年的数值。揭晓时显示模型站在 ${asOf} 年（默认假设）所作的预测、此后公布的数值，以及每个预测的误差。情景中的假设、所需增速和锁定均不适用。`,
	outcomeMark: {
		published: (year) => `已公布 ${year} 年数值`,
		none: (year) => `尚未公布 ${year} 年数值`
	},
	studentIntro: (asOf, targetYear) =>
		`站在 ${asOf} 年：你只能看到截至 ${asOf} 年各年的数据。请预测各题 ${targetYear} 年的数值，再揭晓模型站在 ${asOf} 年所作的预测和此后公布的数值。预测只留在本页：不会保存在本设备上，也不会发送到任何地方。`,
	classHelp:
		'可在此依次录入多个预测，例如逐一录入每位学生的预测：每个预测都会计算误差，全班小结涵盖全部预测。',
	askLabel: (targetYear) => `站在该年预测 ${targetYear} 年数值`,
	kindName: (targetYear) => `站在过去预测 ${targetYear} 年数值`,
	ask: (name, targetYear, asOf) =>
		`${targetYear} 年${name}实际是多少？请根据截至 ${asOf} 年的数据作出预测。`,
	noOutcomeAhead: (targetYear) =>
		`该指标尚未公布 ${targetYear} 年数值：预测可与模型的预测对照，但无法计算误差。`,
	knownHeading: (asOf) => `截至 ${asOf} 年各年的数据`,
	knownNone: (asOf) => `该指标在 ${asOf} 年及以前没有数据。`,
	knownBreak: (from, to, fromBasis, toBasis) =>
		`${from} 年与 ${to} 年之间统计口径有变（${fromBasis} → ${toBasis}）：前后数据并不严格可比。`,
	year: '年份',
	value: '数值',
	yearlyRate: '当年增速',
	forecastLabel: (unit) => `预测（${unit}）`,
	add: '添加预测',
	added: (n, text) => `已添加预测 ${n}：${text}。`,
	forecastsHeading: '已录入的预测',
	forecastN: (n) => `预测 ${n}`,
	forecastItem: (n, text) => `预测 ${n}：${text}`,
	remove: (n) => `删除预测 ${n}`,
	needForecast: '请先录入至少一个预测。',
	reveal: '揭晓结果',
	startAgain: '重新开始',
	modelLabel: (asOf) => `模型站在 ${asOf} 年的预测（默认假设）`,
	noProjection: {
		missing_assumption: (drivers, asOf) =>
			`无：在截至 ${asOf} 年的数据中，${drivers}没有可据以推算的增速。`,
		no_projection: (_d, asOf) => same(asOf),
		no_years_left: (_d, asOf) => same(asOf),
		unreachable: (_d, asOf) => same(asOf),
		not_applicable: (_d, asOf) => same(asOf)
	},
	outcomeLabel: (year) => `${year} 年公布值`,
	outcomeWindow: (from, to) => `（${from}—${to} 年各年公布增速的复合平均）`,
	sourcesLabel: () => '来源：',
	figureOfYear: (figure, year) => `${figure}（${year} 年）`,
	forecastsShown: (list) => `已录入的预测：${list}。`,
	noOutcome: (name, year, latest) =>
		`${name}尚未公布 ${year} 年数值${latest ? `（最新为 ${latest}）` : ''}。没有可据以计算误差的结果：预测仍保留在本页。`,
	basisChange: (knownYear, known, outcome) =>
		`统计口径不同：${knownYear} 年已知的最新数据为“${known}”口径，公布结果为“${outcome}”口径（经济普查修订）。下表的误差跨越了这一变化，部分反映的是修订本身。`,
	numberColumn: '序号',
	forecastColumn: '预测',
	errorColumn: '误差',
	errorNote: '误差 = 预测 − 公布值。',
	closerColumn: '比模型更近？',
	yes: '是',
	no: '否',
	notCompared: '无模型预测可比',
	modelRow: '模型',
	tableCaption: (name) => `${name}：各预测与公布结果对照`,
	classSummary: (n, mae, closer, modelError) =>
		`共 ${n} 个预测：平均绝对误差 ${mae}；其中 ${closer} 个比模型更接近公布值（模型误差为 ${modelError}）。`,
	classSummaryNoModel: (n, mae) =>
		`共 ${n} 个预测：平均绝对误差 ${mae}。模型未作预测，因此不与模型比较。`,
	closerRule: '“更接近”指误差的绝对值小于模型的；相等不算更接近。',
	seeModel: (asOf) => `逐步查看模型站在 ${asOf} 年的预测`,
	summaryNone: (total) => `尚未揭晓任何结果（共 ${total} 题）。`,
	summary: (revealed, total, scored, compared, closer) =>
		`已揭晓 ${revealed}/${total} 题，其中 ${scored} 题有公布结果。${compared === 0 ? '尚无可与模型比较的预测。' : `${compared} 个预测中有 ${closer} 个比模型更接近公布值。`}`
};

export const realOutcomeMessages: Record<Lang, RealOutcomeMessages> = { en, zh };
