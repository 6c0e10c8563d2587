// Watches for a newer version of the app while a page is open: asks the host every
// UPDATE_CHECK_INTERVAL_MS and whenever the page comes back into view (registration.update()),
// notices a newer worker that installed and waits, or another tab that switched to it; and, when
// the reader chooses, hands the page over to the newer version and reloads it. The offer itself
// is decided in updateOffer.ts. The browser's objects come in as arguments (see start()).
import {
	dueForCheck,
	SKIP_WAITING,
	UPDATE_CHECK_INTERVAL_MS,
	updateOffer,
	type UpdateOffer
} from './updateOffer';

/** What the watcher needs of the page: `navigator.serviceWorker`, `document`, the clock, reload. */
export interface UpdatePorts {
	container: ServiceWorkerContainer;
	visible: () => boolean;
	onVisibilityChange: (listener: () => void) => () => void;
	reload: () => void;
}

/** The page's own ports. */
export function browserUpdatePorts(): UpdatePorts | null {
	if (!('serviceWorker' in navigator)) return null;
	return {
		container: navigator.serviceWorker,
		visible: () => document.visibilityState === 'visible',
		onVisibilityChange: (listener) => {
			document.addEventListener('visibilitychange', listener);
			return () => document.removeEventListener('visibilitychange', listener);
		},
		reload: () => location.reload()
	};
}

export class UpdateWatch {
	#controlledAtStart = $state(false);
	#waiting = $state<ServiceWorker | null>(null);
	#controllerChanged = $state(false);
	#dismissed = $state<UpdateOffer | null>(null);
	#requested = false;
	#registration: ServiceWorkerRegistration | null = null;
	#lastCheck: number | null = null;
	#ports: UpdatePorts | null = null;

	/** What the update notice offers now. */
	readonly offer = $derived(
		updateOffer({
			controlledAtStart: this.#controlledAtStart,
			waiting: this.#waiting !== null,
			controllerChanged: this.#controllerChanged,
			dismissed: this.#dismissed
		})
	);

	/** Starts watching; returns the function that stops it. */
	start(ports: UpdatePorts): () => void {
		this.#ports = ports;
		const { container } = ports;
		this.#controlledAtStart = container.controller !== null;
		const onControllerChange = () => {
			// This page asked for the newer version: load it. Otherwise another tab did.
			if (this.#requested) ports.reload();
			else this.#controllerChanged = true;
		};
		container.addEventListener('controllerchange', onControllerChange);
		void container.ready.then((registration) => this.#follow(registration));
		const timer = setInterval(() => this.check(), UPDATE_CHECK_INTERVAL_MS);
		const stopVisibility = ports.onVisibilityChange(() => this.check());
		return () => {
			container.removeEventListener('controllerchange', onControllerChange);
			clearInterval(timer);
			stopVisibility();
		};
	}

	/** Asks the host for a newer version, when the page is in view and has not asked lately. */
	check(now = Date.now()): void {
		if (!this.#registration || !dueForCheck(now, this.#lastCheck, this.#ports?.visible() ?? false))
			return;
		this.#lastCheck = now;
		// Offline or the host unreachable: the next check tries again.
		this.#registration.update().catch(() => {});
	}

	/** Hands the page over to the newer version: the waiting worker takes over, then the page reloads. */
	reload(): void {
		const waiting = this.#waiting;
		if (this.offer === 'ready' && waiting && waiting.state !== 'redundant') {
			this.#requested = true;
			waiting.postMessage({ type: SKIP_WAITING });
		} else this.#ports?.reload();
	}

	/** "Later": puts the current offer aside for this page. */
	dismiss(): void {
		this.#dismissed = this.offer;
	}

	/** Notes the registration's waiting worker, now and whenever a newer one finishes installing. */
	#follow(registration: ServiceWorkerRegistration): void {
		this.#registration = registration;
		this.#waiting = registration.waiting;
		const watchInstalling = () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				if (installing.state === 'installed' || installing.state === 'redundant')
					this.#waiting = registration.waiting;
			});
		};
		watchInstalling(); // one already installing as the page loaded
		registration.addEventListener('updatefound', watchInstalling);
	}
}
