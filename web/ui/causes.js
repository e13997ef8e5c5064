// The possible causes on the results page. The triage is the story: when the
// advice is urgent or an emergency, the causes that need care as fast as the
// advice come first (the one the engine names as its reason before all), every
// card is closed, and a card whose own urgency is lower than the advice says
// why the advice is higher (describe().cause_below_advice). How well each
// cause fits is said in words; the number is there on request.
import { h } from "./dom.js";
import { levelInfo } from "./levels.js";
import { sourceList } from "./notes.js";
import { lazyCauseFigure } from "./pictures.js";

const SHOWN_CAUSES = 5;

/** "62%" or "under 1%": how well the answers fit a cause. */
export function percent(score) {
  const p = Math.round(score * 100);
  return p < 1 ? "under 1%" : `${p}%`;
}

// Words for a cause's score (a share of the causes Spotcheck knows): read as
// "how likely compared with the others", never as a diagnosis.
export function likelihoodWords(score) {
  if (score >= 0.5) return "Most likely";
  if (score >= 0.1) return "Possible";
  return "Less likely";
}

function findingPhrase(kb, id, value) {
  const label = kb.findingsById.get(id)?.label ?? id;
  return `${label}: ${value === true ? "yes" : value === false ? "no" : "not sure"}`;
}

const rank = (kb, level) => kb.levelOrder.indexOf(level);

/** True when the advice is urgent or an emergency. */
export function seriousAdvice(kb, level) {
  return rank(kb, level) >= rank(kb, "urgent");
}

/**
 * The causes in the order the page shows them. For urgent or emergency
 * advice: the causes the engine gives as its reasons, then those among the
 * top ones that need care as fast as the advice (or, when none of the top
 * ones does, the most likely cause that does: a feverish child's spots that
 * do not fade put meningococcal disease first even when a virus is likelier),
 * then the rest, each group in the engine's order. Otherwise the engine's order.
 */
export function causeOrder(kb, result) {
  const { level, reason_details: details = [] } = result.triage;
  const all = result.conditions;
  if (!seriousAdvice(kb, level)) return all;
  const named = new Set(details.map((d) => d.condition).filter(Boolean));
  const top = all.slice(0, SHOWN_CAUSES);
  const asUrgent = (c) => rank(kb, c.urgency) >= rank(kb, level);
  const urgentTop = top.filter((c) => !named.has(c.id) && asUrgent(c));
  const mostLikelyUrgent = all.find((c) => !named.has(c.id) && asUrgent(c));
  const first = [...all.filter((c) => named.has(c.id)), ...(urgentTop.length || !mostLikelyUrgent ? urgentTop : [mostLikelyUrgent])];
  const firstIds = new Set(first.map((c) => c.id));
  return [...first, ...all.filter((c) => !firstIds.has(c.id))];
}

function causeCard(kb, kase, condition, { open, level, pictures }) {
  const about = kb.conditionsById.get(condition.id) ?? {};
  const urgency = condition.urgency ?? about.urgency;
  const info = levelInfo(urgency);
  const fill = h("span", { class: "sc-bar-fill" });
  fill.style.width = `${Math.max(1, Math.round(condition.score * 100))}%`; // CSSOM: allowed under style-src 'self'
  const phrases = (ids) => ids.map((id) => h("li", {}, findingPhrase(kb, id, kase.findings[id])));
  const section = (title, body) => (body ? [h("h4", {}, title), body] : null);
  const below = rank(kb, urgency) < rank(kb, level) && kb.causeBelowAdvice?.text;
  // The typical look comes first in the details, beside the words that describe it.
  const more = h("details", { class: "sc-cause-more", open },
    h("summary", {}, "Why, what to do, and warning signs", h("span", { class: "sc-visually-hidden" }, `: ${condition.name}`)));
  more.append(...[
    lazyCauseFigure(more, about.figure, pictures),
    about.description ? h("p", { "data-testid": "cause-description" }, about.description) : null,
    section("What fits", condition.for?.length ? h("ul", { class: "sc-for" }, phrases(condition.for)) : h("p", {}, "No answer points to it yet.")),
    section("What does not fit", condition.against?.length ? h("ul", { class: "sc-against" }, phrases(condition.against)) : null),
    section("What to do", about.care?.length ? h("ul", {}, about.care.map((t) => h("li", {}, t))) : null),
    section("Get help sooner if", about.warning_signs?.length ? h("ul", {}, about.warning_signs.map((t) => h("li", {}, t))) : null),
    section("Sources", sourceList(kb.sources, about.sources)),
  ].flat(Infinity).filter(Boolean));
  return h("li", { class: "sc-cause", "data-condition-id": condition.id, "data-urgency": urgency },
    h("div", { class: "sc-cause-head" },
      h("h3", { class: "sc-cause-name" }, condition.name ?? about.name),
      h("span", { class: ["sc-tag", `sc-level-${urgency}`] }, info.tag)),
    below ? h("p", { class: "sc-cause-below", "data-testid": "cause-below-advice" }, kb.causeBelowAdvice.text) : null,
    h("details", { class: "sc-likelihood" },
      h("summary", {}, h("strong", { "data-testid": "likelihood" }, likelihoodWords(condition.score)),
        h("span", { class: "sc-visually-hidden" }, `: ${condition.name}. How well it fits`)),
      h("p", { class: "sc-likelihood-number" },
        h("span", { class: "sc-bar", "aria-hidden": "true" }, fill),
        h("span", { class: "sc-bar-text" }, `Fits your answers: ${percent(condition.score)}`)),
      h("p", { class: "sc-hint" }, "This compares the causes Spotcheck knows. It is not the chance that this is the cause.")),
    more);
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

export function causesSection(kb, kase, result, idFor, pictures = null) {
  const level = result.triage.level;
  const serious = seriousAdvice(kb, level);
  const titleId = idFor("causes");
  const listId = idFor("more-causes");
  const ordered = causeOrder(kb, result);
  const card = (c, i) => causeCard(kb, kase, c, { open: !serious && i === 0, level, pictures });
  const top = ordered.slice(0, SHOWN_CAUSES);
  const rest = ordered.slice(SHOWN_CAUSES);
  const restList = h("ol", { id: listId, class: "sc-causes", start: SHOWN_CAUSES + 1, hidden: true },
    rest.map((c, i) => card(c, SHOWN_CAUSES + i)));
  const toggle = h("button", {
    type: "button", class: "sc-button sc-noprint", "aria-expanded": "false", "aria-controls": listId,
    onclick: () => {
      const show = restList.hidden;
      restList.hidden = !show;
      toggle.setAttribute("aria-expanded", String(show));
      toggle.textContent = show ? "Show fewer causes" : `Show all ${ordered.length} causes`;
    },
  }, `Show all ${ordered.length} causes`);
  return h("section", { class: "sc-section", "aria-labelledby": titleId, "data-testid": "causes" },
    h("h2", { id: titleId }, serious ? "Possible causes, the most serious first" : "Possible causes, most likely first"),
    h("p", { class: "sc-hint" }, "The words say how well your answers fit each cause compared with the others. It is not a diagnosis."),
    fitMessage(kb, result.fit),
    h("ol", { class: "sc-causes" }, top.map(card)),
    rest.length ? [restList, toggle] : null,
    notFitting(result.not_fitting ?? []));
}

// Causes the engine left out because they cannot be this person's (an
// adult-only cause for a child): named, with the data's reason, so their
// absence is not a mystery, but not shown as possible.
function notFitting(list) {
  if (list.length === 0) return null;
  return h("div", { class: "sc-hint", "data-testid": "not-fitting" },
    h("p", {}, "Not listed, because they do not fit:"),
    h("ul", {}, list.map((c) => h("li", { "data-cause": c.id }, `${c.name}. ${c.reason}`))));
}
