// The start screen: what Spotcheck does, emergency signs first (the engine's,
// with their sources), privacy, and that it is not a diagnosis.
import { h } from "./dom.js";
import { emergencySigns } from "./notes.js";

const SLOT = "start-slot";

// The emergency signs and the start button, or a placeholder for both while
// the checker loads: they appear together, so the button never moves under a
// finger when the signs arrive.
function signsAndStart(kb, onStart, idFor) {
  if (!kb) {
    return h("div", { class: "sc-signs sc-signs-loading", "data-slot": SLOT }, h("p", {}, "Loading the emergency signs\u2026"));
  }
  return [
    emergencySigns(kb, idFor),
    h("div", { class: "sc-actions" },
      h("button", { type: "button", class: "sc-button sc-primary sc-big", "data-testid": "start", onclick: onStart }, "Start the check")),
  ];
}

/** kb: the prepared describe() data, or null while the checker loads (then fillStartScreen() completes it). */
export function startScreen({ kb, onStart, idFor }) {
  return h("div", { class: "sc-start" },
    h("h1", { class: "sc-title", tabindex: "-1" }, "Small red spots on the skin: what could they be?"),
    h("p", { class: "sc-lead" },
      "Answer a few questions, one at a time (about two minutes). You get the likely causes with the reasons why, ",
      "and clear advice: get help now, see a doctor today, book an appointment, or look after it at home."),
    signsAndStart(kb, onStart, idFor),
    h("ul", { class: "sc-promises" },
      h("li", {}, h("strong", {}, "Private. "), "Everything runs on this device. Your answers are not sent anywhere, and they are not kept after you close the page unless you ask."),
      h("li", {}, h("strong", {}, "Not a diagnosis. "), "It helps you decide when to get care. Only a doctor can say what the spots are.")));
}

/** Once the checker has loaded: the emergency signs and the start button in place of their placeholder. */
export function fillStartScreen(container, { kb, onStart, idFor }) {
  container.querySelector(`[data-slot='${SLOT}']`)?.replaceWith(...[signsAndStart(kb, onStart, idFor)].flat().filter(Boolean));
}
