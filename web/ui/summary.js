// The doctor's summary: shown only when printing (or saving as PDF).
import { h } from "./dom.js";
import { levelInfo } from "./levels.js";
import { percent } from "./causes.js";
import { answerTextForDoctor, questionText } from "./interview.js";
import { whoText } from "./answers.js";

const TOP = 5;

function questionList(title, ids, questionsById, subject) {
  if (!ids?.length) return null;
  return h("p", {}, h("strong", {}, `${title}: `), ids.map((id) => (questionsById.has(id) ? questionText(questionsById.get(id), subject) : id)).join(" "));
}

function fitLine(kb, fit) {
  if (fit?.matches_known_causes !== false) return null;
  const labels = (fit.unexplained ?? []).map((id) => kb.findingsById.get(id)?.label ?? id);
  return h("p", {}, fit.message, labels.length ? ` Answers the known causes do not explain: ${labels.join("; ")}.` : "");
}

export function printSummary({ kb, iv, result, questionsById }) {
  const { triage } = result;
  return h("div", { class: "sc-summary", "data-testid": "print-summary" },
    h("h2", {}, "Spotcheck: summary for a doctor"),
    h("p", {}, `Made on ${new Date().toISOString().slice(0, 10)} with knowledge base ${result.kb_version ?? kb.version}. `,
      "The answers were given by the person (or a carer), not found on examination. This is not a diagnosis."),
    h("h3", {}, "Advice given"),
    h("p", {}, h("strong", {}, `${levelInfo(triage.level).tag}: `), triage.advice),
    triage.reasons?.length ? h("ul", {}, triage.reasons.map((r) => h("li", {}, r))) : null,
    questionList("Warning-sign questions not answered", triage.unanswered_red_flags, questionsById, iv.subject),
    questionList("Warning-sign questions answered \u201cNot sure\u201d", triage.unsure_red_flags, questionsById, iv.subject),
    fitLine(kb, result.fit),
    h("h3", {}, `Most likely causes (top ${TOP} of ${result.conditions.length})`),
    h("table", { class: "sc-summary-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Cause"), h("th", { scope: "col" }, "Fit"), h("th", { scope: "col" }, "Urgency"))),
      h("tbody", {}, result.conditions.slice(0, TOP).map((c) =>
        h("tr", {}, h("td", {}, c.name), h("td", {}, percent(c.score)), h("td", {}, levelInfo(c.urgency).tag))))),
    h("h3", {}, "Answers"),
    h("table", { class: "sc-summary-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Question"), h("th", { scope: "col" }, "Answer"))),
      h("tbody", {},
        h("tr", {}, h("td", {}, "About the person"), h("td", {}, whoText(iv))),
        iv.answers.map((a) => {
          const q = questionsById.get(a.questionId);
          return h("tr", {}, h("td", {}, questionText(q, iv.subject)), h("td", {}, answerTextForDoctor(q, a.findings)));
        }))));
}
