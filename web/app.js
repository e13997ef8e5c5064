// The Spotcheck page: loads the engine, mounts the app into <main>, opens
// case links (#case=...), keeps the interview in the tab's history and
// session (tab-state.js), remembers answers on the device only when the
// person ticks the box, and registers the service worker for offline use.
//
// Not bundled with the UI: the build makes ui/mount.js the UI's entry (with
// ui/chunk.js, and ui/screens.js loaded later), and the embed loads it on its own, so a page
// bundle holding the UI would ship the UI twice (about 11 KB gzip more in
// dist/, measured) to save one request that index.html already starts early
// (modulepreload). Inlining remember.js and sw-register.js would save about
// 300 bytes gzip and no round trip (they load beside the UI bundle); they
// stay modules of their own, as their usage notes say (the storage tests
// import remember.js).
import { mount, translator, chooseLanguage } from "./ui/mount.js";
import { remembered, rememberedTone, rememberedSubject, remember, forget } from "./remember.js";
import { savedTabState, keepTabState, followHistory, forgetTabState, keepTabLanguage } from "./tab-state.js";
import { registerServiceWorker, showUpdateBanner } from "./sw-register.js";

const rememberBox = document.querySelector("#remember");
const forgetButton = document.querySelector("#forget");
const rememberStatus = document.querySelector("#remember-status");
const saved = remembered();
rememberBox.checked = saved !== null;

// The language lang-first.js chose before the page painted (?lang=, this
// tab's, the remembered one, the browser's); the same rule here should that
// script not have run.
const root = document.documentElement;
const lang = root.getAttribute("data-lang") ?? chooseLanguage([new URLSearchParams(location.search).get("lang"), ...navigator.languages]);
let t = translator("en");
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
  createChecker({ deferTexts: true, lang })));
// A move in the app itself, or a scroll: not a click on the service worker's
// "new version: Reload" banner (Chromium then did not reload within 10 s while
// the engine loaded: sw-update.test.mjs; the engine is not needed there).
const main = document.querySelector("#app");
const INTENT = [[main, ["pointerdown", "touchstart", "keydown", "focusin", "click"]], [window, ["scroll", "hashchange"]]];
// Another language needs the engine's words before anything is drawn: at once too.
const opensAnswers = resume || caseLink || lang !== "en" || (saved !== null && (saved.age !== undefined || Object.keys(saved.findings ?? {}).length));
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
  linkBase: () => location.href.split("#")[0],
  lang,
  // The page around the app follows its language: <html lang dir>, the
  // header, the footer; the choice is kept for this tab (and with the
  // answers, only when the person asked to remember them), and a ?lang= in
  // the address follows it, so a reload keeps it.
  onLanguageChange(chosen, { dir }) {
    t = translator(chosen);
    root.lang = chosen;
    root.dir = dir;
    document.title = t("ui.page.title");
    for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.getAttribute("data-i18n"));
    root.removeAttribute("data-lang-pending");
    keepTabLanguage(chosen);
    const url = new URL(location.href);
    if (url.searchParams.has("lang") && url.searchParams.get("lang") !== chosen) {
      url.searchParams.set("lang", chosen);
      history.replaceState(history.state, "", url);
    }
    if (rememberBox.checked) remember(app.getCase(), { tone: app.getTone(), subject: app.getSubject(), lang: chosen });
  },
  hash: resume ? null : location.hash,
  state: resume ? [tab.session, tab.entry].filter(Boolean) : null,
  onStateChange: keepTabState,
  onAnswersChange(kase, { tone, subject }) {
    if (rememberBox.checked) remember(kase, { tone, subject, lang: app.getLanguage() });
  },
});
// Should the app fail before drawing in its language, the page shows anyway.
app.ready.then(() => root.removeAttribute("data-lang-pending"));
followHistory(app);

if (!resume && !caseLink && opensAnswers) {
  app.openCase(saved, { tone: rememberedTone(), subject: rememberedSubject() });
}

addEventListener("hashchange", () => app.openHash(location.hash));

rememberBox.addEventListener("change", () => {
  if (rememberBox.checked) {
    rememberStatus.textContent = t(remember(app.getCase(), { tone: app.getTone(), subject: app.getSubject(), lang: app.getLanguage() })
      ? "ui.page.remembered" : "ui.page.cannot_save");
    if (!remembered()) rememberBox.checked = false;
  } else {
    forget();
    rememberStatus.textContent = t("ui.page.nothing_saved");
  }
});

forgetButton.addEventListener("click", () => {
  forget();
  forgetTabState();
  rememberBox.checked = false;
  rememberStatus.textContent = t("ui.page.forgotten");
});

registerServiceWorker({ onUpdateReady: (reload) => showUpdateBanner(reload, { text: t("ui.page.update_ready"), button: t("ui.page.reload") }) });
