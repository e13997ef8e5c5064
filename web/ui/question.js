// One question and its answer controls. Yes / No / Not sure for a single
// finding; one button per option for "pick one"; checkboxes (and the body map
// for places) for "tick all that apply". Calls onAnswer(choice) with a choice
// that interview.answerFindings() understands.
import { h } from "./dom.js";
import { glassFigure } from "./glass.js";
import { bodyMap } from "./bodymap.js";

function choiceButton(label, attrs, pressed, onClick) {
  return h("button", {
    type: "button", class: ["sc-choice", pressed && "sc-choice-current"],
    "aria-pressed": pressed === null ? null : String(pressed), onclick: onClick, ...attrs,
  }, label);
}

function previousChoice(question, previous) {
  if (!previous) return null;
  const values = question.findings.map((f) => previous[f]);
  if (values.every((v) => v === "unknown")) return "unsure";
  if (question.type === "yes_no") return values[0] === true ? "yes" : "no";
  const picked = question.findings.filter((f) => previous[f] === true);
  return picked.length ? { picked } : "none";
}

function yesNo(question, was, onAnswer) {
  const pressed = (value) => (was === null ? null : was === value);
  return [
    choiceButton("Yes", { "data-answer": "yes", "data-finding": question.findings[0] }, pressed("yes"), () => onAnswer("yes")),
    choiceButton("No", { "data-answer": "no", "data-finding": question.findings[0] }, pressed("no"), () => onAnswer("no")),
    choiceButton("Not sure", { "data-answer": "unsure" }, pressed("unsure"), () => onAnswer("unsure")),
  ];
}

function single(question, was, onAnswer) {
  const current = was?.picked?.[0];
  return [
    ...question.options.map((o) => choiceButton(o.text, { "data-answer": "option", "data-finding": o.finding },
      was === null ? null : current === o.finding, () => onAnswer({ picked: [o.finding] }))),
    choiceButton("Not sure", { "data-answer": "unsure" }, was === null ? null : was === "unsure", () => onAnswer("unsure")),
  ];
}

function multiple(question, was, onAnswer, idFor) {
  const ticked = new Set(was?.picked ?? []);
  const boxes = new Map();
  const problemId = idFor("problem");
  const problem = h("p", { id: problemId, class: "sc-problem", role: "alert" });
  let map = null;
  const toggle = (finding, on = !ticked.has(finding)) => {
    if (on) ticked.add(finding);
    else ticked.delete(finding);
    boxes.get(finding).checked = on;
    map?.sync();
    problem.textContent = "";
  };
  const list = h("div", { class: "sc-checks" }, question.options.map((o) => {
    const id = idFor("opt");
    const box = h("input", { type: "checkbox", id, "data-finding": o.finding, checked: ticked.has(o.finding),
      onchange: (e) => toggle(o.finding, e.target.checked) });
    boxes.set(o.finding, box);
    return h("div", { class: "sc-check" }, box, h("label", { for: id }, o.text));
  }));
  // The places question gets the body map; options the map cannot draw (scalp, palms and soles) stay in the list.
  if (question.findings.some((f) => f.startsWith("loc_"))) {
    map = bodyMap({ options: question.options, isChecked: (f) => ticked.has(f), onToggle: (f) => toggle(f) });
  }
  const submit = () => {
    if (ticked.size === 0) {
      problem.textContent = "Tick at least one, or choose \u201cNone of these\u201d or \u201cNot sure\u201d.";
      boxes.values().next().value?.focus();
      return;
    }
    onAnswer({ picked: [...ticked] });
  };
  return [
    map?.element,
    list,
    problem,
    h("div", { class: "sc-actions" },
      h("button", { type: "button", class: "sc-button sc-primary", "data-answer": "submit", "aria-describedby": problemId, onclick: submit }, "Continue"),
      h("button", { type: "button", class: ["sc-button", was === "none" && "sc-choice-current"], "data-answer": "none",
        "aria-pressed": was === null ? null : String(was === "none"), onclick: () => onAnswer("none") }, "None of these"),
      h("button", { type: "button", class: ["sc-button", was === "unsure" && "sc-choice-current"], "data-answer": "unsure",
        "aria-pressed": was === null ? null : String(was === "unsure"), onclick: () => onAnswer("unsure") }, "Not sure")),
  ];
}

/**
 * The question card: heading (focused on arrival), help, the glass test
 * picture where it helps, and the answer controls.
 */
export function questionCard({ question, previous, onAnswer, idFor }) {
  const titleId = idFor("q");
  const helpId = question.help ? idFor("help") : null;
  const was = previousChoice(question, previous);
  const controls = question.type === "yes_no" ? yesNo(question, was, onAnswer)
    : question.type === "single" ? single(question, was, onAnswer)
      : multiple(question, was, onAnswer, idFor);
  const grouped = question.type === "multiple";
  return h("section", {
    class: "sc-question", "data-testid": "question", "data-question-id": question.id,
    "data-question-type": question.type, "data-findings": question.findings.join(" "), "aria-labelledby": titleId,
  },
  h("h1", { id: titleId, class: "sc-question-text", tabindex: "-1" }, question.text),
  helpId ? h("p", { id: helpId, class: "sc-help" }, question.help) : null,
  question.findings.includes("blanches_on_pressure") ? glassFigure(idFor("glass")) : null,
  was !== null ? h("p", { class: "sc-hint" }, "Your earlier answer is marked. Choose again to change it.") : null,
  grouped
    ? h("div", { class: "sc-multiple", role: "group", "aria-labelledby": titleId, "aria-describedby": helpId }, controls)
    : h("div", { class: ["sc-choices", question.type === "single" && "sc-choices-stacked"], role: "group",
      "aria-labelledby": titleId, "aria-describedby": helpId }, controls));
}
