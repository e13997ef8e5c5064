// The start screen: what Spotcheck does, emergency signs first, privacy, and
// that it is not a diagnosis.
import { h } from "./dom.js";
import { emergencySigns } from "./notes.js";

export function startScreen({ onStart, idFor }) {
  return h("div", { class: "sc-start" },
    h("h2", { class: "sc-title", tabindex: "-1" }, "Small red spots on the skin: what could they be?"),
    h("p", { class: "sc-lead" },
      "Answer a few questions, one at a time (about two minutes). You get the likely causes with the reasons why, ",
      "and clear advice: get help now, see a doctor today, book an appointment, or look after it at home."),
    emergencySigns(idFor),
    h("div", { class: "sc-actions" },
      h("button", { type: "button", class: "sc-button sc-primary sc-big", "data-testid": "start", onclick: onStart }, "Start the check")),
    h("ul", { class: "sc-promises" },
      h("li", {}, h("strong", {}, "Private. "), "Everything runs on this device. Your answers are not sent anywhere, and nothing is saved."),
      h("li", {}, h("strong", {}, "Not a diagnosis. "), "It helps you decide when to get care. Only a doctor can say what the spots are.")));
}
