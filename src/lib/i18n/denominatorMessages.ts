// The words for the employment-denominator choice (model/denominator.ts), in Chinese and English:
// its label, each option's name and one-line definition, why a choice is not in use. Read by the
// target page, the confidence reasons, the "what changed" list and the command line.
import type { DenominatorUnused } from '../model/denominator';
import type { EmploymentDenominatorId, Lang } from '../model/types';

/** The choice as a control offers it: the default (no alternative), or one alternative. */
export type DenominatorOption = 'default' | EmploymentDenominatorId;

const en = {
	label: 'Employment denominator',
	hint: 'No official total of employed persons after 2016 was found. The alternatives have other definitions: low confidence, never the default.',
	option: {
		default: 'Employed persons 2016 (published total), projected',
		census_2023: '2023 economic census: employees of legal-entity units',
		implied_2018: '2018 figure implied by Beijing’s own ratio (derived)'
	} satisfies Record<DenominatorOption, string>,
	definition: {
		default:
			'All employed persons, last published for 2016 (a secondary source); later years are projected.',
		census_2023:
			'Employees of legal-entity units in the secondary and tertiary sectors (5th economic census, Beijing Municipal Bureau of Statistics): without agriculture or individual businesses, narrower than total employment and not comparable with 2016.',
		implied_2018:
			'R&D personnel 2018 (full-time equivalent) ÷ Beijing’s own published 2018 ratio of R&D personnel per 10,000 employed: a derived figure, not a published one.'
	} satisfies Record<DenominatorOption, string>,
	lowConfidence: 'Low confidence',
	/** An option's name with its low-confidence label, as the changes list shows it. */
	marked: (name: string, label: string) => `${name} (${label})`,
	/** The figure an option puts in, e.g. “1,313.6 万人 (2023)”. */
	figure: (value: string, year: number) => `${value} (${year})`,
	/** The formula of the derived figure, with its numbers formatted. */
	formula: (personnel: string, ratio: string, value: string) =>
		`${personnel} ÷ ${ratio} × 10,000 = ${value}`,
	unused: {
		not_in_data: 'Not in this data vintage: published employment is used.',
		published_year: 'A published figure exists for its year and is used instead.',
		after_as_of: 'After the as-of year: not used.'
	} satisfies Record<DenominatorUnused, string>,
	/** The confidence reason, after the driver and years. */
	reason: {
		census_2023:
			'the 2023 census count of employees of legal-entity units chosen as the denominator, a narrower definition than total employment',
		implied_2018:
			'a figure derived from R&D personnel ÷ Beijing’s published 2018 ratio chosen as the denominator, not a published total'
	} satisfies Record<EmploymentDenominatorId, string>
};

export type DenominatorMessages = typeof en;

const zh: DenominatorMessages = {
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

export const denominatorMessages: Record<Lang, DenominatorMessages> = { en, zh };
