// Strings of the plan picker on every page, in English and Chinese.
import { en } from './planPickerMessages.en';
import { zh } from './planPickerMessages.zh';

export const planPickerMessages = { en, zh };
