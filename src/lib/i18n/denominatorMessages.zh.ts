// The Chinese strings of denominatorMessages.ts, which says what they are for: a module of their own, so
// that the browser loads only the page's language (see messages.ts).
import type { DenominatorMessages } from './denominatorMessages.en';

export const zh: DenominatorMessages = {
	label: '就业人员分母',
	hint: '未找到 2016 年以后的全市就业人员官方总数。以下替代数字口径不同：可信度低，绝不作为默认值。',
	option: {
		default: '2016 年就业人员（公布总数），向后推算',
		census_2023: '2023 年经济普查：法人单位从业人员',
		implied_2018: '按北京自身比值推算的 2018 年数字（推算值）'
	},
	definition: {
		default: '全部就业人员，最近公布于 2016 年（二手来源）；此后各年为推算。',
		census_2023:
			'第五次全国经济普查（北京市统计局）的第二、三产业法人单位从业人员；不含农业和个体经营户，口径窄于全部就业人员，不能与 2016 年比较。',
		implied_2018:
			'2018 年研发人员全时当量 ÷ 北京自己公布的 2018 年每万名就业人员中研发人员数：推算值，并非公布数。'
	},
	lowConfidence: '可信度低',
	marked: (name, label) => `${name}（${label}）`,
	figure: (value, year) => `${value}（${year} 年）`,
	formula: (personnel, ratio, value) => `${personnel} ÷ ${ratio} = ${value}`,
	unused: {
		not_in_data: '此数据版本中没有该数字：仍使用公布的就业人员数据。',
		published_year: '该年份已有公布数字，使用公布数字。',
		after_as_of: '晚于截至年份：未使用。'
	},
	reason: {
		census_2023: '所选分母为 2023 年经济普查的法人单位从业人员，口径窄于全部就业人员',
		implied_2018: '所选分母由研发人员全时当量 ÷ 北京公布的 2018 年比值推算，并非公布的总数'
	}
};
