// The Spotcheck page: loads the engine, mounts the app into <main>, opens
// case links (#case=...), keeps the interview in the tab's history and
// session (tab-state.js), remembers answers on the device only when the
// person ticks the box, and registers the service worker for offline use.
//
// Not bundled with the UI: the build makes ui/mount.js one file (the UI with
// all its modules), and the embed loads that file on its own, so a page
// bundle holding the UI would ship the UI twice (about 11 KB gzip more in
// dist/, measured) to save one request that index.html already starts early
// (modulepreload). Inlining remember.js and sw-register.js would save about
// 300 bytes gzip and no round trip (they load beside the UI bundle); they
// stay modules of their own, as their usage notes say (the storage tests
// import remember.js).
import { mount } from "./ui/mount.js";
import { remembered, rememberedTone, rememberedSubject, remember, forget } from "./remember.js";
import { savedTabState, keepTabState, followHistory, forgetTabState } from "./tab-state.js";
import { registerServiceWorker } from "./sw-register.js";

const rememberBox = document.querySelector("#remember");
const forgetButton = document.querySelector("#forget");
const rememberStatus = document.querySelector("#remember-status");
const saved = remembered();
rememberBox.checked = saved !== null;

// This tab's interview comes back after a reload, or on Back into the page
// (its history entry is ours). A case link opened afresh wins over it, and
// both win over answers remembered on the device: they are newer.
const tab = savedTabState();
const caseLink = location.hash.includes("#case=");
const resume = tab.entry !== null || (tab.session !== null && !caseLink);

// The engine (spotcheck.mjs and its wasm, most of the page's bytes) loads
// when the person first does anything in the app or scrolls, or at once for a
// link or answers to bring back: the start screen paints and answers without it.
let engine = null;
const loadEngine = () => (engine ??= import("./spotcheck.mjs").then(({ createChecker }) =>
  // The causes' longer texts load after the first screen (mount asks for them).
  createChecker({ deferTexts: true })));
// A move in the app itself, or a scroll: not a click on the service worker's
// "new version: Reload" banner (Chromium then did not reload within 10 s while
// the engine loaded: sw-update.test.mjs; the engine is not needed there).
const main = document.querySelector("#app");
const INTENT = [[main, ["pointerdown", "touchstart", "keydown", "focusin", "click"]], [window, ["scroll", "hashchange"]]];
const opensAnswers = resume || caseLink || (saved !== null && (saved.age !== undefined || Object.keys(saved.findings ?? {}).length));
const checker = opensAnswers ? loadEngine() : new Promise((resolve) => {
  const go = () => {
    for (const [target, types] of INTENT) for (const type of types) target.removeEventListener(type, go, true);
    resolve(loadEngine());
  };
  for (const [target, types] of INTENT) for (const type of types) target.addEventListener(type, go, { capture: true, passive: true });
});

// The start screen index.html holds (drawn at build by this same app) and the
// data it was drawn from: mount draws the same nodes in its place.
const startData = JSON.parse(document.querySelector("#spotcheck-start")?.textContent ?? "null");
main.replaceChildren();

const app = mount(main, {
  checker,
  startData,
  assetBase: new URL("./", import.meta.url),
  linkBase: location.href.split("#")[0],
  hash: resume ? null : location.hash,
  state: resume ? [tab.session, tab.entry].filter(Boolean) : null,
  onStateChange: keepTabState,
  onAnswersChange(kase, { tone, subject }) {
    if (rememberBox.checked) remember(kase, { tone, subject });
  },
});
followHistory(app);

if (!resume && !caseLink && opensAnswers) {
  app.openCase(saved, { tone: rememberedTone(), subject: rememberedSubject() });
}

addEventListener("hashchange", () => app.openHash(location.hash));

rememberBox.addEventListener("change", () => {
  if (rememberBox.checked) {
    rememberStatus.textContent = remember(app.getCase(), { tone: app.getTone(), subject: app.getSubject() })
      ? "Your answers will be remembered on this device."
      : "This browser does not allow saving. Nothing was stored.";
    if (!remembered()) rememberBox.checked = false;
  } else {
    forget();
    rememberStatus.textContent = "Nothing is saved on this device.";
  }
});

forgetButton.addEventListener("click", () => {
  forget();
  forgetTabState();
  rememberBox.checked = false;
  rememberStatus.textContent = "Your saved answers were forgotten. Nothing is saved on this device.";
});

registerServiceWorker();
