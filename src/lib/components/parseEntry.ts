// Reads a percentage typed by a person: "7.5", "7.5%", full-width "７.５％", "-3", "−3 %".
// Pure; returns the rate as a fraction, or why the text was refused.
import type { RateParameter } from '../scenario/parameters';

export type EntryResult =
	{ ok: true; rate: number } | { ok: false; reason: 'not_a_number' | 'out_of_range' };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function parsePercentEntry(text: string, range: RateParameter): EntryResult {
	const normalised = text
		.normalize('NFKC')
		.replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
		.replace(/\s+/g, '')
		.replace(/%$/, '');
	if (!NUMBER.test(normalised)) return { ok: false, reason: 'not_a_number' };
	const rate = Number(normalised) / 100;
	if (!Number.isFinite(rate)) return { ok: false, reason: 'not_a_number' };
	if (rate < range.min - 1e-12 || rate > range.max + 1e-12)
		return { ok: false, reason: 'out_of_range' };
	return { ok: true, rate };
}
