// "Your answers": each answer so far, in the order asked, with a Change button.
import { h } from "./dom.js";
import { answerText, questionText } from "./interview.js";

// Worded so no plural is needed ("Age in months: 5"), in any language.
function whoText(iv, t) {
  const age = iv.ageMonths !== null ? t("ui.answers.age_months", { months: t.number(iv.ageMonths) })
    : iv.age === null ? t("ui.answers.age_none") : t("ui.answers.age_years", { years: t.number(iv.age) });
  const sex = t(iv.sex === null ? "ui.answers.sex_none" : `ui.answers.sex_${iv.sex}`);
  return t("ui.answers.who", { age, sex });
}

/**
 * iv: the interview; questionsById; onChange(index | "about"); current: the
 * index being asked again (marked), if any.
 */
export function answersList({ iv, questionsById, onChange, t, current = -1 }) {
  const row = (questionText, answer, index, testid) => h("li", {
    class: ["sc-answer", index === current && "sc-answer-current"], "data-testid": testid,
    "aria-current": index === current ? "step" : null,
  },
  h("span", { class: "sc-answer-q" }, questionText),
  h("span", { class: "sc-answer-a" }, answer),
  h("button", { type: "button", class: "sc-link-button sc-noprint", onclick: () => onChange(index) },
    t("ui.answers.change"), h("span", { class: "sc-visually-hidden" }, t("ui.answers.change_what", { question: questionText }))));
  return h("ol", { class: "sc-answers", "data-testid": "answers" },
    row(t("ui.answers.about"), whoText(iv, t), "about", "answer-about"),
    iv.answers.map((a, i) => {
      const q = questionsById.get(a.questionId);
      return row(questionText(q, iv.subject), answerText(q, a.findings, t), i, `answer-${a.questionId}`);
    }));
}

export { whoText };
