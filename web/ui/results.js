// The results: the triage banner first, then the causes with their reasons,
// what would change the advice, the answers, and the actions.
import { h } from "./dom.js";
import { levelInfo, icon } from "./levels.js";
import { notADiagnosis, sourceList, foldedSources } from "./notes.js";
import { answersList } from "./answers.js";

const SHOWN_CAUSES = 5;

/** "62%" or "under 1%": how well the answers fit a cause. */
export function percent(score) {
  const p = Math.round(score * 100);
  return p < 1 ? "under 1%" : `${p}%`;
}

function findingPhrase(kb, id, value) {
  const label = kb.findingsById.get(id)?.label ?? id;
  return `${label}: ${value === true ? "yes" : value === false ? "no" : "not sure"}`;
}

function triageBanner(kb, result, idFor) {
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
    ? h("p", { class: "sc-triage-call", "data-testid": "call-now" }, advice)
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
function warningQuestions(kb, result, actions) {
  const { unanswered_red_flags: missing = [], unsure_red_flags: unsure = [] } = result.triage;
  const texts = (ids) => h("ul", {}, ids.map((id) => h("li", { "data-question-id": id }, kb.questionsById.get(id)?.text ?? id)));
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

/** When the answers do not match the causes Spotcheck knows: the engine's words, and the answers left unexplained. */
function fitMessage(kb, fit) {
  if (!fit || fit.matches_known_causes !== false) return null;
  const labels = (fit.unexplained ?? []).map((id) => kb.findingsById.get(id)?.label ?? id);
  return h("div", { class: "sc-fit", "data-testid": "fit-message" },
    h("p", {}, h("strong", {}, fit.message)),
    labels.length ? [h("h3", {}, "Answers these causes do not explain"),
      h("ul", { "data-testid": "fit-unexplained" }, labels.map((label) => h("li", {}, label)))] : null);
}

function causeCard(kb, kase, condition, open) {
  const about = kb.conditionsById.get(condition.id) ?? {};
  const info = levelInfo(condition.urgency ?? about.urgency);
  const pct = percent(condition.score);
  const fill = h("span", { class: "sc-bar-fill" });
  fill.style.width = `${Math.max(1, Math.round(condition.score * 100))}%`; // CSSOM: allowed under style-src 'self'
  const phrases = (ids) => ids.map((id) => h("li", {}, findingPhrase(kb, id, kase.findings[id])));
  const section = (title, body) => (body ? [h("h4", {}, title), body] : null);
  return h("li", { class: "sc-cause", "data-condition-id": condition.id },
    h("div", { class: "sc-cause-head" },
      h("h3", { class: "sc-cause-name" }, condition.name ?? about.name),
      h("span", { class: ["sc-tag", `sc-level-${condition.urgency ?? about.urgency}`] }, info.tag)),
    h("div", { class: "sc-likelihood" },
      h("span", { class: "sc-bar", "aria-hidden": "true" }, fill),
      h("span", { class: "sc-bar-text" }, `Fits your answers: ${pct}`)),
    h("details", { class: "sc-cause-more", open },
      h("summary", {}, "Why, what to do, and warning signs", h("span", { class: "sc-visually-hidden" }, `: ${condition.name}`)),
      about.description ? h("p", {}, about.description) : null,
      section("What fits", condition.for?.length ? h("ul", { class: "sc-for" }, phrases(condition.for)) : h("p", {}, "No answer points to it yet.")),
      section("What does not fit", condition.against?.length ? h("ul", { class: "sc-against" }, phrases(condition.against)) : null),
      section("What to do", about.care?.length ? h("ul", {}, about.care.map((t) => h("li", {}, t))) : null),
      section("Get help sooner if", about.warning_signs?.length ? h("ul", {}, about.warning_signs.map((t) => h("li", {}, t))) : null),
      section("Sources", sourceList(kb.sources, about.sources))));
}

function causesSection(kb, kase, result, idFor) {
  const titleId = idFor("causes");
  const listId = idFor("more-causes");
  const top = result.conditions.slice(0, SHOWN_CAUSES);
  const rest = result.conditions.slice(SHOWN_CAUSES);
  const restList = h("ol", { id: listId, class: "sc-causes", start: SHOWN_CAUSES + 1, hidden: true },
    rest.map((c) => causeCard(kb, kase, c, false)));
  const toggle = h("button", {
    type: "button", class: "sc-button sc-noprint", "aria-expanded": "false", "aria-controls": listId,
    onclick: () => {
      const show = restList.hidden;
      restList.hidden = !show;
      toggle.setAttribute("aria-expanded", String(show));
      toggle.textContent = show ? "Show fewer causes" : `Show all ${result.conditions.length} causes`;
    },
  }, `Show all ${result.conditions.length} causes`);
  return h("section", { class: "sc-section", "aria-labelledby": titleId, "data-testid": "causes" },
    h("h2", { id: titleId }, "Possible causes, most likely first"),
    h("p", { class: "sc-hint" }, "The percentage says how well your answers fit each cause compared with the others. It is not a diagnosis."),
    fitMessage(kb, result.fit),
    h("ol", { class: "sc-causes" }, top.map((c, i) => causeCard(kb, kase, c, i === 0))),
    rest.length ? [restList, toggle] : null);
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
 * actions: { change(index), continueQuestions(), answerWarnings(), print(), copy(text), link(), restart() }.
 */
export function resultsScreen({ kb, iv, kase, result, actions, questionsById, idFor }) {
  const answersId = idFor("answers");
  return h("div", { class: "sc-results" },
    triageBanner(kb, result, idFor),
    warningQuestions(kb, result, actions),
    notADiagnosis(kb),
    // The box above already offers the questions that matter most.
    result.next_question && !incomplete(result) ? h("div", { class: "sc-more sc-noprint", "data-testid": "more-questions" },
      h("p", {}, "More questions could change this advice or the likely causes."),
      h("button", { type: "button", class: "sc-button", "data-testid": "continue-questions", onclick: actions.continueQuestions }, "Answer more questions")) : null,
    changesSection(kb, result, idFor),
    causesSection(kb, kase, result, idFor),
    h("section", { class: "sc-section", "aria-labelledby": answersId },
      h("h2", { id: answersId }, "Your answers"),
      h("p", { class: "sc-hint" }, "Change any answer and the advice updates."),
      answersList({ iv, questionsById, onChange: actions.change })),
    actionsSection(actions, idFor));
}
