// The interview screen: an emergency alert when the answers so far call for
// one, the progress, the question, navigation, and every answer so far.
import { h } from "./dom.js";
import { icon } from "./levels.js";
import { questionCard } from "./question.js";
import { answersList } from "./answers.js";

// number: the question on screen; after: the engine's estimate of the
// questions likely left after it (progress.js). The bar never claims to be
// finished before the results.
function progress(number, after, t) {
  const bar = h("span", { class: "sc-bar-fill" });
  bar.style.width = `${Math.min(95, Math.round((number / (number + after)) * 100))}%`;
  const estimate = after === 0 ? t("ui.progress.maybe_last") : t("ui.progress.about_more", { count: t.number(after) });
  return h("div", { class: "sc-progress", "data-testid": "progress", "data-questions-after": String(after) },
    h("p", { class: "sc-progress-text" }, h("strong", {}, t("ui.progress.question", { number: t.number(number) })), " · ", estimate),
    h("span", { class: "sc-bar", "aria-hidden": "true" }, bar));
}

// advice: the engine's advice for the answers so far (an emergency's).
function emergencyAlert(advice, onSeeAdvice, t) {
  return h("div", { class: "sc-alert", "data-testid": "emergency-alert" },
    icon("alert", "sc-icon sc-alert-icon"),
    h("div", {},
      h("p", {}, h("strong", {}, t("ui.interview.could_be_emergency")), " ", advice),
      h("p", {}, t("ui.interview.no_need_to_finish")),
      h("button", { type: "button", class: "sc-button", "data-testid": "see-advice", onclick: onSeeAdvice }, t("ui.interview.see_advice"))));
}

/**
 * question: the question to show; previous: its recorded findings when it is
 * asked again; level and advice: the triage of the answers so far;
 * questionsAfter: how many questions are likely left after this one; actions: { answer,
 * back, resultsNow, change }; returnToResults: edited from the results;
 * pictures: { base, tone } for the data's pictures, or null.
 */
export function questionScreen({ iv, question, previous, level, advice, questionsAfter, actions, questionsById, idFor, t, returnToResults, pictures }) {
  const answersId = idFor("answers");
  return h("div", { class: "sc-interview" },
    h("div", { class: "sc-interview-main" },
      level === "emergency" ? emergencyAlert(advice, actions.resultsNow, t) : null,
      progress(iv.cursor + 1, questionsAfter, t),
      questionCard({ question, previous, onAnswer: actions.answer, idFor, t, pictures, subject: iv.subject }),
      h("div", { class: "sc-nav" },
        h("button", { type: "button", class: "sc-button", "data-testid": "back", onclick: actions.back }, t("ui.common.back")),
        iv.answers.length > 0 ? h("button", { type: "button", class: "sc-link-button", "data-testid": "results-now", onclick: actions.resultsNow },
          t(returnToResults ? "ui.interview.back_to_results" : "ui.interview.skip_to_results")) : null)),
    h("aside", { class: "sc-interview-side", "aria-labelledby": answersId },
      h("h2", { id: answersId, class: "sc-side-title" }, t("ui.interview.answers_so_far")),
      answersList({ iv, questionsById, onChange: actions.change, t, current: iv.cursor })));
}
