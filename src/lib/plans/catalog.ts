// The built-in plans as the picker and the router know them before any pack is loaded: id,
// short title, target year and target ids. The packs themselves (seeds/plans/<id>.json) load only
// when their plan is opened (planModels.ts), so the first page carries one plan's data, not four.
// catalog.test.ts checks every entry against its pack, so the two never drift apart.
import type { Text } from '../model/types';

export interface PlanChoice {
	id: string;
	shortTitle: Text;
	/** The place the plan is for, in the reader's language. */
	place: Text;
	targetYear: number;
	targetIds: readonly string[];
}

/** The plan every existing link opens (a link without `p=`). */
export const DEFAULT_PLAN_ID = 'beijing-2025';

/** The built-in plans, in the order the picker lists them. */
export const PLAN_CATALOG: readonly PlanChoice[] = [
	{
		id: 'beijing-2025',
		shortTitle: {
			zh: '北京国际科技创新中心 2025 年目标',
			en: 'Beijing innovation centre: the 2025 targets'
		},
		place: { zh: '北京', en: 'Beijing' },
		targetYear: 2025,
		targetIds: [
			'rd_intensity',
			'basic_research_share',
			'rd_personnel_density',
			'hightech_va',
			'digital_economy_growth',
			'tech_contracts',
			'zgc_revenue',
			'unicorns'
		]
	},
	{
		id: 'china-2025',
		shortTitle: {
			zh: '全国“十四五”科技创新目标',
			en: 'China, 14th Five-Year Plan: innovation targets'
		},
		place: { zh: '全国', en: 'China' },
		targetYear: 2025,
		targetIds: [
			'rd_growth',
			'rd_intensity_vs_13th',
			'hv_patents',
			'digital_core_share',
			'basic_research_share',
			'sei_share'
		]
	},
	{
		id: 'shanghai-2025',
		shortTitle: {
			zh: '上海科创中心“十四五”8 项核心指标',
			en: 'Shanghai innovation centre: the 8 core indicators for 2025'
		},
		place: { zh: '上海', en: 'Shanghai' },
		targetYear: 2025,
		targetIds: [
			'rd_intensity',
			'basic_research_share',
			'hightech_enterprises',
			'pct_applications',
			'hv_patents',
			'sei_share',
			'tech_contracts_share',
			'foreign_rd_centres'
		]
	},
	{
		id: 'china-2030',
		shortTitle: {
			zh: '全国“十五五”科技创新目标',
			en: 'China, 15th Five-Year Plan: innovation targets'
		},
		place: { zh: '全国', en: 'China' },
		targetYear: 2030,
		targetIds: ['rd_growth', 'digital_core_share']
	}
];

/** The built-in plan with this id, or null. */
export function planChoice(id: string): PlanChoice | null {
	return PLAN_CATALOG.find((p) => p.id === id) ?? null;
}

/** Every target id of every built-in plan, once each: the target pages to prerender. */
export function allTargetIds(): string[] {
	return [...new Set(PLAN_CATALOG.flatMap((p) => p.targetIds))];
}
