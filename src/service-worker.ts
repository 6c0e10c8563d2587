// Offline support. On install, precaches the app shell (the built JS and CSS), the prerendered
// pages, the fallback page (404.html) and the static files of this version; serves those cache-first; fetches anything else on
// this origin network-first, keeping a copy to fall back on offline; and on activate deletes the
// caches of older versions. SvelteKit registers this file itself in production builds.
// A newer version's worker installs beside the running one and waits: it never takes over an
// open page by itself (a page would then run one version's code on the other's files). It takes
// over when every page of the older version has closed, or when a page asks it to (SKIP_WAITING,
// from the update notice: src/lib/state/updateWatch.svelte.ts), and that page then reloads.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';
import { isSkipWaiting } from '$lib/state/updateOffer';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `cache-${version}`;
/** The app's shell for an address no page was built for (a target of a reader's plan file). */
const SHELL = `${base}/404.html`;
const PRECACHED = new Set([...build, ...files, ...prerendered, SHELL]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHED])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
	);
});

sw.addEventListener('message', (event) => {
	if (isSkipWaiting(event.data)) void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		PRECACHED.has(url.pathname) ? cacheFirst(url.pathname, request) : networkFirst(request)
	);
});

/** A file of this version: from the cache, else from the network (and kept). */
async function cacheFirst(key: string, request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(key);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(key, response.clone());
	return response;
}

/** Anything else on this origin: the network's answer (kept), else the last one kept. */
async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(request);
		if (cached) return cached;
		// Offline, a page never kept (a target page of a reader's plan): the app's shell starts it.
		const shell = request.mode === 'navigate' ? await cache.match(SHELL) : undefined;
		if (shell) return shell;
		throw error;
	}
}
