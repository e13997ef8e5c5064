// "Your answers": each answer so far, in the order asked, with a Change button.
import { h } from "./dom.js";
import { answerText, questionText } from "./interview.js";

function whoText(iv) {
  const age = iv.ageMonths !== null ? `Age ${iv.ageMonths} ${iv.ageMonths === 1 ? "month" : "months"}`
    : iv.age === null ? "Age not given" : `Age ${iv.age}`;
  const sex = iv.sex === null ? "sex not given" : iv.sex;
  return `${age}, ${sex}`;
}

/**
 * iv: the interview; questionsById; onChange(index | "about"); current: the
 * index being asked again (marked), if any.
 */
export function answersList({ iv, questionsById, onChange, current = -1 }) {
  const row = (questionText, answer, index, testid) => h("li", {
    class: ["sc-answer", index === current && "sc-answer-current"], "data-testid": testid,
    "aria-current": index === current ? "step" : null,
  },
  h("span", { class: "sc-answer-q" }, questionText),
  h("span", { class: "sc-answer-a" }, answer),
  h("button", { type: "button", class: "sc-link-button sc-noprint", onclick: () => onChange(index) },
    "Change", h("span", { class: "sc-visually-hidden" }, `: ${questionText}`)));
  return h("ol", { class: "sc-answers", "data-testid": "answers" },
    row("About the person", whoText(iv), "about", "answer-about"),
    iv.answers.map((a, i) => {
      const q = questionsById.get(a.questionId);
      return row(questionText(q, iv.subject), answerText(q, a.findings), i, `answer-${a.questionId}`);
    }));
}

export { whoText };
