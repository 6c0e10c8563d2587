// Strings of the assumption controls that state the parameter table's bounds — a value beyond a
// slider's range, refused entries — and the model's issues with a scenario, in English and Chinese.
import { en } from './controlMessages.en';
import { zh } from './controlMessages.zh';

export type { ControlMessages } from './controlMessages.en';

export const controlMessages = { en, zh };
