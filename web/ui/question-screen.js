// The interview screen: an emergency alert when the answers so far call for
// one, the progress, the question, navigation, and every answer so far.
import { h } from "./dom.js";
import { icon } from "./levels.js";
import { questionCard } from "./question.js";
import { answersList } from "./answers.js";

// number: the question on screen; after: the engine's estimate of the
// questions likely left after it (progress.js). The bar never claims to be
// finished before the results.
function progress(number, after) {
  const bar = h("span", { class: "sc-bar-fill" });
  bar.style.width = `${Math.min(95, Math.round((number / (number + after)) * 100))}%`;
  const estimate = after === 0 ? "this may be the last" : after === 1 ? "about 1 more" : `about ${after} more`;
  return h("div", { class: "sc-progress", "data-testid": "progress", "data-questions-after": String(after) },
    h("p", { class: "sc-progress-text" }, h("strong", {}, `Question ${number}`), ` · ${estimate}`),
    h("span", { class: "sc-bar", "aria-hidden": "true" }, bar));
}

// advice: the engine's advice for the answers so far (an emergency's).
function emergencyAlert(advice, onSeeAdvice) {
  return h("div", { class: "sc-alert", "data-testid": "emergency-alert" },
    icon("alert", "sc-icon sc-alert-icon"),
    h("div", {},
      h("p", {}, h("strong", {}, "This could be an emergency. "), advice),
      h("p", {}, "You do not need to finish the questions."),
      h("button", { type: "button", class: "sc-button", "data-testid": "see-advice", onclick: onSeeAdvice }, "See the advice")));
}

/**
 * question: the question to show; previous: its recorded findings when it is
 * asked again; level and advice: the triage of the answers so far;
 * questionsAfter: how many questions are likely left after this one; actions: { answer,
 * back, resultsNow, change }; returnToResults: edited from the results;
 * pictures: { base, tone } for the data's pictures, or null.
 */
export function questionScreen({ iv, question, previous, level, advice, questionsAfter, actions, questionsById, idFor, returnToResults, pictures }) {
  const answersId = idFor("answers");
  return h("div", { class: "sc-interview" },
    h("div", { class: "sc-interview-main" },
      level === "emergency" ? emergencyAlert(advice, actions.resultsNow) : null,
      progress(iv.cursor + 1, questionsAfter),
      questionCard({ question, previous, onAnswer: actions.answer, idFor, pictures, subject: iv.subject }),
      h("div", { class: "sc-nav" },
        h("button", { type: "button", class: "sc-button", "data-testid": "back", onclick: actions.back }, "Back"),
        iv.answers.length > 0 ? h("button", { type: "button", class: "sc-link-button", "data-testid": "results-now", onclick: actions.resultsNow },
          returnToResults ? "Back to the results" : "Skip to the results") : null)),
    h("aside", { class: "sc-interview-side", "aria-labelledby": answersId },
      h("h2", { id: answersId, class: "sc-side-title" }, "Your answers so far"),
      answersList({ iv, questionsById, onChange: actions.change, current: iv.cursor })));
}
