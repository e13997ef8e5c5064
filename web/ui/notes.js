// Safety texts shown on more than one screen.
import { h } from "./dom.js";
import { icon, EMERGENCY_NUMBERS } from "./levels.js";

/** "Call emergency services now if ...": on the start screen, before any question. */
export function emergencySigns(idFor) {
  const titleId = idFor("signs");
  return h("section", { class: "sc-signs", "aria-labelledby": titleId, "data-testid": "emergency-signs" },
    h("h3", { id: titleId, class: "sc-signs-title" }, icon("alert", "sc-icon sc-signs-icon"), "Emergency signs: call emergency services now"),
    h("p", {}, `Call now (${EMERGENCY_NUMBERS}) if someone with spots or a rash:`),
    h("ul", {},
      h("li", {}, "has spots that do not fade when a glass is pressed on them, with a fever or feeling very unwell;"),
      h("li", {}, "has trouble breathing, or swelling of the face, lips, tongue or throat;"),
      h("li", {}, "is drowsy, confused, floppy or hard to wake, or has cold hands and feet with a fever;"),
      h("li", {}, "has a stiff neck or finds bright light painful, with a fever.")),
    h("p", { class: "sc-signs-last" }, "Do not wait to finish this check."));
}

/** Always on the results: what this is not, and when to get help anyway. */
export function notADiagnosis() {
  return h("aside", { class: "sc-note", "data-testid": "not-a-diagnosis", "aria-label": "Important" },
    h("p", {}, h("strong", {}, "This is not a diagnosis. "),
      "Spotcheck cannot see or examine the spots. It suggests when to get care; a doctor decides what the spots are."),
    h("p", {}, h("strong", {}, "When to get care anyway: "),
      "if you are worried, if the spots change or spread, or if the person gets worse, contact a doctor whatever this says. ",
      "Call emergency services at once if the spots stop fading under a glass, or if there is trouble breathing, swelling of the lips or face, or drowsiness or confusion."));
}
