// The Chinese strings of controlMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { ControlMessages } from './controlMessages.en';

export const zh: ControlMessages = {
	beyondSlider: (min, max) => `超出滑块范围（${min}～${max}）：按输入框中的数值计算。`,
	valueOutOfRange: (min, max) => `请输入 ${min} 到 ${max} 之间的数值；未作任何更改。`,
	valueBreaksTrend: (driver, min, max) =>
		`此数值会使${driver}的默认增速超出 ${min} 到 ${max} 的范围；未作任何更改。`,
	toleranceEntry: '容差（百分比）',
	inertGrowth: (year, asOf) =>
		`截至 ${year} 年的各年数据均已公布（数据截至 ${asOf} 年）：这一增速不改变任何结果。`,
	inertPlanView: (year) => `按规划制定时的视角查看（${year} 年）`,
	inertAsOf: (year) => `改用截至 ${year} 年的数据`,
	inertNever: '在任何数据截至年份下，它都没有需要预测的年份。',
	issuesTitle: '此情景中有些假设未被采用：',
	issue: {
		unknown_driver: '未知的驱动量',
		invalid_growth: '增速超出可用范围',
		invalid_year: '年份不在可用范围内',
		invalid_value: '数值超出可用范围',
		published_year: '该年份已有公布数字',
		invalid_tolerance: '容差超出可用范围',
		invalid_window: '年份区间不在可用范围内',
		invalid_as_of: '截至年份不在数据范围内',
		default_out_of_range: '输入的数值使默认增速超出范围',
		invalid_range: '区间端点超出可用增速范围',
		reversed_range: '区间下限高于上限',
		invalid_model: '未知的不确定性模型',
		invalid_seed: '随机种子超出可用范围',
		invalid_draws: '抽样次数超出可用范围',
		invalid_correlation: '相关系数超出可用范围',
		invalid_denominator: '未知的就业人员分母'
	}
};
