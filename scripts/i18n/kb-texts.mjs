// Every person-facing text of the knowledge base (data/*.json and
// data/conditions/*.json), each under one stable catalog id, and the way back:
// the same files with another language's texts put in place.
//
// Ids follow the data: a file's prefix, then the path with each array element
// named by its own id (or the finding an option stands for, or an emergency
// number) and only plain lists (care, warning signs, steps) by position:
//   condition.measles.name            condition.measles.care.0
//   question.q_size.options.size_small.text    rule.fever_non_blanching.reason
//   finding.fever.label   meta.triage_levels.emergency.advice   source.nhs_measles.title
// Keys that are not person-facing (ids, urls, publishers, sources, pictures,
// rule conditions, editors' notes) are never texts. sources.json is not
// translated: a source's title is the name of a published (English) page,
// which the page shows as it is, marked lang="en".

const NOT_TEXT = new Set([
  "id", "url", "publisher", "picture", "finding", "findings", "group", "type", "level", "urgency", "version",
  "regions", "number", "default", "default_number", "default_tone", "sex", "needs", "sources", "implies",
  "systemic_findings", "when", "about", "note", "kb_version", "cause_thresholds", "serious_cause_threshold",
  "age_min", "age_max", "warning_answer", "sums_up", "base_rate", "priors", "likelihoods", "tone",
]);

// File in data/ -> [id prefix, the key whose array holds the file's items (or null)].
function prefixOf(file) {
  if (file.startsWith("conditions/")) return ["condition", null];
  return {
    "findings.json": ["finding", "findings"],
    "questions.json": ["question", "questions"],
    "red_flags.json": ["rule", "rules"],
    "meta.json": ["meta", null],
  }[file] ?? [file.replace(/\.json$/, ""), null];
}

function elementKey(element, index) {
  if (element && typeof element === "object") return element.id ?? element.finding ?? element.number ?? String(index);
  return String(index);
}

// Calls visit(id, holder, key) for every text, in file order.
function walk(value, id, holder, key, visit) {
  if (typeof value === "string") return visit(id, holder, key);
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${id}.${elementKey(v, i)}`, value, i, visit));
  if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) walk(v, `${id}.${k}`, value, k, visit);
}

function visitFile(file, content, visit) {
  if (file === "sources.json") return;
  const [prefix, itemsKey] = prefixOf(file);
  if (file.startsWith("conditions/")) return walk(content, `condition.${content.id}`, null, null, visit);
  for (const [k, v] of Object.entries(content)) {
    if (k === itemsKey && Array.isArray(v)) v.forEach((item, i) => walk(item, `${prefix}.${elementKey(item, i)}`, v, i, visit));
    else if (!NOT_TEXT.has(k)) walk(v, `${prefix}.${k}`, content, k, visit);
  }
}

/** files: { "meta.json": {...}, "conditions/measles.json": {...}, ... } -> { id: English text } */
export function kbTexts(files) {
  const texts = {};
  for (const [file, content] of Object.entries(files))
    visitFile(file, content, (id, holder, key) => {
      if (id in texts) throw new Error(`${file}: two texts share the catalog id ${id}`);
      texts[id] = holder[key];
    });
  return texts;
}

/** The same files with each text replaced by catalog[id] (a text the catalog lacks is left as it is). */
export function applyCatalog(files, catalog) {
  const copy = structuredClone(files);
  for (const [file, content] of Object.entries(copy))
    visitFile(file, content, (id, holder, key) => {
      if (typeof catalog[id] === "string") holder[key] = catalog[id];
    });
  return copy;
}
