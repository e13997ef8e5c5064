// The results: the triage banner first, then the causes with their reasons,
// what would change the advice, the answers, and the actions.
import { h, safeLink } from "./dom.js";
import { levelInfo, icon, EMERGENCY_NUMBERS } from "./levels.js";
import { notADiagnosis } from "./notes.js";
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

function sourceList(kb, ids) {
  const items = (ids ?? []).map((id) => kb.sources[id]).filter(Boolean);
  if (items.length === 0) return null;
  return h("ul", { class: "sc-sources" }, items.map((src) =>
    h("li", {}, safeLink(src.url, src.title), src.publisher ? ` (${src.publisher})` : "")));
}

function triageBanner(result, idFor) {
  const { level, advice, reason_details: details = [], reasons = [] } = result.triage;
  const info = levelInfo(level);
  const titleId = idFor("triage");
  const why = details.length ? details : reasons.map((text) => ({ text }));
  return h("section", {
    class: ["sc-triage", `sc-level-${level}`], "data-testid": "triage", "data-triage-level": level, "aria-labelledby": titleId,
  },
  h("div", { class: "sc-triage-head" }, icon(info.icon, "sc-icon sc-triage-icon"),
    h("h2", { id: titleId, class: "sc-triage-title", tabindex: "-1" }, info.title)),
  // An emergency says what to do first, in the biggest words on the page.
  level === "emergency"
    ? h("p", { class: "sc-triage-call", "data-testid": "call-now" },
      `Call your emergency number now (${EMERGENCY_NUMBERS}), or go to the nearest emergency department. Do not wait for more spots or symptoms.`)
    : h("p", { class: "sc-triage-advice" }, advice),
  why.length ? h("div", { class: "sc-triage-why" },
    h("h3", {}, "Why this advice"),
    h("ul", {}, why.map((r) => h("li", {}, r.text)))) : null);
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
      section("Sources", sourceList(kb, about.sources))));
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
  const levels = [...byLevel.keys()].sort((a, b) => levelInfo(b).rank - levelInfo(a).rank);
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
 * actions: { change(index), continueQuestions(), print(), copy(text), link(), restart() }.
 */
export function resultsScreen({ kb, iv, kase, result, actions, questionsById, idFor }) {
  const answersId = idFor("answers");
  return h("div", { class: "sc-results" },
    triageBanner(result, idFor),
    notADiagnosis(),
    result.next_question ? h("div", { class: "sc-more sc-noprint", "data-testid": "more-questions" },
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
