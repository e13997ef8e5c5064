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

/** "62%" or "under 1%" (in the page's language, t): how well the answers fit a cause. */
export function percent(score, t) {
  const p = Math.round(score * 100);
  return p < 1 ? t("ui.causes.under_one_percent", { percent: t.percent(0.01) }) : t.percent(p / 100);
}

// Words for a cause's score (a share of the causes Spotcheck knows): read as
// "how likely compared with the others", never as a diagnosis.
export function likelihoodWords(score, t) {
  if (score >= 0.5) return t("ui.causes.most_likely");
  if (score >= 0.1) return t("ui.causes.possible");
  return t("ui.causes.less_likely");
}

function findingPhrase(kb, id, value, t) {
  const label = kb.findingsById.get(id)?.label ?? id;
  const answer = t(value === true ? "ui.common.yes" : value === false ? "ui.common.no" : "ui.common.not_sure");
  return t("ui.causes.finding_answer", { finding: label, answer });
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

function causeCard(kb, kase, condition, { open, level, pictures, t }) {
  const about = kb.conditionsById.get(condition.id) ?? {};
  const urgency = condition.urgency ?? about.urgency;
  const info = levelInfo(urgency, t);
  const fill = h("span", { class: "sc-bar-fill" });
  fill.style.width = `${Math.max(1, Math.round(condition.score * 100))}%`; // CSSOM: allowed under style-src 'self'
  const phrases = (ids) => ids.map((id) => h("li", {}, findingPhrase(kb, id, kase.findings[id], t)));
  const section = (title, body) => (body ? [h("h4", {}, title), body] : null);
  const below = rank(kb, urgency) < rank(kb, level) && kb.causeBelowAdvice?.text;
  // The typical look comes first in the details, beside the words that describe it.
  const more = h("details", { class: "sc-cause-more", open },
    h("summary", {}, t("ui.causes.more"), h("span", { class: "sc-visually-hidden" }, t("ui.causes.more_what", { cause: condition.name }))));
  more.append(...[
    lazyCauseFigure(more, about.figure, pictures),
    about.description ? h("p", { "data-testid": "cause-description" }, about.description) : null,
    section(t("ui.causes.what_fits"), condition.for?.length ? h("ul", { class: "sc-for" }, phrases(condition.for)) : h("p", {}, t("ui.causes.nothing_fits"))),
    section(t("ui.causes.what_does_not_fit"), condition.against?.length ? h("ul", { class: "sc-against" }, phrases(condition.against)) : null),
    section(t("ui.causes.what_to_do"), about.care?.length ? h("ul", {}, about.care.map((t) => h("li", {}, t))) : null),
    section(t("ui.causes.help_sooner"), about.warning_signs?.length ? h("ul", {}, about.warning_signs.map((t) => h("li", {}, t))) : null),
    section(t("ui.common.sources"), sourceList(kb.sources, about.sources, t)),
  ].flat(Infinity).filter(Boolean));
  return h("li", { class: "sc-cause", "data-condition-id": condition.id, "data-urgency": urgency },
    h("div", { class: "sc-cause-head" },
      h("h3", { class: "sc-cause-name" }, condition.name ?? about.name),
      h("span", { class: ["sc-tag", `sc-level-${urgency}`] }, info.tag)),
    below ? h("p", { class: "sc-cause-below", "data-testid": "cause-below-advice" }, kb.causeBelowAdvice.text) : null,
    h("details", { class: "sc-likelihood" },
      h("summary", {}, h("strong", { "data-testid": "likelihood" }, likelihoodWords(condition.score, t)),
        h("span", { class: "sc-visually-hidden" }, t("ui.causes.how_well_what", { cause: condition.name }))),
      h("p", { class: "sc-likelihood-number" },
        h("span", { class: "sc-bar", "aria-hidden": "true" }, fill),
        h("span", { class: "sc-bar-text" }, t("ui.causes.fits", { percent: percent(condition.score, t) }))),
      h("p", { class: "sc-hint" }, t("ui.causes.fits_hint"))),
    more);
}

/** When the answers do not match the causes Spotcheck knows: the engine's words, and the answers left unexplained. */
function fitMessage(kb, fit, t) {
  if (!fit || fit.matches_known_causes !== false) return null;
  const labels = (fit.unexplained ?? []).map((id) => kb.findingsById.get(id)?.label ?? id);
  return h("div", { class: "sc-fit", "data-testid": "fit-message" },
    h("p", {}, h("strong", {}, fit.message)),
    labels.length ? [h("h3", {}, t("ui.causes.unexplained")),
      h("ul", { "data-testid": "fit-unexplained" }, labels.map((label) => h("li", {}, label)))] : null);
}

export function causesSection(kb, kase, result, idFor, t, pictures = null) {
  const level = result.triage.level;
  const serious = seriousAdvice(kb, level);
  const titleId = idFor("causes");
  const listId = idFor("more-causes");
  const ordered = causeOrder(kb, result);
  const showAll = t("ui.causes.show_all", { count: t.number(ordered.length) });
  const card = (c, i) => causeCard(kb, kase, c, { open: !serious && i === 0, level, pictures, t });
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
      toggle.textContent = show ? t("ui.causes.show_fewer") : showAll;
    },
  }, showAll);
  return h("section", { class: "sc-section", "aria-labelledby": titleId, "data-testid": "causes" },
    h("h2", { id: titleId }, t(serious ? "ui.causes.title_serious" : "ui.causes.title")),
    h("p", { class: "sc-hint" }, t("ui.causes.hint")),
    fitMessage(kb, result.fit, t),
    h("ol", { class: "sc-causes" }, top.map(card)),
    rest.length ? [restList, toggle] : null,
    notFitting(result.not_fitting ?? [], t));
}

// Causes the engine left out because they cannot be this person's (an
// adult-only cause for a child): named, with the data's reason, so their
// absence is not a mystery, but not shown as possible.
function notFitting(list, t) {
  if (list.length === 0) return null;
  return h("div", { class: "sc-hint", "data-testid": "not-fitting" },
    h("p", {}, t("ui.causes.not_fitting")),
    h("ul", {}, list.map((c) => h("li", { "data-cause": c.id }, t("ui.causes.not_fitting_item", { cause: c.name, reason: c.reason })))));
}
