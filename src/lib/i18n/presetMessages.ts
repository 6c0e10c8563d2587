// Strings that say what a preset does when chosen, and the data-as-of always shown beside the
// presets, in English and Chinese.
import type { PresetMessages } from './presetMessages.en';
import { en } from './presetMessages.en';
import { zh } from './presetMessages.zh';

export type { PresetMessages } from './presetMessages.en';

export const presetMessages: Record<'en' | 'zh', PresetMessages> = { en, zh };
