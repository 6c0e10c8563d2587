// Opening a scenario file (the export menu's JSON) as if its link had been opened: its own
// figures join this device's first (checked, never replacing one), then its scenario becomes one
// step of history and what its link left out is reported. A bad file changes nothing.
import type { ExportMessages } from '../i18n/exportMessages';
import { scenarioFileLink, type ExportStatus } from '../view/exportMenu';
import type { AppState } from './app.svelte';
import { openDataUpdates } from './dataUpdates';
import { decodeForApp, reportIgnored } from './linkSync';

export async function openScenarioFile(
	app: AppState,
	file: File,
	m: ExportMessages
): Promise<ExportStatus> {
	const read = await scenarioFileLink(file, m);
	if (!read.ok) return read.status;
	if (read.dataUpdates) {
		const updates = await openDataUpdates(app, read.dataUpdates);
		if (!updates.ok) return { text: updates.text, error: true };
	}
	const decoded = decodeForApp(app, read.link);
	app.commit(decoded.state.scenario);
	if (decoded.state.lang) app.lang = decoded.state.lang;
	reportIgnored(app, decoded);
	return { text: m.imported, error: false };
}
