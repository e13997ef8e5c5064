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

function triageBanner(kb, result, idFor, languages) {
  const { level, advice, reason_details: details = [], reasons = [] } = result.triage;
  const info = levelInfo(level);
  const titleId = idFor("triage");
  const why = details.length ? details : reasons.map((text) => ({ text }));
  return h("section", {
    class: ["sc-triage", `sc-level-${level}`], "data-testid": "triage", "data-triage-level": level, "aria-labelledby": titleId,
  },
  h("div", { class: "sc-triage-head" }, icon(info.icon, "sc-icon sc-triage-icon"),
    h("h1", { id: titleId, class: "sc-triage-title", tabindex: "-1" }, info.title)),
  // What to do is the engine's advice; an emergency says it in the biggest words on the page.
  level === "emergency"
    ? [h("p", { class: "sc-triage-call", "data-testid": "call-now" }, advice), emergencyCall(kb, languages)]
    : h("p", { class: "sc-triage-advice", "data-testid": "advice" }, advice),
  why.length ? h("div", { class: "sc-triage-why" },
    h("h3", {}, "Why this advice"),
    h("ul", {}, why.map((r) => h("li", { "data-rule": r.rule, "data-unexplained": r.unexplained ? "true" : null },
      r.text, foldedSources(kb.sources, r.sources))))) : null);
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
function warningQuestions(kb, result, actions, subject) {
  const { unanswered_red_flags: missing = [], unsure_red_flags: unsure = [] } = result.triage;
  const texts = (ids) => h("ul", {}, ids.map((id) => h("li", { "data-question-id": id }, (kb.questionsById.has(id) ? questionText(kb.questionsById.get(id), subject) : id))));
  return [
    incomplete(result) ? h("div", { class: "sc-incomplete", "data-testid": "advice-incomplete" },
      h("p", {}, h("strong", {}, "This advice is not complete: some warning-sign questions are not answered yet.")),
      texts(missing),
      h("button", { type: "button", class: "sc-button sc-primary sc-noprint", "data-testid": "answer-warning-questions", onclick: actions.answerWarnings },
        missing.length === 1 ? "Answer this question" : "Answer these questions")) : null,
    unsure.length ? h("div", { class: "sc-incomplete", "data-testid": "advice-unsure" },
      h("p", {}, h("strong", {}, "You answered \u201cNot sure\u201d to these warning-sign questions. "),
        "The advice treats those warning signs as not ruled out. If you can find out, change the answer below."),
      texts(unsure)) : null,
  ];
}

function changesSection(kb, result, idFor) {
  const titleId = idFor("changes");
  const byLevel = new Map();
  for (const { finding, level } of result.triage.escalates_if ?? []) {
    if (!byLevel.has(level)) byLevel.set(level, []);
    byLevel.get(level).push(kb.findingsById.get(finding)?.label ?? finding);
  }
  const levels = [...byLevel.keys()]; // the engine lists escalations most urgent first
  return h("section", { class: "sc-section", "aria-labelledby": titleId, "data-testid": "changes" },
    h("h2", { id: titleId }, "What would change the advice"),
    levels.length === 0
      ? h("p", {}, "None of the things not yet answered would make the advice more urgent. The warning signs of each cause still apply.")
      : [h("p", {}, "If any of these is true, or starts, the advice becomes more urgent:"),
        levels.map((level) => h("div", { class: "sc-change" },
          h("h3", { class: "sc-change-level" }, h("span", { class: ["sc-tag", `sc-level-${level}`] }, levelInfo(level).tag)),
          h("ul", {}, byLevel.get(level).map((label) => h("li", {}, label)))))]);
}

function actionsSection(actions, idFor) {
  const linkId = idFor("link");
  const statusId = idFor("link-status");
  const linkBox = h("input", { id: linkId, class: "sc-link-output", type: "text", readonly: true, "data-testid": "case-link", "aria-describedby": statusId });
  const status = h("p", { id: statusId, class: "sc-hint", role: "status" });
  const linkField = h("div", { class: "sc-field", hidden: true },
    h("label", { for: linkId }, "Link to these answers (the answers stay in the link, not on a server)"), linkBox, status);
  const copy = async () => {
    linkBox.value = actions.link();
    linkField.hidden = false;
    linkBox.focus();
    linkBox.select();
    status.textContent = (await actions.copy(linkBox.value))
      ? "Link copied. Anyone with the link can see these answers."
      : "Select the link above and copy it. Anyone with the link can see these answers.";
  };
  return h("section", { class: "sc-section sc-noprint", "aria-label": "Save or share" },
    h("div", { class: "sc-actions" },
      h("button", { type: "button", class: "sc-button sc-primary", "data-testid": "print", onclick: actions.print }, "Print a summary for the doctor"),
      h("button", { type: "button", class: "sc-button", "data-testid": "copy-link", onclick: copy }, "Copy a link to these answers"),
      h("button", { type: "button", class: "sc-button", "data-testid": "restart", onclick: actions.restart }, "Start again")),
    linkField);
}

/**
 * The results screen. kb: prepared describe() data; kase: the contract case;
 * actions: { change(index), continueQuestions(), answerWarnings(), print(), copy(text), link(), restart() };
 * languages: the browser's language tags (the region picks the emergency number);
 * pictures: { base, tone } to draw each cause's typical look on that tone, or null.
 */
export function resultsScreen({ kb, iv, kase, result, actions, questionsById, idFor, languages, pictures = null }) {
  const answersId = idFor("answers");
  return h("div", { class: "sc-results" },
    triageBanner(kb, result, idFor, languages),
    warningQuestions(kb, result, actions, iv.subject),
    notADiagnosis(kb),
    // The box above already offers the questions that matter most; and
    // nothing under an emergency suggests waiting to answer more.
    result.next_question && !incomplete(result) && result.triage.level !== "emergency" ? h("div", { class: "sc-more sc-noprint", "data-testid": "more-questions" },
      h("p", {}, "More questions could change this advice or the likely causes."),
      h("button", { type: "button", class: "sc-button", "data-testid": "continue-questions", onclick: actions.continueQuestions }, "Answer more questions")) : null,
    changesSection(kb, result, idFor),
    causesSection(kb, kase, result, idFor, pictures),
    h("section", { class: "sc-section", "aria-labelledby": answersId },
      h("h2", { id: answersId }, "Your answers"),
      h("p", { class: "sc-hint" }, "Change any answer and the advice updates."),
      answersList({ iv, questionsById, onChange: actions.change })),
    actionsSection(actions, idFor));
}
