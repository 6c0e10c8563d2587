// The words for the employment-denominator choice (model/denominator.ts), in Chinese and English:
// its label, each option's name and one-line definition, why a choice is not in use. Read by the
// target page, the confidence reasons, the "what changed" list and the command line.
import type { Lang } from '../model/types';
import type { DenominatorMessages } from './denominatorMessages.en';
import { en } from './denominatorMessages.en';
import { zh } from './denominatorMessages.zh';

export type { DenominatorMessages, DenominatorOption } from './denominatorMessages.en';

export const denominatorMessages: Record<Lang, DenominatorMessages> = { en, zh };
