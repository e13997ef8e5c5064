// Safety texts shown on more than one screen. Every clinical word here is the
// engine's (describe(): emergency_signs, results_note, sources), so it is
// sourced, graded for reading level and kept in data/meta.json.
import { h, safeLink } from "./dom.js";
import { icon } from "./levels.js";

/** The sources (ids into describe().sources) as a list of links, as on the cause cards. */
export function sourceList(sources, ids, t) {
  const items = (ids ?? []).map((id) => sources[id]).filter(Boolean);
  if (items.length === 0) return null;
  return h("ul", { class: "sc-sources" }, items.map((src) =>
    h("li", {}, safeLink(src.url, h("span", { lang: "en", dir: "ltr" }, src.title), t), src.publisher ? [" (", h("span", { lang: "en", dir: "ltr" }, src.publisher), ")"] : "")));
}

/** Sources folded away under "Sources" (for reasons and notes, where the text comes first). */
export function foldedSources(sources, ids, t) {
  const list = sourceList(sources, ids, t);
  return list ? h("details", { class: "sc-sources-more" }, h("summary", {}, t("ui.common.sources")), list) : null;
}

/** "Call 999 now if ...": on the start screen, before any question (describe().emergency_signs). */
export function emergencySigns(kb, idFor, t) {
  const signs = kb.emergencySigns;
  if (!signs?.items?.length) return null;
  const titleId = idFor("signs");
  const sources = sourceList(kb.sources, signs.sources, t);
  return h("section", { class: "sc-signs", "aria-labelledby": titleId, "data-testid": "emergency-signs" },
    h("h3", { id: titleId, class: "sc-signs-title" }, icon("alert", "sc-icon sc-signs-icon"), signs.title),
    h("p", {}, signs.intro),
    h("ul", { class: "sc-signs-list" }, signs.items.map((text) => h("li", {}, text))),
    signs.last ? h("p", { class: "sc-signs-last" }, signs.last) : null,
    sources ? [h("h4", { class: "sc-signs-sources" }, t("ui.common.sources")), sources] : null);
}

/** Always on the results: what this is not, and when to get help anyway (describe().results_note). */
export function notADiagnosis(kb, t) {
  const note = kb.resultsNote;
  return h("aside", { class: "sc-note", "data-testid": "not-a-diagnosis", "aria-label": t("ui.note.label") },
    h("p", {}, h("strong", {}, t("ui.note.not_a_diagnosis")), " ", t("ui.note.cannot_see")),
    note?.text ? h("p", { "data-testid": "results-note" }, note.title ? h("strong", {}, t("ui.common.title_colon", { title: note.title })) : null, note.text) : null,
    note?.text ? foldedSources(kb.sources, note.sources, t) : null);
}
