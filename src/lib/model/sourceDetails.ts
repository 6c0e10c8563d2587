// The words of the seed data's sources: each figure's source title and address and its note. The
// dashboard never shows them (it shows values, publishers, dates and the kind of each source), so
// the browser's first page goes without them: the build (vite.config.ts) takes them out of the
// seed data it hands the browser and puts them in a module of their own, which every other page
// loads before it renders (routes/+layout.ts) and the exports load before they write.
import type { ObservationsFile, Source, Text } from './types';

/** What one figure's source says in words; only the parts the figure has. */
export interface SourceDetail {
	title?: string;
	url?: string | null;
	note?: Text;
}

/** Each series' figures' details, in the order of its observations (null: nothing to add). */
export type SourceDetails = Record<string, (SourceDetail | null)[]>;

/** The data without its sources' words, and those words: `attachSourceDetails` puts them back. */
export function splitSourceDetails(file: ObservationsFile): {
	slim: ObservationsFile;
	details: SourceDetails;
} {
	const details: SourceDetails = {};
	const series: ObservationsFile['series'] = {};
	for (const [id, s] of Object.entries(file.series)) {
		details[id] = [];
		series[id] = {
			...s,
			observations: s.observations.map((o) => {
				const { note, ...rest } = o;
				const { title, url, ...source } = o.source;
				const detail: SourceDetail = { title, url };
				if (note !== undefined) detail.note = note;
				details[id]!.push(detail);
				return { ...rest, source: source as Source };
			})
		};
	}
	return { slim: { ...file, series }, details };
}

/** Puts the sources' words back into `file`'s figures, in place (the objects every page holds). */
export function attachSourceDetails(file: ObservationsFile, details: SourceDetails): void {
	for (const [id, list] of Object.entries(details)) {
		const observations = file.series[id]?.observations;
		if (!observations) continue;
		list.forEach((detail, i) => {
			const o = observations[i];
			if (!o || !detail) return;
			if ('title' in detail) o.source.title = detail.title!;
			if ('url' in detail) o.source.url = detail.url!;
			if (detail.note !== undefined) o.note = detail.note;
		});
	}
}
