// Service-worker helpers for browser tests: plain page.evaluate calls.

/** Waits until a service worker controls `page`; returns its script URL. */
export function waitForController(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    return navigator.serviceWorker.controller.scriptURL;
  });
}

/** The names in Cache Storage. */
export function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}
