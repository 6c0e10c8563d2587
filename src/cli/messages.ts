// Every word the command-line evaluator prints, in Chinese and English: labels, notes, errors and
// the help text. Numbers arrive already formatted; nothing here computes.
import type { Verdict } from '../lib/model/verdict';
import type { ScenarioIssue, TargetResult } from '../lib/model/evaluate';
import { DRIVER_IDS, type Lang } from '../lib/model/types';
import { MAX_PARAMS_LENGTH, MAX_TOLERANCE, type IgnoredPart } from '../lib/scenario/params';
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
		too_long: 'too long'
	},
	issueReasons: {
		unknown_driver: 'unknown driver',
		invalid_growth: 'invalid growth',
		invalid_year: 'invalid year',
		invalid_value: 'invalid value',
		published_year: 'a published year',
		invalid_tolerance: 'invalid tolerance',
		invalid_window: 'invalid window',
		invalid_as_of: 'invalid as-of year'
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
	sentence: (parts) => `${parts.join('')}.`
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
		too_long: '超出长度'
	},
	issueReasons: {
		unknown_driver: '未知驱动量',
		invalid_growth: '增速无效',
		invalid_year: '年份无效',
		invalid_value: '数值无效',
		published_year: '该年已有公布值',
		invalid_tolerance: '容差无效',
		invalid_window: '区间无效',
		invalid_as_of: '截至年份无效'
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
	sentence: (parts) => `${parts.join('')}。`
};

/** The words for a language. */
export const words = (lang: Lang): Words => (lang === 'zh' ? ZH : EN);

const quote = (text: string, lang: Lang) => (lang === 'zh' ? `“${text}”` : `"${text}"`);
const KEYS = `${DRIVER_IDS.join(', ')}, g.<driver>, asof, tol`;

/** Why one scenario part was rejected, with what would be accepted instead. */
function ignoredPhrase(ignored: IgnoredPart, lang: Lang, minAsOf: number, maxAsOf: number): string {
	const part = quote(ignored.part, lang);
	const key = ignored.part.split('=')[0]?.trim() ?? '';
	const zh = lang === 'zh';
	switch (ignored.reason) {
		case 'unknown_key':
			return zh
				? `${part}的参数名未知（可用 ${KEYS}）`
				: `${part} has an unknown key (use ${KEYS})`;
		case 'not_a_number':
			if (key === 'asof')
				return zh ? `${part}不是年份（例如 asof=2023）` : `${part} is not a year (e.g. asof=2023)`;
			return zh
				? `${part}不是数字（增速写作小数，例如 0.05 表示 5%）`
				: `${part} is not a number (growth is a fraction, e.g. 0.05 for 5 %)`;
		case 'out_of_range':
			if (key === 'asof')
				return zh
					? `${part}超出范围（年份须在 ${minAsOf}–${maxAsOf} 之间）`
					: `${part} is out of range (use a year from ${minAsOf} to ${maxAsOf})`;
			if (key === 'tol')
				return zh
					? `${part}超出范围（容差须在 0 到 ${MAX_TOLERANCE} 之间）`
					: `${part} is out of range (use 0 to ${MAX_TOLERANCE})`;
			return zh
				? `${part}超出范围（增速须大于 −0.99 且不超过 10，即 −99% 到 +1000%）`
				: `${part} is out of range (growth must be from −0.99 to 10, i.e. −99 % to +1000 %)`;
		case 'duplicate':
			return zh ? `${part}重复了前面的参数` : `${part} repeats an earlier key`;
		case 'bad_encoding':
			return zh ? `${part}的百分号编码有误` : `${part} has invalid percent-encoding`;
		case 'empty':
			return zh ? `有一个空参数（多余的 &）` : `there is an empty part (a stray &)`;
		case 'too_long':
			return zh
				? `超过 ${MAX_PARAMS_LENGTH} 个字符的部分（${part}）过长，未读取`
				: `the text past ${MAX_PARAMS_LENGTH} characters (${part}) is too long to read`;
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
				? `未知选项 ${quote(error.option, lang)}；可用选项为 --json、--lang zh|en、--as-of 年份 和 --help。`
				: `Unknown option ${quote(error.option, lang)}; the options are --json, --lang zh|en, --as-of YEAR and --help.`;
		case 'missing_value':
			return error.option === '--lang'
				? zh
					? '选项 --lang 需要一个值，例如 --lang zh。'
					: 'Option --lang needs a value, e.g. --lang zh.'
				: zh
					? '选项 --as-of 需要一个年份，例如 --as-of 2023。'
					: 'Option --as-of needs a year, e.g. --as-of 2023.';
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
		case 'bad_scenario': {
			const phrases = error.ignored.map((i) =>
				ignoredPhrase(i, lang, error.minAsOf, error.maxAsOf)
			);
			return zh
				? `情景参数无效，未进行计算：${phrases.join('；')}。`
				: `Invalid scenario, nothing was evaluated: ${phrases.join('; ')}.`;
		}
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

/** The --help text. */
export function helpText(lang: Lang, minAsOf: number, maxAsOf: number, tolerance: number): string {
	const drivers = DRIVER_IDS.join(', ');
	if (lang === 'zh')
		return `用法：npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of 年份] ["<情景>"]

按情景计算 2025 年各项目标的预测值、判定、差距和所需增速，输出表格（或 JSON）。

情景：应用中的链接，或其参数部分，即用 & 连接的 键=值，例如 "tech_contracts=0.05&employed=0.01"
  <驱动量> 或 g.<驱动量>  恒定年增速，写作小数（0.05 表示 5%）
                          驱动量：${drivers}
  asof                    只用截至该年的数据（${minAsOf}–${maxAsOf}）
  tol                     “左右”目标的相对容差（0–${MAX_TOLERANCE}，默认 ${tolerance}）
不写情景则全部使用默认值。

选项：
  --json          输出一个 JSON 对象（数值不取整）
  --lang zh|en    表格和提示的语言（默认按 LANG 环境变量）
  --as-of 年份    同 asof=年份，优先于情景中的 asof
  --help          显示本帮助

退出码：0 完成；2 输入有误；1 内部错误。
`;
	return `Usage: npm run --silent evaluate -- [--json] [--lang zh|en] [--as-of YEAR] ["<scenario>"]

Projects the 2025 targets under a scenario and prints each target's projected value, verdict,
margin and required growth as a table (or JSON).

Scenario: a link from the app, or its parameter part: key=value pairs joined with &, e.g.
"tech_contracts=0.05&employed=0.01"
  <driver> or g.<driver>  constant yearly growth as a fraction (0.05 = 5 %)
                          drivers: ${drivers}
  asof                    use only data up to this year (${minAsOf}–${maxAsOf})
  tol                     relative tolerance of "about" targets (0–${MAX_TOLERANCE}, default ${tolerance})
Without a scenario every default is used.

Options:
  --json          print one JSON object with unrounded values
  --lang zh|en    language of the table and messages (default: from LANG)
  --as-of YEAR    same as asof=YEAR; takes precedence over it
  --help          show this help

Exit codes: 0 done, 2 bad input, 1 internal error.
`;
}
