// A link read against the data vintage it pins (`d=`): decoded once against the data at hand,
// then, when it names another vintage that can be loaded, decoded again against that vintage
// (published years and the default as-of year depend on the data). Pure apart from `load`.
import type { ObservationsFile, Plan } from '../model/types';
import { decodeLink, type DecodedLink } from './link';

export interface PinnedLink {
	decoded: DecodedLink;
	/** The data the link's numbers come from: its pinned vintage, else the data at hand. */
	data: ObservationsFile;
}

/**
 * Decodes `text` against the vintage it pins. `data` is the vintage a link without `d=` (or with
 * an unknown one) is read with; `load` returns a kept vintage by name, or null.
 */
export async function decodePinnedLink(
	text: string,
	options: {
		plan: Plan;
		data: ObservationsFile;
		load: (version: string) => Promise<ObservationsFile | null>;
	}
): Promise<PinnedLink> {
	const { plan, data, load } = options;
	const first = decodeLink(text, { plan, data });
	const pinned = first.state.dataVersion;
	if (pinned === data.vintage) return { decoded: first, data };
	const older = await load(pinned);
	if (!older) return { decoded: first, data };
	return { decoded: decodeLink(text, { plan, data: older }), data: older };
}
