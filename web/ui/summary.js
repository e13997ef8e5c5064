// The doctor's summary: shown only when printing (or saving as PDF).
import { h } from "./dom.js";
import { levelInfo } from "./levels.js";
import { percent } from "./causes.js";
import { answerTextForDoctor, questionText } from "./interview.js";
import { whoText } from "./answers.js";

const TOP = 5;

function questionList(title, ids, questionsById, subject, t) {
  if (!ids?.length) return null;
  return h("p", {}, h("strong", {}, t("ui.common.title_colon", { title })), ids.map((id) => (questionsById.has(id) ? questionText(questionsById.get(id), subject) : id)).join(" "));
}

function fitLine(kb, fit, t) {
  if (fit?.matches_known_causes !== false) return null;
  const labels = (fit.unexplained ?? []).map((id) => kb.findingsById.get(id)?.label ?? id);
  return h("p", {}, fit.message, labels.length ? [" ", t("ui.summary.unexplained", { answers: labels.join(t("ui.common.list_separator")) })] : "");
}

/**
 * kb, result: the describe() data and the result in the summary's language,
 * t: the page's words in it (English or the person's language), with its
 * <div lang dir> so a printed English summary reads left to right.
 */
export function printSummary({ kb, iv, result, t }) {
  const { triage } = result;
  const questionsById = kb.questionsById;
  const date = new Intl.DateTimeFormat(t.lang, { dateStyle: "long" }).format(new Date());
  return h("div", { class: "sc-summary", "data-testid": "print-summary", lang: t.lang, dir: t.dir },
    h("h2", {}, t("ui.summary.title")),
    h("p", {}, t("ui.summary.made", { date, version: result.kb_version ?? kb.version }), " ", t("ui.summary.given_by")),
    h("h3", {}, t("ui.summary.advice")),
    h("p", {}, h("strong", {}, t("ui.common.title_colon", { title: levelInfo(triage.level, t).tag })), triage.advice),
    triage.reasons?.length ? h("ul", {}, triage.reasons.map((r) => h("li", {}, r))) : null,
    questionList(t("ui.summary.not_answered"), triage.unanswered_red_flags, questionsById, iv.subject, t),
    questionList(t("ui.summary.unsure"), triage.unsure_red_flags, questionsById, iv.subject, t),
    fitLine(kb, result.fit, t),
    h("h3", {}, t("ui.summary.causes", { top: t.number(Math.min(TOP, result.conditions.length)), count: t.number(result.conditions.length) })),
    h("table", { class: "sc-summary-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui.summary.cause")), h("th", { scope: "col" }, t("ui.summary.fit")), h("th", { scope: "col" }, t("ui.summary.urgency")))),
      h("tbody", {}, result.conditions.slice(0, TOP).map((c) =>
        h("tr", {}, h("td", {}, c.name), h("td", {}, percent(c.score, t)), h("td", {}, levelInfo(c.urgency, t).tag))))),
    h("h3", {}, t("ui.summary.answers")),
    h("table", { class: "sc-summary-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui.summary.question")), h("th", { scope: "col" }, t("ui.summary.answer")))),
      h("tbody", {},
        h("tr", {}, h("td", {}, t("ui.answers.about")), h("td", {}, whoText(iv, t))),
        iv.answers.map((a) => {
          const q = questionsById.get(a.questionId);
          return h("tr", {}, h("td", {}, questionText(q, iv.subject)), h("td", {}, answerTextForDoctor(q, a.findings, t)));
        }))));
}
