// Every word the command-line evaluator prints, in Chinese and English: labels, notes, errors and
// the help text. Numbers arrive already formatted; nothing here computes.
import type { Verdict } from '../lib/model/verdict';
import type { ScenarioIssue, TargetResult } from '../lib/model/evaluate';
import { DRIVER_IDS, TARGET_IDS, type Lang } from '../lib/model/types';
import { MAX_GROWTH, MIN_GROWTH } from '../lib/model/growth';
import {
	DEFAULT_DRAWS,
	DEFAULT_SEED,
	MAX_DRAWS,
	MAX_SEED,
	MIN_DRAWS,
	UNCERTAINTY_MODELS
} from '../lib/model/uncertainty';
import {
	EARLIEST_LINK_YEAR,
	KNOWN_DATA_VERSIONS,
	LINK_VERSION,
	MAX_GROWTH_WINDOW_YEARS,
	MAX_LINK_LENGTH,
	MAX_TOLERANCE,
	MAX_USER_VALUE,
	type IgnoredPart
} from '../lib/scenario/link';
import type { ArgError } from './args';

/** Errors that stop the evaluator with exit code 2 (bad input) or 1 (internal). */
export type CliError =
	| ArgError
	| { kind: 'bad_scenario'; ignored: IgnoredPart[]; minAsOf: number; maxAsOf: number }
	| { kind: 'scenario_issues'; issues: ScenarioIssue[] }
	| { kind: 'internal'; message: string };

type Words = {
	headers: string[];
	verdicts: Record<Verdict, string>;
	requiredNotes: Record<NonNullable<TargetResult['requiredGrowthNote']>, string>;
	percent: (n: string) => string;
	percentPoints: (n: string) => string;
	title: (shortTitle: string, asOf: number, targetYear: number) => string;
	about: (target: string, bound: string) => string;
	rankAtMost: (n: string) => string;
	legend: (tolerance: string) => string[];
	bracket: (text: string, inside: string) => string;
	notesHeading: string;
	list: (items: string[]) => string;
	none: string;
	ignoredLine: (ignored: string, issues: string) => string;
	ignoredReasons: Record<IgnoredPart['reason'], string>;
	issueReasons: Record<ScenarioIssue['reason'], string>;
	driverAt: (id: string, value: string, unit: string, year: number) => string;
	driverProjected: (growth: string, value: string, targetYear: number) => string;
	driverActual: string;
	driverNoGrowth: string;
	ratioNote: (formula: string, drivers: string[], numerator: string) => string;
	toleranceBound: (rate: string) => string;
	averageNote: (
		from: number,
		to: number,
		compound: string,
		arithmetic: string,
		yearly: string,
		anyProjected: boolean
	) => string;
	yearRate: (year: number, rate: string, projected: boolean) => string;
	qualitativeNote: (value: string | null, unit: string, targetYear: number, why: string) => string;
	missingNote: (targetYear: number, drivers: string[], example: string | null) => string;
	missingDriver: (name: string, id: string, lastYear: number | null) => string;
	gapNote: (years: number[]) => string;
	sentence: (parts: string[]) => string;
	chanceHeader: string;
	chanceLegend: (model: string, monteCarlo: string | null) => string[];
	monteCarlo: (draws: string, seed: number) => string;
	chanceNote: (needed: string, flips: string[]) => string;
	neededGrowth: (chances: string[], rates: string[]) => string;
	flips: (drivers: string[]) => string;
};

const EN: Words = {
	headers: ['Target', 'Unit', 'Base', 'Growth/yr', '', 'Goal', 'Verdict', 'Margin', 'Required/yr'],
	verdicts: {
		met: 'met',
		within_tolerance: 'within tolerance',
		not_met: 'not met',
		no_numeric_target: 'no numeric target',
		needs_assumption: 'needs assumption'
	},
	requiredNotes: {
		invalid_input: 'n/a',
		non_positive_base: 'n/a',
		non_positive_target: 'n/a',
		no_years_left: 'no years left',
		out_of_range: 'out of range',
		not_applicable: '—',
		missing_assumption: '—'
	},
	percent: (n) => `${n} %`,
	percentPoints: (n) => `${n} pp`,
	title: (shortTitle, asOf, targetYear) =>
		`${shortTitle} — data as of ${asOf}, projected to ${targetYear}`,
	about: (target, bound) => `≈ ${target} (≥ ${bound})`,
	rankAtMost: (n) => `rank ≤ ${n}`,
	legend: (tolerance) => [
		`≈ is "about" (左右): met at or above the target, within tolerance down to ${tolerance} below it (the bound in brackets).`,
		`Growth/yr is the constant yearly growth of the target's driver (the numerator of a ratio); Required/yr just meets the target.`
	],
	bracket: (text, inside) => `${text} (${inside})`,
	notesHeading: 'Notes',
	list: (items) => items.join(', '),
	none: 'none',
	ignoredLine: (ignored, issues) => `Ignored scenario parts: ${ignored}. Issues: ${issues}.`,
	ignoredReasons: {
		unknown_key: 'unknown key',
		not_a_number: 'not a number',
		out_of_range: 'out of range',
		duplicate: 'repeated key',
		bad_encoding: 'bad percent-encoding',
		empty: 'empty',
		too_long: 'too long',
		unknown_version: 'newer link version',
		unknown_data_version: 'unknown data version',
		published_year: 'a published year'
	},
	issueReasons: {
		unknown_driver: 'unknown driver',
		invalid_growth: 'invalid growth',
		invalid_year: 'invalid year',
		invalid_value: 'invalid value',
		published_year: 'a published year',
		invalid_tolerance: 'invalid tolerance',
		invalid_window: 'invalid window',
		invalid_as_of: 'invalid as-of year',
		default_out_of_range: 'default growth out of range',
		invalid_range: 'invalid growth range (both ends must be growth rates from −0.99 to 10)',
		reversed_range: 'growth range reversed (the low end is above the high end)',
		invalid_model: 'unknown uncertainty model (use persistent or yearly)',
		invalid_seed: 'invalid seed (use a whole number from 0 to 4294967295)',
		invalid_draws: 'invalid number of draws (use a whole number from 1000 to 100000)',
		invalid_correlation: 'invalid correlation (use a number from −1 to 1)'
	},
	driverAt: (id, value, unit, year) => `${id} ${value} ${unit} in ${year}`,
	driverProjected: (growth, value, targetYear) => `, ${growth}/yr → ${value} in ${targetYear}`,
	driverActual: ' (actual)',
	driverNoGrowth: ', growth unknown',
	ratioNote: (formula, drivers, numerator) =>
		`= ${formula}: ${drivers.join('; ')}. Growth and Required are those of ${numerator}`,
	toleranceBound: (rate) => `; ${rate} a year reaches the tolerance bound`,
	averageNote: (from, to, compound, arithmetic, yearly, anyProjected) =>
		`${from}–${to} compound average ${compound}, arithmetic mean ${arithmetic}; yearly ${yearly}${anyProjected ? ' (* projected)' : ''}`,
	yearRate: (year, rate, projected) => `${year} ${rate}${projected ? '*' : ''}`,
	qualitativeNote: (value, unit, targetYear, why) =>
		value === null
			? `no numeric target, and no ${targetYear} level to track. ${why}`
			: `no numeric target; tracked level ${value} ${unit} in ${targetYear}. ${why}`,
	missingNote: (targetYear, drivers, example) =>
		`no ${targetYear} value, because ${drivers.join(' and ')}` +
		(example === null ? '' : `; supply one, e.g. ${example}`),
	missingDriver: (name, id, lastYear) =>
		lastYear === null
			? `${name} (${id}) has no data`
			: `no growth is known for ${name} (${id}, data up to ${lastYear})`,
	gapNote: (years) =>
		`no yearly growth is known for ${years.join(', ')} (a gap in the data); this cannot be assumed here`,
	sentence: (parts) => `${parts.join('')}.`,
	chanceHeader: 'P(met)',
	chanceLegend: (model, monteCarlo) => [
		`P(met) is the chance of meeting the target in 2025 (in brackets: met or within tolerance), each driver's growth read as a 90 % range. ${model}`,
		...(monteCarlo === null ? [] : [`† by Monte Carlo: ${monteCarlo}.`])
	],
	monteCarlo: (draws, seed) => `${draws} draws per target, seed ${seed}`,
	chanceNote: (needed, flips) => [needed, ...flips].join('; '),
	neededGrowth: (chances, rates) =>
		`a ${chances.join(' / ')} chance needs a central growth of ${rates.join(' / ')} a year (range width held)`,
	flips: (drivers) => `±1 pp on ${drivers.join(' or ')} flips the verdict`
};

const ZH: Words = {
	headers: ['目标', '单位', '基期', '假设年增速', '', '目标值', '判定', '差距', '所需年增速'],
	verdicts: {
		met: '达成',
		within_tolerance: '在容差内',
		not_met: '未达成',
		no_numeric_target: '无数值目标',
		needs_assumption: '需补充假设'
	},
	requiredNotes: {
		invalid_input: '无法计算',
		non_positive_base: '无法计算',
		non_positive_target: '无法计算',
		no_years_left: '无剩余年份',
		out_of_range: '超出范围',
		not_applicable: '—',
		missing_assumption: '—'
	},
	percent: (n) => `${n}%`,
	percentPoints: (n) => `${n} 个百分点`,
	title: (shortTitle, asOf, targetYear) =>
		`${shortTitle}——数据截至 ${asOf} 年，预测至 ${targetYear} 年`,
	about: (target, bound) => `${target}左右（≥ ${bound}）`,
	rankAtMost: (n) => `排名 ≤ ${n}`,
	legend: (tolerance) => [
		`“左右”：达到或超过目标为达成，低于目标不超过 ${tolerance} 为在容差内（括号内为下限）。`,
		`假设年增速是该目标驱动量（比率目标为分子）的恒定年增速；所需年增速是恰好达到目标的增速。`
	],
	bracket: (text, inside) => `${text}（${inside}）`,
	notesHeading: '说明',
	list: (items) => items.join('、'),
	none: '无',
	ignoredLine: (ignored, issues) => `忽略的情景参数：${ignored}。问题：${issues}。`,
	ignoredReasons: {
		unknown_key: '未知参数名',
		not_a_number: '不是数字',
		out_of_range: '超出范围',
		duplicate: '参数重复',
		bad_encoding: '百分号编码有误',
		empty: '空参数',
		too_long: '超出长度',
		unknown_version: '链接版本较新',
		unknown_data_version: '数据版本未知',
		published_year: '该年已有公布值'
	},
	issueReasons: {
		unknown_driver: '未知驱动量',
		invalid_growth: '增速无效',
		invalid_year: '年份无效',
		invalid_value: '数值无效',
		published_year: '该年已有公布值',
		invalid_tolerance: '容差无效',
		invalid_window: '区间无效',
		invalid_as_of: '截至年份无效',
		default_out_of_range: '默认增速超出范围',
		invalid_range: '增速区间无效（两端都须是 −0.99 到 10 之间的增速）',
		reversed_range: '增速区间上下颠倒（下限高于上限）',
		invalid_model: '不确定性模型未知（可用 persistent 或 yearly）',
		invalid_seed: '随机种子无效（须为 0 到 4294967295 之间的整数）',
		invalid_draws: '抽样次数无效（须为 1000 到 100000 之间的整数）',
		invalid_correlation: '相关系数无效（须在 −1 到 1 之间）'
	},
	driverAt: (id, value, unit, year) => `${id} ${year} 年 ${value} ${unit}`,
	driverProjected: (growth, value, targetYear) => `，年增 ${growth} → ${targetYear} 年 ${value}`,
	driverActual: '（实际值）',
	driverNoGrowth: '，增速未知',
	ratioNote: (formula, drivers, numerator) =>
		`= ${formula}：${drivers.join('；')}。假设年增速与所需年增速均指 ${numerator}`,
	toleranceBound: (rate) => `；年增 ${rate} 可达容差下限`,
	averageNote: (from, to, compound, arithmetic, yearly, anyProjected) =>
		`${from}–${to} 年复合年均 ${compound}，算术平均 ${arithmetic}；各年 ${yearly}${anyProjected ? '（* 为预测）' : ''}`,
	yearRate: (year, rate, projected) => `${year} 年 ${rate}${projected ? '*' : ''}`,
	qualitativeNote: (value, unit, targetYear, why) =>
		value === null
			? `无数值目标，也无 ${targetYear} 年跟踪水平。${why}`
			: `无数值目标；跟踪水平 ${targetYear} 年 ${value} ${unit}。${why}`,
	missingNote: (targetYear, drivers, example) =>
		`无法得出 ${targetYear} 年数值，因为${drivers.join('，且')}` +
		(example === null ? '' : `；请给出增速，例如 ${example}`),
	missingDriver: (name, id, lastYear) =>
		lastYear === null
			? `${name}（${id}）没有数据`
			: `缺少${name}（${id}，数据至 ${lastYear} 年）的增速`,
	gapNote: (years) => `${years.join('、')} 年的增速未知（数据缺口），无法在此补充`,
	sentence: (parts) => `${parts.join('')}。`,
	chanceHeader: '达成概率',
	chanceLegend: (model, monteCarlo) => [
		`达成概率是 2025 年达到目标的概率（括号内为达成或在容差内的概率），各驱动量的增速按 90% 区间理解。${model}`,
		...(monteCarlo === null ? [] : [`† 为蒙特卡洛模拟：${monteCarlo}。`])
	],
	monteCarlo: (draws, seed) => `每个目标抽样 ${draws} 次，随机种子 ${seed}`,
	chanceNote: (needed, flips) => [needed, ...flips].join('；'),
	neededGrowth: (chances, rates) =>
		`达成概率 ${chances.join(' / ')} 所需的中心年增速为 ${rates.join(' / ')}（区间宽度不变）`,
	flips: (drivers) => `${drivers.join('或')}的增速变动 ±1 个百分点会改变判定`
};

/** The words for a language. */
export const words = (lang: Lang): Words => (lang === 'zh' ? ZH : EN);

const quote = (text: string, lang: Lang) => (lang === 'zh' ? `“${text}”` : `"${text}"`);
const KEYS =
	'g.<driver>, y.<driver>.<year>, u.<driver>.<year>, tol, gw, win, asof, unc, seed, draws, corr, lang, view, d, v';
const DRIVERS = DRIVER_IDS.join(', ');
const GROWTH_RANGE = {
	en: `growth must be from ${MIN_GROWTH} to ${MAX_GROWTH}, i.e. ${MIN_GROWTH * 100} % to +${MAX_GROWTH * 100} %`,
	zh: `增速须在 ${MIN_GROWTH} 到 ${MAX_GROWTH} 之间，即 ${MIN_GROWTH * 100}% 到 +${MAX_GROWTH * 100}%`
};

/** The decoded key of a quoted part (parts are quoted as written, possibly percent-encoded). */
function keyOf(part: string): string {
	const raw = part.split('=')[0] ?? '';
	try {
		return decodeURIComponent(raw).trim();
	} catch {
		return raw.trim();
	}
}

/** Why one scenario part was rejected, with what would be accepted instead. */
function ignoredPhrase(ignored: IgnoredPart, lang: Lang, minAsOf: number, maxAsOf: number): string {
	const part = quote(ignored.part, lang);
	const key = keyOf(ignored.part);
	const kind = /^[yu]\./.test(key) ? key[0] : key;
	const isRange = key.startsWith('g.') && ignored.part.includes('..');
	const zh = lang === 'zh';
	const years = `${EARLIEST_LINK_YEAR}–${maxAsOf}`;
	switch (ignored.reason) {
		case 'unknown_key':
			return zh
				? `${part}的参数名未知（可用 ${KEYS}；驱动量：${DRIVERS}）`
				: `${part} has an unknown key (use ${KEYS}; drivers: ${DRIVERS})`;
		case 'not_a_number':
			switch (kind) {
				case 'asof':
					return zh
						? `${part}不是年份（例如 asof=2023）`
						: `${part} is not a year (e.g. asof=2023)`;
				case 'gw':
					return zh
						? `${part}不是整数年数（例如 gw=5）`
						: `${part} is not a whole number of years (e.g. gw=5)`;
				case 'win':
					return zh
						? `${part}不是年份区间（例如 win=2021-2025）`
						: `${part} is not a window of years (e.g. win=2021-2025)`;
				case 'v':
					return zh
						? `${part}不是版本号（例如 v=${LINK_VERSION}）`
						: `${part} is not a version number (e.g. v=${LINK_VERSION})`;
				case 'u':
					return zh
						? `${part}不是数字（参数名中的年份和输入值都须是数字，例如 u.employed.2020=1300）`
						: `${part} is not a number (both the year in the key and the value must be, e.g. u.employed.2020=1300)`;
				case 'y':
					return zh
						? `${part}不是数字（参数名中的年份和增速都须是数字，例如 y.gdp.2025=0.05）`
						: `${part} is not a number (both the year in the key and the rate must be, e.g. y.gdp.2025=0.05)`;
				case 'seed':
				case 'draws':
					return zh
						? `${part}不是整数（例如 ${kind}=${kind === 'seed' ? DEFAULT_SEED : DEFAULT_DRAWS}）`
						: `${part} is not a whole number (e.g. ${kind}=${kind === 'seed' ? DEFAULT_SEED : DEFAULT_DRAWS})`;
				case 'corr':
					return zh
						? `${part}不是数字（相关系数写作 −1 到 1 之间的小数，例如 corr=0.5）`
						: `${part} is not a number (a correlation from −1 to 1, e.g. corr=0.5)`;
				default:
					if (isRange)
						return zh
							? `${part}不是增速区间（写作 下限..上限，例如 g.tech_contracts=0.05..0.09）`
							: `${part} is not a growth range (write low..high, e.g. g.tech_contracts=0.05..0.09)`;
					return zh
						? `${part}不是数字（增速写作小数，例如 0.05 表示 5%）`
						: `${part} is not a number (growth is a fraction, e.g. 0.05 for 5 %)`;
			}
		case 'out_of_range':
			switch (kind) {
				case 'asof':
					return zh
						? `${part}超出范围（年份须在 ${minAsOf}–${maxAsOf} 之间）`
						: `${part} is out of range (use a year from ${minAsOf} to ${maxAsOf})`;
				case 'tol':
					return zh
						? `${part}超出范围（容差须在 0 到 ${MAX_TOLERANCE} 之间）`
						: `${part} is out of range (use 0 to ${MAX_TOLERANCE})`;
				case 'gw':
					return zh
						? `${part}超出范围（年数须在 1–${MAX_GROWTH_WINDOW_YEARS} 之间）`
						: `${part} is out of range (use 1 to ${MAX_GROWTH_WINDOW_YEARS} years)`;
				case 'win':
					return zh
						? `${part}超出范围（起止年份须在 ${years} 之间，且起始年不晚于结束年）`
						: `${part} is out of range (use years from ${years}, the first not after the last)`;
				case 'lang':
					return zh
						? `${part}不是可用的语言（zh 或 en）`
						: `${part} is not a language here (use zh or en)`;
				case 'view':
					return zh
						? `${part}不是已知的目标（可用 ${TARGET_IDS.join(', ')}）`
						: `${part} is not a known target (use ${TARGET_IDS.join(', ')})`;
				case 'v':
					return zh
						? `${part}不是版本号（例如 v=${LINK_VERSION}）`
						: `${part} is not a version number (e.g. v=${LINK_VERSION})`;
				case 'y':
					return zh
						? `${part}超出范围（年份须在 ${years} 之间，${GROWTH_RANGE.zh}）`
						: `${part} is out of range (use a year from ${years}; ${GROWTH_RANGE.en})`;
				case 'u':
					return zh
						? `${part}超出范围（年份须在 ${years} 之间，输入值须大于 0 且不超过 ${MAX_USER_VALUE}，并使该驱动量的默认增速保持在 −99% 到 +1000% 之间）`
						: `${part} is out of range (use a year from ${years} and a value above 0 and at most ${MAX_USER_VALUE} that keeps the driver's default growth within −99 % to +1000 %)`;
				case 'unc':
					return zh
						? `${part}不是可用的不确定性模型（persistent 或 yearly）`
						: `${part} is not an uncertainty model here (use persistent or yearly)`;
				case 'seed':
					return zh
						? `${part}超出范围（随机种子须为 0 到 ${MAX_SEED} 之间的整数）`
						: `${part} is out of range (use a seed from 0 to ${MAX_SEED})`;
				case 'draws':
					return zh
						? `${part}超出范围（抽样次数须在 ${MIN_DRAWS}–${MAX_DRAWS} 之间）`
						: `${part} is out of range (use ${MIN_DRAWS} to ${MAX_DRAWS} draws)`;
				case 'corr':
					return zh
						? `${part}超出范围（相关系数须在 −1 到 1 之间）`
						: `${part} is out of range (use a correlation from −1 to 1)`;
				default:
					if (isRange)
						return zh
							? `${part}超出范围（区间两端都须是有效增速且下限不高于上限；${GROWTH_RANGE.zh}）`
							: `${part} is out of range (both ends must be valid and the low end not above the high end; ${GROWTH_RANGE.en})`;
					return zh
						? `${part}超出范围（${GROWTH_RANGE.zh}）`
						: `${part} is out of range (${GROWTH_RANGE.en})`;
			}
		case 'duplicate':
			return zh ? `${part}重复了前面的参数` : `${part} repeats an earlier key`;
		case 'bad_encoding':
			return zh ? `${part}的百分号编码有误` : `${part} has invalid percent-encoding`;
		case 'empty':
			return zh ? `有一个空参数（多余的 &）` : `there is an empty part (a stray &)`;
		case 'too_long':
			return zh
				? `超过 ${MAX_LINK_LENGTH} 个字符的部分（${part}）过长，未读取`
				: `the text past ${MAX_LINK_LENGTH} characters (${part}) is too long to read`;
		case 'unknown_version':
			return zh
				? `${part}来自更新版本的链接格式（本程序只认识到 v=${LINK_VERSION}）`
				: `${part} is a newer link format than this evaluator knows (it reads up to v=${LINK_VERSION})`;
		case 'unknown_data_version':
			return zh
				? `${part}指定的数据版本本程序没有（现有 ${KNOWN_DATA_VERSIONS.join('、')}）`
				: `${part} names a data version this evaluator does not have (it has ${KNOWN_DATA_VERSIONS.join(', ')})`;
		case 'published_year':
			return zh
				? `${part}为已有公布值的年份输入了数值（公布值不能替换）`
				: `${part} enters a value for a year with a published figure (published figures cannot be replaced)`;
	}
}

/** A scenario part the parser set aside, with its reason. */
export function ignoredText(ignored: IgnoredPart, lang: Lang): string {
	const reason = words(lang).ignoredReasons[ignored.reason];
	return lang === 'zh'
		? `${quote(ignored.part, lang)}（${reason}）`
		: `${quote(ignored.part, lang)} (${reason})`;
}

/** A value the model replaced by its default, with its reason. */
export function issueText(issue: ScenarioIssue, lang: Lang): string {
	const reason = words(lang).issueReasons[issue.reason];
	return lang === 'zh'
		? `${issue.field}=${issue.value}（${reason}）`
		: `${issue.field}=${issue.value} (${reason})`;
}

/** One sentence saying what was wrong with the input and what happened instead. */
export function errorSentence(error: CliError, lang: Lang): string {
	const zh = lang === 'zh';
	switch (error.kind) {
		case 'unknown_option':
			return zh
				? `未知选项 ${quote(error.option, lang)}；可用选项为 --json、--lang zh|en、--as-of 年份、--model persistent|yearly、--seed 整数、--draws 整数 和 --help。`
				: `Unknown option ${quote(error.option, lang)}; the options are --json, --lang zh|en, --as-of YEAR, --model persistent|yearly, --seed N, --draws N and --help.`;
		case 'missing_value': {
			const example = {
				'--lang': ['一个值', 'a value', '--lang zh'],
				'--as-of': ['一个年份', 'a year', '--as-of 2023'],
				'--model': ['一个模型', 'a model', '--model persistent'],
				'--seed': ['一个整数', 'a whole number', `--seed ${DEFAULT_SEED}`],
				'--draws': ['一个整数', 'a whole number', `--draws ${DEFAULT_DRAWS}`],
				'--data': ['一个文件路径', 'a file path', '--data updates.json']
			}[error.option];
			return zh
				? `选项 ${error.option} 需要${example[0]}，例如 ${example[2]}。`
				: `Option ${error.option} needs ${example[1]}, e.g. ${example[2]}.`;
		}
		case 'bad_model':
			return zh
				? `--model 的值 ${quote(error.value, lang)} 无效；请用 persistent 或 yearly。`
				: `Unknown model ${quote(error.value, lang)} for --model; use persistent or yearly.`;
		case 'bad_seed':
			return zh
				? `--seed 的值 ${quote(error.value, lang)} 无效；请用 0 到 ${error.max} 之间的整数。`
				: `Invalid --seed ${quote(error.value, lang)}; use a whole number from 0 to ${error.max}.`;
		case 'bad_draws':
			return zh
				? `--draws 的值 ${quote(error.value, lang)} 无效；请用 ${error.min} 到 ${error.max} 之间的整数。`
				: `Invalid --draws ${quote(error.value, lang)}; use a whole number from ${error.min} to ${error.max}.`;
		case 'bad_lang':
			return zh
				? `--lang 的值 ${quote(error.value, lang)} 无效；请用 zh 或 en。`
				: `Unknown language ${quote(error.value, lang)} for --lang; use zh or en.`;
		case 'bad_as_of':
			return zh
				? `--as-of 的年份 ${quote(error.value, lang)} 无效；请用 ${error.min}–${error.max} 之间的年份。`
				: `Invalid --as-of year ${quote(error.value, lang)}; use a year from ${error.min} to ${error.max}.`;
		case 'extra_argument':
			return zh
				? `多余的参数 ${quote(error.value, lang)}；情景只能有一个参数，用 & 连接，例如 "gdp=0.05&employed=0.01"。`
				: `Unexpected extra argument ${quote(error.value, lang)}; give the scenario as one argument joined with &, e.g. "gdp=0.05&employed=0.01".`;
		case 'bad_scenario':
			// One sentence, on a line of its own, per ignored part.
			return error.ignored
				.map((i) => {
					const phrase = ignoredPhrase(i, lang, error.minAsOf, error.maxAsOf);
					return zh
						? `情景参数无效，未进行计算：${phrase}。`
						: `Invalid scenario, nothing was evaluated: ${phrase}.`;
				})
				.join('\n');
		case 'scenario_issues': {
			const items = error.issues.map((i) => issueText(i, lang));
			return zh
				? `情景取值无效，未进行计算：${items.join('；')}。`
				: `Invalid scenario value, nothing was evaluated: ${items.join('; ')}.`;
		}
		case 'internal': {
			// One line, whatever the underlying message looks like.
			const message = error.message.replace(/\s+/g, ' ').trim();
			return zh
				? `评估程序因内部错误而停止：${message}`
				: `The evaluator stopped on an internal error: ${message}`;
		}
	}
}

/** Text broken into lines of at most `width` characters (at spaces, or anywhere for Chinese). */
function wrap(text: string, width: number, indent: string): string {
	const lines: string[] = [];
	let line = '';
	for (const word of /\s/.test(text) ? text.split(' ') : [...text]) {
		const joiner = /\s/.test(text) && line !== '' ? ' ' : '';
		if (line.length + joiner.length + word.length > width && line !== '') {
			lines.push(line);
			line = word;
		} else line += joiner + word;
	}
	if (line !== '') lines.push(line);
	return lines.map((l) => indent + l).join('\n');
}

/** The plan's defaults the help text quotes. */
export interface HelpDefaults {
	tolerance: number;
	growthWindowYears: number;
	averageWindow: { from: number; to: number };
}

/** The --help text. */
export function helpText(
	lang: Lang,
	minAsOf: number,
	maxAsOf: number,
	defaults: HelpDefaults
): string {
	const drivers = DRIVER_IDS.join(', ');
	const { tolerance, growthWindowYears: gw } = defaults;
	const win = `${defaults.averageWindow.from}-${defaults.averageWindow.to}`;
	const years = `${EARLIEST_LINK_YEAR}–${maxAsOf}`;
	const models = (l: Lang) =>
		Object.values(UNCERTAINTY_MODELS)
			.map((m) => wrap(m[l], l === 'en' ? 80 : 44, ' '.repeat(18)))
			.join('\n');
	if (lang === 'zh')
		return `用法：npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of 年份]
        [--model persistent|yearly] [--seed 整数] [--draws 整数] ["<情景>"]

按情景计算 2025 年各项目标的预测值、判定、差距和所需增速，输出表格（或 JSON）；选择不确定性
模型时，还给出各目标的达成概率。

情景：应用中的分享链接（完整地址或 # 之后的部分），即用 & 连接的 键=值，例如
"v=${LINK_VERSION}&g.tech_contracts=0.05&g.employed=0.01&asof=2023"
  g.<驱动量>              恒定年增速，写作小数（0.05 表示 5%）；或区间 下限..上限，
                          按 90% 区间理解（例如 g.tech_contracts=0.05..0.09）
                          驱动量：${drivers}
  y.<驱动量>.<年份>       某一年的增速（${years}）
  u.<驱动量>.<年份>       为没有公布值的年份输入数值（驱动量的单位）
  asof                    只用截至该年的数据（${minAsOf}–${maxAsOf}）
  tol                     “左右”目标的相对容差（0–${MAX_TOLERANCE}，默认 ${tolerance}）
  gw                      默认增速取最近几年（1–${MAX_GROWTH_WINDOW_YEARS}，默认 ${gw}）
  win                     年均增速目标的计算区间（默认 ${win}）
  unc                     不确定性模型 persistent 或 yearly（写出即计算概率）
  seed                    蒙特卡洛随机种子（0–${MAX_SEED}，默认 ${DEFAULT_SEED}）
  draws                   每个目标的抽样次数（${MIN_DRAWS}–${MAX_DRAWS}，默认 ${DEFAULT_DRAWS}）
  corr                    比率目标分子与分母增速的相关系数（−1 到 1；默认按历史数据，无法计算时为 0）
  lang, view              应用的语言和视图；此处不影响输出
  d                       数据版本（${KNOWN_DATA_VERSIONS.join('、')}）
  v                       链接格式版本；不写 v 的旧式情景（"tech_contracts=0.05&asof=2023"）仍然可用
不写情景则全部使用默认值。情景中有任何无法使用的部分时不进行计算。

选项：
  --json          输出一个 JSON 对象（数值不取整）
  --lang zh|en    表格和提示的语言（默认按 LANG 环境变量）
  --as-of 年份    同 asof=年份，优先于情景中的 asof
  --model 模型    同 unc=模型，优先于情景中的 unc：
${models('zh')}
  --seed 整数     同 seed=整数
  --draws 整数    同 draws=整数
  --data 文件     数据补录文件（bj-targets-data-update）：其中的数字作为公布数据使用，标为用户补录
  --help          显示本帮助

退出码：0 完成；2 输入有误；1 内部错误。
`;
	return `Usage: npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of YEAR]
       [--model persistent|yearly] [--seed N] [--draws N] ["<scenario>"]

Projects the 2025 targets under a scenario and prints each target's projected value, verdict,
margin and required growth as a table (or JSON); with an uncertainty model, also the chance of
meeting each target.

Scenario: a share link from the app (the whole address, or what follows #): key=value pairs
joined with &, e.g. "v=${LINK_VERSION}&g.tech_contracts=0.05&g.employed=0.01&asof=2023"
  g.<driver>              constant yearly growth as a fraction (0.05 = 5 %), or a range
                          low..high read as a 90 % interval (g.tech_contracts=0.05..0.09)
                          drivers: ${drivers}
  y.<driver>.<year>       growth in one year (${years})
  u.<driver>.<year>       a value for a year without a published figure (the driver's unit)
  asof                    use only data up to this year (${minAsOf}–${maxAsOf})
  tol                     relative tolerance of "about" targets (0–${MAX_TOLERANCE}, default ${tolerance})
  gw                      years behind each default growth (1–${MAX_GROWTH_WINDOW_YEARS}, default ${gw})
  win                     window of average-growth targets (default ${win})
  unc                     uncertainty model, persistent or yearly (turns probabilities on)
  seed                    Monte Carlo seed (0–${MAX_SEED}, default ${DEFAULT_SEED})
  draws                   Monte Carlo draws per target (${MIN_DRAWS}–${MAX_DRAWS}, default ${DEFAULT_DRAWS})
  corr                    correlation of a ratio's numerator and denominator growth (−1 to 1;
                          default from history, 0 where it cannot be computed)
  lang, view              the app's language and view; they do not change this output
  d                       data version (${KNOWN_DATA_VERSIONS.join(', ')})
  v                       link format version; the older form without v
                          ("tech_contracts=0.05&asof=2023") is still read
Without a scenario every default is used. Any part that cannot be used stops the evaluation.

Options:
  --json          print one JSON object with unrounded values
  --lang zh|en    language of the table and messages (default: from LANG)
  --as-of YEAR    same as asof=YEAR; takes precedence over it
  --model MODEL   same as unc=MODEL; takes precedence over it:
${models('en')}
  --seed N        same as seed=N
  --draws N       same as draws=N
  --data FILE     a data-update file (bj-targets-data-update): its figures are used as published
                  data, marked user-supplied
  --help          show this help

Exit codes: 0 done, 2 bad input, 1 internal error.
`;
}
