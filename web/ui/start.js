// The start screen: what Spotcheck does, emergency signs first (the engine's,
// with their sources), privacy, and that it is not a diagnosis.
import { h } from "./dom.js";
import { emergencySigns } from "./notes.js";

const SLOT = "start-slot";

// The emergency signs and the start button, or a placeholder for both while
// the checker loads: they appear together, so the button never moves under a
// finger when the signs arrive.
function signsAndStart(kb, onStart, idFor, t) {
  if (!kb) {
    return h("div", { class: "sc-signs sc-signs-loading", "data-slot": SLOT }, h("p", {}, t("ui.start.loading_signs")));
  }
  return [
    emergencySigns(kb, idFor, t),
    h("div", { class: "sc-actions" },
      h("button", { type: "button", class: "sc-button sc-primary sc-big", "data-testid": "start", onclick: onStart }, t("ui.start.start"))),
  ];
}

/** kb: the prepared describe() data, or null while the checker loads (then fillStartScreen() completes it). */
export function startScreen({ kb, onStart, idFor, t }) {
  return h("div", { class: "sc-start" },
    h("h1", { class: "sc-title", tabindex: "-1" }, t("ui.start.title")),
    h("p", { class: "sc-lead" }, t("ui.start.lead")),
    signsAndStart(kb, onStart, idFor, t),
    h("ul", { class: "sc-promises" },
      h("li", {}, h("strong", {}, t("ui.start.private")), " ", t("ui.start.private_text")),
      h("li", {}, h("strong", {}, t("ui.start.not_diagnosis")), " ", t("ui.start.not_diagnosis_text"))));
}

/** Once the checker has loaded: the emergency signs and the start button in place of their placeholder. */
export function fillStartScreen(container, { kb, onStart, idFor, t }) {
  container.querySelector(`[data-slot='${SLOT}']`)?.replaceWith(...[signsAndStart(kb, onStart, idFor, t)].flat().filter(Boolean));
}
