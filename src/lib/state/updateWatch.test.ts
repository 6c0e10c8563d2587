// The update watcher against a fake service-worker container, registration and workers: the
// checks it makes, the waiting worker it notices, and the hand-over it asks for on Reload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING, UPDATE_CHECK_INTERVAL_MS } from './updateOffer';
import { UpdateWatch, type UpdatePorts } from './updateWatch.svelte';

class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	postMessage = vi.fn();
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	update = vi.fn(async () => {});
	/** The host has a newer version: its worker installs and then waits. */
	install(): FakeWorker {
		const worker = new FakeWorker();
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		this.installing = null;
		this.waiting = worker;
		worker.become('installed');
		return worker;
	}
}

function fakePage({ controlled = true } = {}) {
	const registration = new FakeRegistration();
	const container = Object.assign(new EventTarget(), {
		controller: controlled ? new FakeWorker() : null,
		ready: Promise.resolve(registration)
	});
	let visible = true;
	let onVisibility = () => {};
	const ports = {
		container: container as unknown as ServiceWorkerContainer,
		visible: () => visible,
		onVisibilityChange: (listener: () => void) => {
			onVisibility = listener;
			return () => (onVisibility = () => {});
		},
		reload: vi.fn()
	} satisfies UpdatePorts;
	return {
		registration,
		container,
		ports,
		show(shown: boolean) {
			visible = shown;
			onVisibility();
		}
	};
}

/** Lets the watcher see the registration (container.ready resolves). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('UpdateWatch', () => {
	it('asks the host every interval and when the page comes back into view, not more', async () => {
		const page = fakePage();
		const stop = new UpdateWatch().start(page.ports);
		await settle();
		page.show(true);
		expect(page.registration.update).toHaveBeenCalledTimes(1);
		page.show(true); // back again at once: too soon
		page.show(false);
		expect(page.registration.update).toHaveBeenCalledTimes(1);
		page.show(true);
		await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
		expect(page.registration.update).toHaveBeenCalledTimes(2);
		stop();
		await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
		expect(page.registration.update).toHaveBeenCalledTimes(2);
	});

	it('offers a worker that installed while the page was open, and one waiting at load', async () => {
		const page = fakePage();
		const watch = new UpdateWatch();
		watch.start(page.ports);
		await settle();
		expect(watch.offer).toBe('none');
		page.registration.install();
		expect(watch.offer).toBe('ready');

		const later = fakePage();
		later.registration.waiting = new FakeWorker();
		const next = new UpdateWatch();
		next.start(later.ports);
		await settle();
		expect(next.offer).toBe('ready');
	});

	it('on Reload asks the waiting worker to take over, and reloads once it has', async () => {
		const page = fakePage();
		const watch = new UpdateWatch();
		watch.start(page.ports);
		await settle();
		const worker = page.registration.install();
		watch.reload();
		expect(worker.postMessage).toHaveBeenCalledWith({ type: SKIP_WAITING });
		expect(page.ports.reload).not.toHaveBeenCalled();
		page.container.dispatchEvent(new Event('controllerchange'));
		expect(page.ports.reload).toHaveBeenCalledTimes(1);
	});

	it('tells a page another tab switched, and then just reloads it', async () => {
		const page = fakePage();
		const watch = new UpdateWatch();
		watch.start(page.ports);
		await settle();
		page.registration.install();
		page.container.dispatchEvent(new Event('controllerchange'));
		expect(page.ports.reload).not.toHaveBeenCalled();
		expect(watch.offer).toBe('active');
		watch.reload();
		expect(page.ports.reload).toHaveBeenCalledTimes(1);
	});

	it('offers nothing on a first visit, and Later puts the offer aside', async () => {
		const first = fakePage({ controlled: false });
		const fresh = new UpdateWatch();
		fresh.start(first.ports);
		await settle();
		first.registration.install();
		expect(fresh.offer).toBe('none');

		const page = fakePage();
		const watch = new UpdateWatch();
		watch.start(page.ports);
		await settle();
		page.registration.install();
		watch.dismiss();
		expect(watch.offer).toBe('none');
	});
});
