// Registers the service worker (sw.js beside this file) so the app works
// offline after one visit, and says when a new version is ready.
//
//   import { registerServiceWorker } from "./sw-register.js";
//   registerServiceWorker();                       // default "new version" banner
//   registerServiceWorker({ onUpdateReady(reload) { ... show your own ...; reload(); } });
//
// A new version never replaces the running one by itself: answers in
// progress stay on screen until the person chooses to reload.

/** Resolves to the registration, or null where service workers are unavailable. */
export async function registerServiceWorker({ onUpdateReady = showUpdateBanner } = {}) {
  if (!("serviceWorker" in navigator)) return null;
  const container = navigator.serviceWorker;
  let reloading = false;
  const announce = (worker) => onUpdateReady(() => {
    reloading = true;
    worker.postMessage({ type: "skip-waiting" });
  });
  // The new worker takes over only after skip-waiting; then show the new version.
  container.addEventListener("controllerchange", () => {
    if (reloading) location.reload();
  });

  let registration;
  try {
    registration = await container.register(new URL("sw.js", import.meta.url), { scope: new URL("./", import.meta.url).href });
  } catch {
    return null; // e.g. a file: URL or storage disabled: the app still works online
  }
  // A worker already waiting (installed during an earlier visit) is an update too.
  if (registration.waiting && container.controller) announce(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      // With no controller this is the first install, not an update.
      if (worker.state === "installed" && container.controller) announce(worker);
    });
  });
  return registration;
}

/**
 * The default notice: a status line with a Reload button at the top of the
 * page; words: the page's, in its language (app.js gives them from ui.json).
 */
export function showUpdateBanner(reload, words = { text: "A new version is ready:", button: "Reload" }) {
  if (document.querySelector("[data-testid='update-ready']")) return;
  const banner = document.createElement("div");
  banner.setAttribute("role", "status");
  banner.dataset.testid = "update-ready";
  banner.className = "update-ready";
  banner.append(`${words.text} `);
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = words.button;
  button.addEventListener("click", () => {
    button.disabled = true;
    reload();
  });
  banner.append(button);
  // CSSOM properties, not a style attribute: allowed under style-src 'self'.
  Object.assign(banner.style, { padding: "0.5em 1em", background: "#fff8d6", color: "#222", borderBottom: "1px solid #c9b458" });
  document.body.prepend(banner);
}
