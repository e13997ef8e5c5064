// The interview kept for this browser tab only: each screen is a history
// entry (Back and Forward move through the questions), and the answers are
// kept in sessionStorage, which the browser clears when the tab closes, so a
// reload does not lose them. Nothing here is written to localStorage: keeping
// answers after the tab closes is remember.js's job, and only with consent.
//
//   import { savedTabState, keepTabState, followHistory } from "./tab-state.js";
//   const { session, entry } = savedTabState();   // read before mount() shows anything
//   mount(el, { state: session, onStateChange: keepTabState, ... });
//   followHistory(app);                           // Back and Forward show their entry
//   forgetTabState();                             // with "Forget my saved answers"

const KEY = "spotcheck:tab";
// The language chosen in this tab (read before the page paints by lang-first.js).
const LANG_KEY = "spotcheck:lang";

function store() {
  try {
    return globalThis.sessionStorage ?? null; // throws in some sandboxed frames
  } catch {
    return null;
  }
}

/** { session, entry }: this tab's kept state and the current history entry's (each null when there is none). */
export function savedTabState() {
  let session = null;
  try {
    session = JSON.parse(store()?.getItem(KEY) ?? "null");
  } catch {
    session = null; // unreadable: start afresh
  }
  const entry = history.state?.spotcheck ?? null;
  return { session: session && typeof session === "object" ? session : null, entry };
}

/** mount()'s onStateChange: a new history entry when the person moved on, and the tab's copy. */
export function keepTabState(state, { push }) {
  const data = { ...(history.state ?? {}), spotcheck: state };
  try {
    if (push) history.pushState({ spotcheck: state }, "");
    else history.replaceState(data, "");
  } catch {
    // A state too large for the browser: the tab's copy below still keeps the answers.
  }
  try {
    store()?.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: history still works while the page is open.
  }
}

/** Shows each history entry the person goes Back or Forward to. */
export function followHistory(app) {
  addEventListener("popstate", (event) => {
    const state = event.state?.spotcheck;
    if (state) app.showState(state);
  });
}

/** "Forget my saved answers": the tab's copy goes too, so a reload starts afresh. */
export function forgetTabState() {
  try {
    store()?.removeItem(KEY);
  } catch {
    // Nothing readable, nothing to remove.
  }
  try {
    history.replaceState(null, "");
  } catch {
    // No history to change.
  }
}

/** Keeps the language chosen in this tab (not the answers: they are in no language). */
export function keepTabLanguage(lang) {
  try {
    store()?.setItem(LANG_KEY, JSON.stringify(lang));
  } catch {
    // Storage disabled: the language is chosen afresh on a reload.
  }
}
