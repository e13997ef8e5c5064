// Spotcheck's service worker: after one visit the whole app works offline.
// The build (scripts/build-sw.mjs) replaces the BUILD line below with every
// file of dist/ and a cache name hashed from their content, so a new build
// is a new cache and nothing here is ever bumped by hand.
const BUILD = { cache: "spotcheck-unbuilt", files: [] }; // @build-replace

const PREFIX = "spotcheck-";
const scope = new URL("./", self.location.href);
const precached = new Set(BUILD.files.map((f) => new URL(f, scope).href));

self.addEventListener("install", (event) => {
  // cache: "reload" skips the HTTP cache so the files match the hash.
  event.waitUntil(caches.open(BUILD.cache).then((cache) =>
    cache.addAll(BUILD.files.map((f) => new Request(new URL(f, scope), { cache: "reload" })))));
  // No skipWaiting here: a new version waits until the page asks (see sw-register.js).
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== BUILD.cache) await caches.delete(name);
    }
    // The first visit is controlled at once, so it already works offline.
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  url.search = "";
  // Only our own files; anything else goes to the network untouched.
  const isPage = request.mode === "navigate" && url.href.startsWith(scope.href);
  if (!precached.has(url.href) && !isPage) return;
  event.respondWith(fromCache(request, url, isPage));
});

// Cache first: the precache always holds a complete, consistent version. A
// page it does not hold is fetched, and offline falls back to the app.
async function fromCache(request, url, isPage) {
  const cache = await caches.open(BUILD.cache);
  const hit = await cache.match(url.href);
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch (e) {
    const app = isPage && (await cache.match(new URL("index.html", scope).href));
    if (app) return app;
    throw e;
  }
}
