// Strings of what a plan pack says about a target beyond its number: the reading of an ambiguous
// clause (which the reader may switch), the prices its growth is measured in, and its caveats.
import { en } from './targetNotesMessages.en';
import { zh } from './targetNotesMessages.zh';

export type { Prices } from './targetNotesMessages.en';

export const targetNotesMessages = { en, zh };
