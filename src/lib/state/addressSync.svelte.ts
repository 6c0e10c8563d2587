// The address bar, the browser's history and this device's storage, kept in step with the live
// state (app.svelte.ts): where a visit starts, which history entry a change opens, Back / Forward,
// autosave and the reader's own language. The browser comes in through `BrowserPorts`, so unit
// tests drive all of it with fakes; nothing reads the address before `start` (prerendering has
// none, and writing it before the router starts breaks hydration).
//
// One model for history, undo and autosave: the scenario shown is the current one. Each committed
// change opens one history entry (a slider drag opens it on its first step and settles it on
// release). Back / Forward make the entry's scenario the current one: the undo step it matches,
// else a new change (AppState.arrive); undo then goes on from what is shown, and autosave stores
// what is shown, so the next visit starts from what the reader last saw.
import { readCompareFragment } from '../scenario/compareFragment';
import { encodeLink, safePart, type DecodedLink, type IgnoredPart } from '../scenario/link';
import type { Lang, Scenario, TargetId } from '../model/types';
import type { AppState, Notice } from './app.svelte';
import { initialLang, storeLang } from './lang';
import {
	adoptReadings,
	decodeForApp,
	linkFor,
	missingUserPlanOf,
	openPinnedVintage,
	otherPlanOf,
	reportIgnored,
	switchPlan
} from './linkSync';
import { CURRENT_SCENARIO_KEY, readItem, writeItem, type StorageResult } from './storage';

/** How long a dragged slider rests before the address catches up with it. */
export const DRAG_ADDRESS_DELAY_MS = 150;

/** What the page is: the layout's route id and the target of `/target/[id]`. */
export interface RouteInfo {
	id: string | null;
	targetId?: string;
}

/** The browser, as this module uses it; `browserPorts()` gives the real one. */
export interface BrowserPorts {
	/** Adds a history entry for the current page (SvelteKit's shallow routing, never `history`). */
	pushState(url: string): void;
	/** Rewrites the current history entry (SvelteKit's shallow routing). */
	replaceState(url: string): void;
	/** Navigates to another page in place of the current entry (SvelteKit's `goto`). */
	redirect(url: string): void;
	/** The path of a target's page and of the classroom, as the router resolves them (Chinese). */
	targetPath(id: TargetId): string;
	classroomPath: string;
	/** The language of an address (English under `/en`), and the same page's address in a language. */
	pathLang(pathname: string): Lang;
	langPath(pathname: string, lang: Lang): string;
	location(): { pathname: string; search: string; hash: string };
	readItem(key: string): StorageResult<string | null>;
	writeItem(key: string, value: string): StorageResult<null>;
	/** The reader's remembered language, else the browser's. */
	initialLang(): Lang;
	/** Remembers the reader's own choice of language on this device. */
	storeLang(lang: Lang): void;
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

/** The parts of BrowserPorts that need SvelteKit; the rest defaults to the real browser. */
export type RouterPorts = Pick<
	BrowserPorts,
	| 'pushState'
	| 'replaceState'
	| 'redirect'
	| 'targetPath'
	| 'classroomPath'
	| 'pathLang'
	| 'langPath'
>;

export function browserPorts(router: RouterPorts): BrowserPorts {
	return {
		...router,
		location: () => location,
		readItem,
		writeItem,
		initialLang,
		storeLang,
		setTimeout: (run, ms) => setTimeout(run, ms),
		clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
	};
}

/** The embed view (an <iframe> on another site): no saved scenario is read or written. */
const isEmbed = (route: RouteInfo) => route.id === '/embed';
/** The classroom owns its address (a challenge) and keeps its own scenario. */
const ownsAddress = (route: RouteInfo) => route.id === '/classroom';

export class AddressSync {
	/** True once the visit's scenario is set: the page is ready for input. */
	started = $state(false);
	/** The target an embed shows: it has no route parameter, so it keeps its link's own. */
	#embedView = $state<TargetId | null>(null);
	/** The committed revision the current history entry shows; null while a change is in progress. */
	#entryRevision: number | null = -1;
	#savedRevision = -1;
	#pendingReplace: unknown;
	/** The link the address was last brought to (what a refused address is put back to). */
	#shownLink = '';
	readonly #app: AppState;
	readonly #ports: BrowserPorts;

	constructor(app: AppState, ports: BrowserPorts) {
		this.#app = app;
		this.#ports = ports;
	}

	/** The target the page shows: its route's, or on an embed the link's. */
	viewFor(route: RouteInfo): TargetId | null {
		if (this.#app.plan.targets.some((t) => t.id === route.targetId))
			return route.targetId as TargetId;
		return isEmbed(route) ? this.#embedView : null;
	}

	/**
	 * Sets the state the visit starts from, once: the link in the address if there is one (after
	 * `#`, else after `?`), otherwise the scenario saved on this device (not on an embed). A link
	 * naming a target opens that target's page.
	 */
	start(route: RouteInfo): void {
		if (this.started || this.#loadingPlan) return;
		const text = ownsAddress(route) ? '' : this.#startText(route);
		// A link of a plan from a file this device lacks waits for that file, unread (missingPlan).
		const missing = missingUserPlanOf(text);
		if (missing) {
			const { search, hash } = this.#ports.location();
			const saved = readCompareFragment(hash).rest === '' && search.replace(/^\?/, '') === '';
			this.#app.missingPlan = { id: missing, link: text, saved };
			this.#app.lang = decodeForApp(this.#app, text).state.lang ?? this.#defaultLang();
			this.#begin(route, false);
			this.#heldRevision = this.#app.revision;
			return;
		}
		// A link (or, with none, the saved scenario) of another plan is read once that plan loads.
		const plan = otherPlanOf(this.#app, text);
		if (plan) {
			this.#loadingPlan = true;
			void switchPlan(this.#app, plan).finally(() => {
				this.#loadingPlan = false;
				this.#begin(route);
			});
			return;
		}
		this.#begin(route);
	}

	/** True while the plan a starting link names is loading (start waits for it). */
	#loadingPlan = false;

	/** The text the visit starts from: the link in the address, else the saved scenario. */
	#startText(route: RouteInfo): string {
		const { search, hash } = this.#ports.location();
		const fragment = readCompareFragment(hash).rest;
		if (fragment !== '') return `#${fragment}`;
		if (search.replace(/^\?/, '') !== '') return search;
		if (isEmbed(route) || hash !== '') return '';
		const saved = this.#ports.readItem(CURRENT_SCENARIO_KEY);
		return saved.ok && saved.value ? saved.value : '';
	}

	/**
	 * The revision shown while a link waits for its plan's file: the address keeps that link until
	 * the reader changes something (or the file comes), so reloading the page still holds it.
	 */
	#heldRevision: number | null = null;

	#begin(route: RouteInfo, readLink = true): void {
		const view =
			ownsAddress(route) || !readLink
				? null
				: this.#startFrom(!isEmbed(route), route.id === '/compare');
		this.#embedView = view;
		this.#entryRevision = this.#app.revision;
		this.#savedRevision = this.#app.revision;
		this.started = true;
		if (view && route.id === '/') {
			const { search, hash } = this.#ports.location();
			this.#ports.redirect(`${this.#targetPath(view)}#${hash.slice(1) || search.slice(1)}`);
		}
	}

	/** A target's page in the language shown. */
	#targetPath(id: TargetId): string {
		return this.#ports.langPath(this.#ports.targetPath(id), this.#app.lang);
	}

	/**
	 * The language of a visit whose link names none: an English address's English; at a Chinese
	 * (unprefixed) address, the reader's remembered choice, else the browser's.
	 */
	#defaultLang(): Lang {
		const ports = this.#ports;
		return ports.pathLang(ports.location().pathname) === 'en' ? 'en' : ports.initialLang();
	}

	/** Puts the address at the page of the language shown, keeping the rest of it. */
	#followLang(): void {
		const { pathname, search, hash } = this.#ports.location();
		const wanted = this.#ports.langPath(pathname, this.#app.lang);
		if (wanted !== pathname) this.#ports.replaceState(`${wanted}${search}${hash}`);
	}

	/**
	 * Brings the address and the saved scenario in step with the state; the layout calls it from
	 * an effect, so it runs after every change. The first step away from a committed scenario opens
	 * one history entry; the rest of a drag rewrites it once the slider rests, and the release
	 * settles it; so Back steps through changes, not pixels. Committed changes are saved.
	 */
	follow(route: RouteInfo): void {
		if (!this.started) return;
		// The classroom owns its address, all but the language part of its path.
		if (ownsAddress(route)) return this.#followLang();
		const app = this.#app;
		if (this.#heldRevision !== null) {
			if (app.missingPlan && app.revision === this.#heldRevision) return;
			this.#heldRevision = null;
		}
		const ports = this.#ports;
		ports.clearTimeout(this.#pendingReplace);
		const view = this.viewFor(route);
		const link = linkFor(app, view);
		const revision = app.revision;
		const committed = app.isCommitted;
		this.#shownLink = link;
		if (committed && revision !== this.#savedRevision && !isEmbed(route)) {
			this.#savedRevision = revision;
			this.#save(link);
		}
		const { pathname, search, hash } = ports.location();
		if (hash === `#${link}` && search === '' && ports.langPath(pathname, app.lang) === pathname) {
			if (committed) this.#entryRevision = revision;
			return;
		}
		// A run of changes on one control (arrow keys on a slider) stays one entry, as it is one undo.
		const startsNewEntry =
			this.#entryRevision !== null &&
			!(committed && revision === this.#entryRevision) &&
			!app.continuesRun;
		this.#entryRevision = committed ? revision : null;
		if (startsNewEntry) ports.pushState(this.#address(link));
		else if (committed) ports.replaceState(this.#address(link));
		// Mid-drag, the address catches up once the slider rests: writing it on every input event
		// costs more than the rest of the frame.
		else
			this.#pendingReplace = ports.setTimeout(() => {
				this.#shownLink = linkFor(app, view);
				ports.replaceState(this.#address(this.#shownLink));
			}, DRAG_ADDRESS_DELAY_MS);
	}

	/**
	 * Back / Forward, or an address typed into the open page (`state` is the history entry's
	 * state: null for a typed one). A link makes its scenario the current one (AppState.arrive)
	 * and says what it ignored; a typed address without settings is reported and put back.
	 */
	popState(state: unknown): void {
		if (!this.started) return;
		const app = this.#app;
		const { pathname, hash } = this.#ports.location();
		if (this.#ports.langPath(pathname, 'zh') === this.#ports.classroomPath) return;
		// A compare link's own `c=` parts belong to the compare page.
		const { links, rest } = readCompareFragment(hash);
		if (!rest.includes('=')) {
			// An entry of this app without a scenario (a page opened from the menu) keeps the
			// current one; an address the reader typed is answered.
			if (state === null && links.length === 0) this.#refuseTyped(rest);
			return;
		}
		// An entry of a plan from a file this device no longer has waits for that file.
		const missing = missingUserPlanOf(`#${rest}`);
		if (missing) {
			app.missingPlan = { id: missing, link: `#${rest}`, saved: false };
			return;
		}
		// An entry of another plan (Back across a change of plan) shows that plan again.
		const plan = otherPlanOf(app, `#${rest}`);
		if (plan) {
			void switchPlan(app, plan, () => this.#arrive(rest)).then((loaded) => {
				// Not loaded (offline): the entry is read against the plan shown, which says so.
				if (!loaded) this.#arrive(rest);
			});
			return;
		}
		this.#arrive(rest);
	}

	/**
	 * Opens the link that waited for its plan's file (app.missingPlan), once the reader has loaded
	 * that file: the plan loads and the link is read against it, as if it had just been opened.
	 */
	reopen(route: RouteInfo): void {
		const app = this.#app;
		const missing = app.missingPlan;
		if (!missing || missingUserPlanOf(missing.link)) return;
		app.missingPlan = null;
		this.#heldRevision = null;
		const rest = missing.link.replace(/^[#?]/, '');
		void switchPlan(app, missing.id, () => this.#arrive(rest)).then((loaded) => {
			if (!loaded) {
				app.missingPlan = missing;
				return;
			}
			const view = this.#embedView;
			if (view && route.id === '/' && !isEmbed(route))
				this.#ports.redirect(`${this.#targetPath(view)}#${linkFor(app, view)}`);
		});
	}

	/** Makes a history entry's link (`rest`, without `#`) the one shown. */
	#arrive(rest: string): void {
		const app = this.#app;
		// Marked as a fragment, so that a `?` at its start is a part to report, not a query mark.
		const decoded = decodeForApp(app, `#${rest}`);
		adoptReadings(app, decoded);
		app.arrive(decoded.state.scenario, sameScenario);
		this.#keepName(decoded);
		if (decoded.state.lang) app.lang = decoded.state.lang;
		this.#embedView = decoded.state.view;
		reportIgnored(app, decoded);
		// The entry already shows this revision: the next write rewrites it, never adds one.
		this.#entryRevision = app.revision;
	}

	/**
	 * The reader's own switch of language: the only one remembered on this device. The address
	 * follows (follow): the same page at the other language's address, in place of this entry.
	 */
	switchLang(): void {
		// Stored as asked: the language itself changes once its strings are in (AppState.lang).
		const next = this.#app.lang === 'zh' ? 'en' : 'zh';
		this.#app.lang = next;
		this.#ports.storeLang(next);
	}

	/** Reads the address (or the saved scenario) into the state; returns the view it names. */
	#startFrom(restore: boolean, onCompare = false): TargetId | null {
		const app = this.#app;
		const ports = this.#ports;
		const { search, hash } = ports.location();
		const query = search.replace(/^\?/, '');
		// A compare link's own `c=` parts belong to the compare page, not to the current scenario;
		// on any other page they are reported, never dropped without a word.
		const fragment = readCompareFragment(hash).rest;
		const elsewhere = onCompare ? [] : comparePartsIn(hash);
		// Marked as a fragment, so that a `?` at its start is a part to report, not a query mark.
		const text = fragment !== '' ? `#${fragment}` : query;
		if (text !== '' || elsewhere.length > 0) {
			const decoded = decodeForApp(app, text);
			decoded.ignored.push(...elsewhere);
			adoptReadings(app, decoded);
			app.load(decoded.state.scenario);
			this.#keepName(decoded);
			// A link's language is for this visit only: it is not remembered (see switchLang).
			app.lang = decoded.state.lang ?? this.#defaultLang();
			if (query === '' && decoded.state.dataVersion !== app.data.vintage) {
				// A link pinning an earlier data vintage opens with that vintage's numbers.
				app.pendingVintage = decoded.state.dataVersion;
				void openPinnedVintage(app, text);
			} else if (query === '') reportIgnored(app, decoded);
			else
				app.notice = addressNotice(app, fragment !== '' ? 'query_ignored' : 'query_read', decoded);
			return decoded.state.view;
		}
		app.lang = this.#defaultLang();
		if (restore) this.#restore();
		return null;
	}

	/** Remembers the name a link gives its scenario (`n=`); a link without one leaves it be. */
	#keepName(decoded: DecodedLink): void {
		const { name, scenario } = decoded.state;
		if (name !== undefined) this.#app.linkName = { name, scenario };
	}

	/** The scenario saved on this device, saying so and listing any part of it left out. */
	#restore(): void {
		const app = this.#app;
		const saved = this.#ports.readItem(CURRENT_SCENARIO_KEY);
		if (!saved.ok) {
			app.notice = { kind: 'storage', reason: saved.reason };
			return;
		}
		if (!saved.value) return;
		const decoded = decodeForApp(app, saved.value);
		adoptReadings(app, decoded);
		if (decoded.ignored.length > 0 || !sameScenario(decoded.state.scenario, app.scenario)) {
			app.load(decoded.state.scenario);
			app.notice = { kind: 'restored', ignored: decoded.ignored };
		}
	}

	/** Saves the committed scenario on this device; a failure becomes a notice, never an error. */
	#save(link: string): void {
		const result = this.#ports.writeItem(CURRENT_SCENARIO_KEY, link);
		if (!result.ok && this.#app.notice?.kind !== 'storage')
			this.#app.notice = { kind: 'storage', reason: result.reason };
	}

	/** An address typed without settings: says what it held, and shows the scenario's again. */
	#refuseTyped(text: string): void {
		this.#app.notice = addressNotice(this.#app, 'no_settings', decodeForApp(this.#app, text));
		this.#ports.replaceState(this.#address(this.#shownLink));
	}

	/**
	 * The address of this page, in the language shown, holding `link`; any query string goes (the
	 * link is the fragment).
	 */
	#address(link: string): string {
		const ports = this.#ports;
		return `${ports.langPath(ports.location().pathname, this.#app.lang)}#${link}`;
	}
}

/** The `c=` parts of a fragment, as parts a page other than /compare ignores. */
function comparePartsIn(hash: string): IgnoredPart[] {
	return hash
		.replace(/^#/, '')
		.split(/[&#]/)
		.filter((part) => part.startsWith('c='))
		.map((part) => ({ part: safePart(part), reason: 'compare_only' as const }));
}

function addressNotice(
	app: AppState,
	what: 'query_read' | 'query_ignored' | 'no_settings',
	decoded: DecodedLink
): Notice {
	const newerData = what !== 'no_settings' && decoded.state.dataVersion !== app.data.vintage;
	return { kind: 'address', what, ignored: decoded.ignored, newerData };
}

/** Two scenarios are one when their links are: the link is what the address and storage hold. */
function sameScenario(a: Scenario, b: Scenario): boolean {
	return scenarioLink(a) === scenarioLink(b);
}

function scenarioLink(scenario: Scenario): string {
	return encodeLink({ scenario, lang: null, view: null, dataVersion: '' });
}
