// How each triage level looks: a title, a short tag, and an icon, so colour is
// never the only signal. What to do at each level is the engine's advice
// (result.triage.advice, describe().triage_levels), and the engine orders
// levels itself (escalates_if, reasons: most urgent first).
import { s } from "./dom.js";

// The words are the page's (ui.level.<id>.title and .tag).
const ICONS = { emergency: "alert", urgent: "clock", consult: "calendar", self_care: "home" };

/** { title, tag, icon } of a level, in the page's words (t). */
export function levelInfo(level, t) {
  if (!(level in ICONS)) return { title: level, tag: level, icon: "alert" };
  return { title: t(`ui.level.${level}.title`), tag: t(`ui.level.${level}.tag`), icon: ICONS[level] };
}

// One even-odd path per icon: holes (the "!" in the triangle) stay see-through.
const ICON_PATHS = {
  alert: "M12 2 1 21h22L12 2zm-1 7h2v6h-2zm0 8h2v2h-2z",
  clock: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 2h2v5.4l4 2.4-1 1.7-5-3z",
  calendar: "M4 4h16a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 6v10h16V10zM6 1h2v3H6zm10 0h2v3h-2zM6 12h4v4H6z",
  home: "M12 3 1 12h3v9h6v-6h4v6h6v-9h3L12 3z",
};

/** A decorative icon (the text beside it says the same). */
export function icon(name, className = "sc-icon") {
  return s("svg", { class: className, viewBox: "0 0 24 24", "aria-hidden": "true", focusable: "false" },
    s("path", { d: ICON_PATHS[name] ?? ICON_PATHS.alert, "fill-rule": "evenodd" }));
}
