// Puts another language's words into the engine's answers. The engine always
// answers in English and names where each text came from (ids, and for its
// own sentences text_id and params); a catalog is a flat object of catalog id
// -> text (data/i18n/<lang>/, ids as scripts/i18n/kb-texts.mjs gives them).
// A text the catalog lacks stays English: a person never sees an empty string.
// Pure functions: the input is left as it was.

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** A template with each {name} replaced by params[name] (a name without a value is left as written). */
export function fillTemplate(template, params = {}) {
  return template.replace(PLACEHOLDER, (whole, name) => (params[name] === undefined ? whole : String(params[name])));
}

const textOf = (catalog, id) => (typeof catalog[id] === "string" && catalog[id] !== "" ? catalog[id] : undefined);

// Replaces holder[key] by the catalog's text for `id`, when it has one.
function put(holder, key, catalog, id) {
  const text = textOf(catalog, id);
  if (text !== undefined) holder[key] = text;
}

// describe()'s parts and the catalog prefix of each: the same paths as the
// data files they come from, so the ids are kb-texts.mjs's ids.
const DESCRIPTION_PREFIXES = {
  triage_levels: "meta.triage_levels",
  emergency_signs: "meta.emergency_signs",
  results_note: "meta.results_note",
  emergency_call: "meta.emergency_call",
  cause_below_advice: "meta.cause_below_advice",
  findings: "finding",
  skin_tones: "question.skin_tones",
  subjects: "question.subjects",
  questions: "question",
  conditions: "condition",
};
// The catalog id scheme, shared with the build (scripts/i18n/kb-texts.mjs
// imports these two, so the ids the catalogs are written with and the ids put
// back here cannot drift apart). Keys that are never person-facing texts: ids,
// urls, publishers, sources (a source's title names an English page), pictures,
// rule conditions, thresholds and editors' notes.
export const NOT_TEXT = new Set([
  "id", "url", "publisher", "picture", "finding", "findings", "group", "type", "level", "urgency", "version",
  "regions", "number", "default", "default_number", "default_tone", "sex", "needs", "sources", "implies",
  "systemic_findings", "lasting_findings", "painful_findings", "fit_leaves_out_no_of", "when", "about", "note", "kb_version", "cause_thresholds", "serious_cause_threshold",
  "age_min", "age_max", "warning_answer", "sums_up", "base_rate", "priors", "likelihoods", "tone",
]);

/** An array element's name in a catalog id: its own id, the finding an option stands for, an emergency number, or its position. */
export const elementKey = (element, index) =>
  element && typeof element === "object" ? String(element.id ?? element.finding ?? element.number ?? index) : String(index);

// Every string under `value` whose id the catalog has is replaced in place.
function walk(value, id, catalog) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const itemId = `${id}.${elementKey(item, i)}`;
      if (typeof item === "string") put(value, i, catalog, itemId);
      else walk(item, itemId, catalog);
    });
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (NOT_TEXT.has(key)) continue;
      if (typeof item === "string") put(value, key, catalog, `${id}.${key}`);
      else walk(item, `${id}.${key}`, catalog);
    }
  }
}

// Top-level lists are keyed by their items' ids, without the list's own name
// ("question.q_size", not "question.questions.q_size"), as in the data files.
function walkPart(part, prefix, catalog) {
  if (Array.isArray(part)) for (const item of part) walk(item, `${prefix}.${elementKey(item)}`, catalog);
  else walk(part, prefix, catalog);
}

/** describe() in the catalog's language (a copy). */
export function localizeDescription(description, catalog) {
  const out = structuredClone(description);
  if (!out || out.error) return localizeResult(out, catalog);
  for (const [part, prefix] of Object.entries(DESCRIPTION_PREFIXES)) if (out[part] !== undefined) walkPart(out[part], prefix, catalog);
  return out;
}

// A triage reason in the catalog's words: its template with the cause's name in that language.
function reasonText(detail, catalog, englishNames) {
  const template = textOf(catalog, detail.text_id);
  if (template === undefined) return detail.text;
  const params = { ...detail.params };
  if (params.condition !== undefined) {
    const id = params.condition;
    params.condition = textOf(catalog, `condition.${id}.name`) ?? englishNames.get(id) ?? id;
  }
  return fillTemplate(template, params);
}

function localizeQuestion(question, catalog) {
  const id = `question.${question.id}`;
  put(question, "text", catalog, `${id}.text`);
  if (question.help !== undefined) put(question, "help", catalog, `${id}.help`);
  for (const option of question.options ?? []) put(option, "text", catalog, `${id}.options.${option.finding}.text`);
}

/** A result or an error (from assess(), or describe()'s error) in the catalog's language (a copy). */
export function localizeResult(result, catalog) {
  const out = structuredClone(result);
  if (!out || typeof out !== "object") return out;
  if (out.error) {
    const template = textOf(catalog, out.error.text_id);
    if (template !== undefined) out.error.message = fillTemplate(template, out.error.params);
    return out;
  }
  const englishNames = new Map([...(out.conditions ?? []), ...(out.not_fitting ?? [])].map((c) => [c.id, c.name]));
  const triage = out.triage;
  if (triage) {
    put(triage, "advice", catalog, `meta.triage_levels.${triage.level}.advice`);
    // reasons[] are the reason_details' texts, in the same order.
    const byEnglish = new Map();
    for (const detail of triage.reason_details ?? []) {
      const text = reasonText(detail, catalog, englishNames);
      byEnglish.set(detail.text, text);
      detail.text = text;
    }
    if (Array.isArray(triage.reasons)) triage.reasons = triage.reasons.map((text) => byEnglish.get(text) ?? text);
  }
  if (out.fit?.message !== undefined) put(out.fit, "message", catalog, "meta.unexplained.message");
  for (const c of out.conditions ?? []) put(c, "name", catalog, `condition.${c.id}.name`);
  for (const c of out.not_fitting ?? []) {
    put(c, "name", catalog, `condition.${c.id}.name`);
    put(c, "reason", catalog, `condition.${c.id}.applies_to.reason`);
  }
  if (out.next_question) localizeQuestion(out.next_question, catalog);
  return out;
}
