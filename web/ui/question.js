// One question and its answer controls. Yes / No / Not sure for a single
// finding; one button per option for "pick one"; checkboxes (and the body map
// for places) for "tick all that apply". Calls onAnswer(choice) with a choice
// that interview.answerFindings() understands. Pictures, their words and the
// help for a skin tone come from the data (describe()).
import { h } from "./dom.js";
import { bodyMap } from "./bodymap.js";
import { pictureImg, questionFigure } from "./pictures.js";
import { questionText } from "./interview.js";

// An option's words, then its picture if the data gives one (shown first by
// the CSS; the words come first for a screen reader, then what the picture shows).
function optionLabel(o, pictures) {
  if (!o.picture || !pictures) return o.text;
  return [h("span", { class: "sc-option-text" }, o.text), pictureImg(o, pictures)];
}

function choiceButton(label, attrs, pressed, onClick, pictured = false) {
  return h("button", {
    type: "button", class: ["sc-choice", pressed && "sc-choice-current", pictured && "sc-pictured"],
    "aria-pressed": pressed === null ? null : String(pressed), onclick: onClick, ...attrs,
  }, label);
}

function previousChoice(question, previous) {
  if (!previous) return null;
  const values = question.findings.map((f) => previous[f]);
  if (values.every((v) => v === "unknown")) return "unsure";
  if (question.type === "yes_no") return values[0] === true ? "yes" : "no";
  const picked = question.findings.filter((f) => previous[f] === true);
  const unsure = question.type === "multiple" ? question.findings.filter((f) => previous[f] === "unknown") : [];
  return picked.length || unsure.length ? { picked, unsure } : "none";
}

function yesNo(question, was, onAnswer, t) {
  const pressed = (value) => (was === null ? null : was === value);
  return [
    choiceButton(t("ui.common.yes"), { "data-answer": "yes", "data-finding": question.findings[0] }, pressed("yes"), () => onAnswer("yes")),
    choiceButton(t("ui.common.no"), { "data-answer": "no", "data-finding": question.findings[0] }, pressed("no"), () => onAnswer("no")),
    choiceButton(t("ui.common.not_sure"), { "data-answer": "unsure" }, pressed("unsure"), () => onAnswer("unsure")),
  ];
}

function single(question, was, onAnswer, pictures, t) {
  const current = was?.picked?.[0];
  return [
    ...question.options.map((o) => choiceButton(optionLabel(o, pictures), { "data-answer": "option", "data-finding": o.finding },
      was === null ? null : current === o.finding, () => onAnswer({ picked: [o.finding] }), Boolean(o.picture && pictures))),
    choiceButton(t("ui.common.not_sure"), { "data-answer": "unsure" }, was === null ? null : was === "unsure", () => onAnswer("unsure")),
  ];
}

// Tick all that apply. Each option also has its own "Not sure": a parent may
// know most of a list of warning signs but not one of them (drinking, a
// contact), and "None of these" would then answer No for it. Ticked is Yes,
// "Not sure" is not sure, the rest is No.
function multiple(question, was, onAnswer, idFor, pictures, t) {
  const ticked = new Set(was?.picked ?? []);
  const unsure = new Set(was?.unsure ?? []);
  const boxes = new Map();
  const unsureButtons = new Map();
  const problemId = idFor("problem");
  const problem = h("p", { id: problemId, class: "sc-problem", role: "alert" });
  let map = null;
  const markUnsure = (finding, on) => {
    if (on) unsure.add(finding);
    else unsure.delete(finding);
    const button = unsureButtons.get(finding);
    button.setAttribute("aria-pressed", String(on));
    button.classList.toggle("sc-choice-current", on);
  };
  const toggle = (finding, on = !ticked.has(finding)) => {
    if (on) {
      ticked.add(finding);
      markUnsure(finding, false);
    } else {
      ticked.delete(finding);
    }
    boxes.get(finding).checked = on;
    map?.sync();
    problem.textContent = "";
  };
  const toggleUnsure = (finding) => {
    const on = !unsure.has(finding);
    if (on && ticked.has(finding)) toggle(finding, false);
    markUnsure(finding, on);
    problem.textContent = "";
  };
  const list = h("div", { class: "sc-checks" }, question.options.map((o) => {
    const id = idFor("opt");
    const box = h("input", { type: "checkbox", id, "data-finding": o.finding, checked: ticked.has(o.finding),
      onchange: (e) => toggle(o.finding, e.target.checked) });
    boxes.set(o.finding, box);
    const notSure = h("button", { type: "button", class: ["sc-option-unsure", unsure.has(o.finding) && "sc-choice-current"],
      "data-answer": "option-unsure", "data-finding": o.finding, "aria-pressed": String(unsure.has(o.finding)),
      "aria-label": t("ui.question.option_not_sure", { option: o.text }), onclick: () => toggleUnsure(o.finding) },
    t("ui.common.not_sure"));
    unsureButtons.set(o.finding, notSure);
    return h("div", { class: "sc-check" }, box, h("label", { for: id, class: o.picture && pictures && "sc-pictured" }, optionLabel(o, pictures)), notSure);
  }));
  // The places question gets the body map; options the map cannot draw (scalp, palms and soles) stay in the list.
  if (question.findings.some((f) => f.startsWith("loc_"))) {
    map = bodyMap({ options: question.options, isChecked: (f) => ticked.has(f), onToggle: (f) => toggle(f), t });
  }
  const submit = () => {
    if (ticked.size === 0 && unsure.size === 0) {
      problem.textContent = t("ui.question.tick_one");
      boxes.values().next().value?.focus();
      return;
    }
    onAnswer({ picked: [...ticked], unsure: [...unsure] });
  };
  return [
    map?.element,
    list,
    problem,
    h("div", { class: "sc-actions" },
      h("button", { type: "button", class: "sc-button sc-primary", "data-answer": "submit", "aria-describedby": problemId, onclick: submit }, t("ui.common.continue")),
      h("button", { type: "button", class: ["sc-button", was === "none" && "sc-choice-current"], "data-answer": "none",
        "aria-pressed": was === null ? null : String(was === "none"), onclick: () => onAnswer("none") }, t("ui.common.none_of_these")),
      h("button", { type: "button", class: ["sc-button", was === "unsure" && "sc-choice-current"], "data-answer": "unsure",
        "aria-pressed": was === null ? null : String(was === "unsure"), onclick: () => onAnswer("unsure") }, t("ui.common.not_sure"))),
  ];
}

/**
 * The question card: heading (focused on arrival), help (the skin tone's own
 * where the data has one), the question's figure, and the answer controls.
 * pictures: { base, tone } to draw the data's pictures on that tone, or null.
 */
export function questionCard({ question, previous, onAnswer, idFor, t, pictures = null, subject = null }) {
  const titleId = idFor("q");
  const toneHelp = pictures ? question.help_by_tone?.[pictures.tone] : null;
  const help = toneHelp?.text ?? question.help;
  const helpId = help ? idFor("help") : null;
  const was = previousChoice(question, previous);
  const controls = question.type === "yes_no" ? yesNo(question, was, onAnswer, t)
    : question.type === "single" ? single(question, was, onAnswer, pictures, t)
      : multiple(question, was, onAnswer, idFor, pictures, t);
  const grouped = question.type === "multiple";
  return h("section", {
    class: "sc-question", "data-testid": "question", "data-question-id": question.id,
    "data-question-type": question.type, "data-findings": question.findings.join(" "), "aria-labelledby": titleId,
  },
  h("h1", { id: titleId, class: "sc-question-text", tabindex: "-1" }, questionText(question, subject)),
  helpId ? h("p", { id: helpId, class: "sc-help", "data-tone-help": toneHelp ? pictures.tone : null }, help) : null,
  question.figure && pictures ? questionFigure(question.figure, pictures) : null,
  was !== null ? h("p", { class: "sc-hint" }, t("ui.question.earlier_marked")) : null,
  grouped
    ? h("div", { class: "sc-multiple", role: "group", "aria-labelledby": titleId, "aria-describedby": helpId }, controls)
    : h("div", { class: ["sc-choices", question.type === "single" && "sc-choices-stacked"], role: "group",
      "aria-labelledby": titleId, "aria-describedby": helpId }, controls));
}
