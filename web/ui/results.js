// The results: the triage banner first (under an emergency, with the number
// to call and what to do), then what would change the advice, the causes with
// their reasons (causes.js), the answers, and the actions.
import { h } from "./dom.js";
import { levelInfo, icon } from "./levels.js";
import { notADiagnosis, foldedSources } from "./notes.js";
import { answersList } from "./answers.js";
import { questionText } from "./interview.js";
import { causesSection } from "./causes.js";
import { emergencyCall } from "./call.js";

function triageBanner(kb, result, idFor, languages, t) {
  const { level, advice, reason_details: details = [], reasons = [] } = result.triage;
  const info = levelInfo(level, t);
  const titleId = idFor("triage");
  const why = details.length ? details : reasons.map((text) => ({ text }));
  return h("section", {
    class: ["sc-triage", `sc-level-${level}`], "data-testid": "triage", "data-triage-level": level, "aria-labelledby": titleId,
  },
  h("div", { class: "sc-triage-head" }, icon(info.icon, "sc-icon sc-triage-icon"),
    h("h1", { id: titleId, class: "sc-triage-title", tabindex: "-1" }, info.title)),
  // What to do is the engine's advice; an emergency says it in the biggest words on the page.
  level === "emergency"
    ? [h("p", { class: "sc-triage-call", "data-testid": "call-now" }, advice), emergencyCall(kb, languages, t)]
    : h("p", { class: "sc-triage-advice", "data-testid": "advice" }, advice),
  why.length ? h("div", { class: "sc-triage-why" },
    h("h3", {}, t("ui.results.why")),
    h("ul", {}, why.map((r) => h("li", { "data-rule": r.rule, "data-unexplained": r.unexplained ? "true" : null },
      r.text, foldedSources(kb.sources, r.sources, t))))) : null);
}

// Warning-sign questions are still unanswered (the engine's list), so the
// advice is not complete. Not said under an emergency: no answer can make it
// more urgent, and nothing should suggest waiting.
function incomplete(result) {
  return (result.triage.unanswered_red_flags?.length ?? 0) > 0 && result.triage.level !== "emergency";
}

/**
 * The warning-sign questions not answered yet, with a way to answer them;
 * and those answered "Not sure", which the advice treats as not ruled out.
 */
function warningQuestions(kb, result, actions, subject, t) {
  const { unanswered_red_flags: missing = [], unsure_red_flags: unsure = [] } = result.triage;
  const texts = (ids) => h("ul", {}, ids.map((id) => h("li", { "data-question-id": id }, (kb.questionsById.has(id) ? questionText(kb.questionsById.get(id), subject) : id))));
  return [
    incomplete(result) ? h("div", { class: "sc-incomplete", "data-testid": "advice-incomplete" },
      h("p", {}, h("strong", {}, t("ui.results.incomplete"))),
      texts(missing),
      h("button", { type: "button", class: "sc-button sc-primary sc-noprint", "data-testid": "answer-warning-questions", onclick: actions.answerWarnings },
        t(missing.length === 1 ? "ui.results.answer_this" : "ui.results.answer_these"))) : null,
    unsure.length ? h("div", { class: "sc-incomplete", "data-testid": "advice-unsure" },
      h("p", {}, h("strong", {}, t("ui.results.unsure")), " ", t("ui.results.unsure_text")),
      texts(unsure)) : null,
  ];
}

function changesSection(kb, result, idFor, t) {
  const titleId = idFor("changes");
  const byLevel = new Map();
  for (const { finding, level } of result.triage.escalates_if ?? []) {
    if (!byLevel.has(level)) byLevel.set(level, []);
    byLevel.get(level).push(kb.findingsById.get(finding)?.label ?? finding);
  }
  const levels = [...byLevel.keys()]; // the engine lists escalations most urgent first
  return h("section", { class: "sc-section", "aria-labelledby": titleId, "data-testid": "changes" },
    h("h2", { id: titleId }, t("ui.results.changes")),
    levels.length === 0
      ? h("p", {}, t("ui.results.changes_none"))
      : [h("p", {}, t("ui.results.changes_intro")),
        levels.map((level) => h("div", { class: "sc-change" },
          h("h3", { class: "sc-change-level" }, h("span", { class: ["sc-tag", `sc-level-${level}`] }, levelInfo(level, t).tag)),
          h("ul", {}, byLevel.get(level).map((label) => h("li", {}, label)))))]);
}

function actionsSection(actions, idFor, t) {
  const linkId = idFor("link");
  const statusId = idFor("link-status");
  const linkBox = h("input", { id: linkId, class: "sc-link-output", type: "text", readonly: true, "data-testid": "case-link", "aria-describedby": statusId });
  const status = h("p", { id: statusId, class: "sc-hint", role: "status" });
  const linkField = h("div", { class: "sc-field", hidden: true },
    h("label", { for: linkId }, t("ui.results.link_label")), linkBox, status);
  const copy = async () => {
    linkBox.value = actions.link();
    linkField.hidden = false;
    linkBox.focus();
    linkBox.select();
    status.textContent = t((await actions.copy(linkBox.value)) ? "ui.results.link_copied" : "ui.results.link_select");
  };
  return h("section", { class: "sc-section sc-noprint", "aria-label": t("ui.results.save_share") },
    printChoice(actions, idFor, t),
    h("div", { class: "sc-actions" },
      h("button", { type: "button", class: "sc-button sc-primary", "data-testid": "print", onclick: actions.print }, t("ui.results.print")),
      h("button", { type: "button", class: "sc-button", "data-testid": "copy-link", onclick: copy }, t("ui.results.copy_link")),
      h("button", { type: "button", class: "sc-button", "data-testid": "restart", onclick: actions.restart }, t("ui.results.restart"))),
    linkField);
}

// The doctor's summary in the page's language or in English (a doctor may
// not read the person's): only offered when the page is not in English.
function printChoice(actions, idFor, t) {
  if (t.lang === "en" || !actions.printLanguage) return null;
  const legendId = idFor("print-lang");
  const name = idFor("print-lang");
  const choice = (value, label, lang) => {
    const id = idFor("print-lang");
    return h("div", { class: "sc-check" },
      h("input", { type: "radio", name, id, value, "data-testid": `print-lang-${value}`, checked: actions.printLanguage() === value,
        onchange: () => actions.setPrintLanguage(value) }),
      h("label", { for: id, lang }, label));
  };
  return h("fieldset", { class: "sc-field", "aria-labelledby": legendId, "data-testid": "print-language" },
    h("legend", { id: legendId, class: "sc-label" }, t("ui.results.print_language")),
    h("div", { class: "sc-checks" }, choice(t.lang, t("ui.language.name"), t.lang), choice("en", t("ui.results.print_english"), null)));
}

/**
 * The results screen. kb: prepared describe() data; kase: the contract case;
 * actions: { change(index), continueQuestions(), answerWarnings(), print(), copy(text), link(), restart() };
 * languages: the browser's language tags (the region picks the emergency number);
 * pictures: { base, tone } to draw each cause's typical look on that tone, or null.
 */
export function resultsScreen({ kb, iv, kase, result, actions, questionsById, idFor, t, languages, pictures = null }) {
  const answersId = idFor("answers");
  return h("div", { class: "sc-results" },
    triageBanner(kb, result, idFor, languages, t),
    warningQuestions(kb, result, actions, iv.subject, t),
    notADiagnosis(kb, t),
    // The box above already offers the questions that matter most; and
    // nothing under an emergency suggests waiting to answer more.
    result.next_question && !incomplete(result) && result.triage.level !== "emergency" ? h("div", { class: "sc-more sc-noprint", "data-testid": "more-questions" },
      h("p", {}, t("ui.results.more")),
      h("button", { type: "button", class: "sc-button", "data-testid": "continue-questions", onclick: actions.continueQuestions }, t("ui.results.more_button"))) : null,
    changesSection(kb, result, idFor, t),
    causesSection(kb, kase, result, idFor, t, pictures),
    h("section", { class: "sc-section", "aria-labelledby": answersId },
      h("h2", { id: answersId }, t("ui.results.answers")),
      h("p", { class: "sc-hint" }, t("ui.results.answers_hint")),
      answersList({ iv, questionsById, onChange: actions.change, t })),
    actionsSection(actions, idFor, t));
}
