// Strings of the page layout: the assumptions sheet on a phone, the targets each driver moves,
// and the chart's pointer to its data table, in English and Chinese.
import { en } from './layoutMessages.en';
import { zh } from './layoutMessages.zh';

export const layoutMessages = { en, zh };
export type LayoutMessages = typeof en;
