// The words for a verdict's confidence grade and its reasons (model/confidence.ts), and for the
// problems of a data-update file (model/dataUpdateFile.ts), in Chinese and English. Read by the
// app and the command-line evaluator alike. The Chinese dictionary is typed by the English one.
import type { Lang } from '../model/types';
import type { ConfidenceMessages } from './confidenceMessages.en';
import { en } from './confidenceMessages.en';
import { zh } from './confidenceMessages.zh';

export type { ConfidenceMessages, DriverNamer } from './confidenceMessages.en';

export const confidenceMessages: Record<Lang, ConfidenceMessages> = { en, zh };
