// The scenario as a small JSON file, `{ format, version, link, dataVersion, exportedAt?,
// dataUpdates? }`: the link text (see link.ts) is the scenario, so re-importing a file is opening
// `/#<link>`; `dataUpdates` carries the figures the user entered (the entries of a data-update
// file, checked against the data by model/dataUpdateFile.ts when opened). Pure:
// the export time comes in as an ISO string; parsing never throws and returns one typed problem.
import * as v from 'valibot';
import { MAX_LINK_LENGTH } from '../scenario/link';

export const SCENARIO_FILE_FORMAT = 'bj-targets-scenario';
export const SCENARIO_FILE_VERSION = 1;
/** The largest file read, in UTF-8 bytes (a link is at most MAX_LINK_LENGTH characters). */
export const MAX_SCENARIO_FILE_BYTES = 100_000;

export interface ScenarioFile {
	format: typeof SCENARIO_FILE_FORMAT;
	version: typeof SCENARIO_FILE_VERSION;
	/** Link text without `#`. */
	link: string;
	/** The data vintage the scenario was made with. */
	dataVersion: string;
	/** When it was exported: an ISO 8601 timestamp. */
	exportedAt?: string;
	/** The user's figures from publications (data-update entries), when there are any. */
	dataUpdates?: unknown[];
}

import type { ScenarioFileProblem } from '../i18n/exportMessages';
export type { ScenarioFileProblem };

export type ScenarioFileResult =
	{ ok: true; file: ScenarioFile } | { ok: false; problem: ScenarioFileProblem };

const Header = v.looseObject({ format: v.literal(SCENARIO_FILE_FORMAT) });
const Version = v.looseObject({ version: v.literal(SCENARIO_FILE_VERSION) });
const Body = v.object({
	format: v.literal(SCENARIO_FILE_FORMAT),
	version: v.literal(SCENARIO_FILE_VERSION),
	link: v.pipe(v.string(), v.maxLength(MAX_LINK_LENGTH)),
	dataVersion: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
	exportedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
	dataUpdates: v.optional(v.array(v.unknown()))
});

/** The file's text for a link, pretty-printed; `exportedAt` is left out when not given. */
export function scenarioFileText(
	link: string,
	dataVersion: string,
	exportedAt?: string,
	dataUpdates: readonly unknown[] = []
): string {
	const file: ScenarioFile = {
		format: SCENARIO_FILE_FORMAT,
		version: SCENARIO_FILE_VERSION,
		link,
		dataVersion,
		...(exportedAt === undefined ? {} : { exportedAt }),
		...(dataUpdates.length === 0 ? {} : { dataUpdates: [...dataUpdates] })
	};
	return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads a chosen file: its size first, so that a file too large to be a scenario file is refused
 * without reading a byte of it (a 500 MB file would otherwise be read whole), then its text
 * (parseScenarioFile). A file the browser cannot read rejects, as `Blob.text` does.
 */
export async function readScenarioFile(
	file: Pick<Blob, 'size' | 'text'>
): Promise<ScenarioFileResult> {
	if (file.size > MAX_SCENARIO_FILE_BYTES)
		return { ok: false, problem: { reason: 'too_large', bytes: file.size } };
	return parseScenarioFile(await file.text());
}

/**
 * Reads a scenario file's text: size, JSON, `format`, `version`, then each field. A leading `#` on the
 * link is dropped. The link itself is not decoded here: decodeLink does that, listing what it
 * ignores, exactly as when the link is opened.
 */
export function parseScenarioFile(text: string): ScenarioFileResult {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_SCENARIO_FILE_BYTES)
		return { ok: false, problem: { reason: 'too_large', bytes } };
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, problem: { reason: 'not_json' } };
	}
	if (!v.is(Header, json)) return { ok: false, problem: { reason: 'wrong_format' } };
	if (!v.is(Version, json)) return { ok: false, problem: { reason: 'wrong_version' } };
	const body = v.safeParse(Body, json);
	if (!body.success) {
		const key = body.issues[0]?.path?.[0]?.key;
		return { ok: false, problem: { reason: 'bad_field', field: String(key ?? '') } };
	}
	const file: ScenarioFile = { ...body.output, link: body.output.link.replace(/^#/, '') };
	if (file.exportedAt === undefined) delete file.exportedAt;
	if (file.dataUpdates === undefined) delete file.dataUpdates;
	return { ok: true, file };
}
