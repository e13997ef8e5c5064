// localize.mjs puts a catalog's words into every person-facing text of
// describe() and of a result, under the ids scripts/i18n/kb-texts.mjs gives
// them. Proved with a catalog where each English id maps to "<<id>>": after
// localizing, no English is left, and each field holds its own id's text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createChecker } from "spotcheck";
import { fillTemplate, localizeDescription, localizeResult } from "../../dist/localize.mjs";
import { allEngineTexts, fakeCatalog, fakeText } from "./support/catalogs.mjs";

const checker = await createChecker();
const english = allEngineTexts();
const catalog = fakeCatalog(english);
const fixture = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

// Keys whose strings are not texts: ids, levels, pictures, urls, publishers,
// and sources' titles (the names of English pages, shown as they are).
const NOT_TEXT = new Set(["id", "kb_version", "type", "group", "picture", "finding", "findings", "level", "urgency", "default", "default_number",
  "number", "regions", "sources", "sex", "needs", "rule", "condition", "text_id", "unexplained", "unanswered_red_flags", "unsure_red_flags",
  "for", "against"]);

// Every text under `value`, with its path: [path, string].
function texts(value, path = "", out = []) {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      // describe().findings holds the findings' texts; "findings" anywhere else is a list of ids.
      if ((NOT_TEXT.has(k) && !(path === "" && k === "findings")) || (k === "params" && path.includes("reason_details"))) continue;
      texts(v, path ? `${path}.${k}` : k, out);
    }
  return out;
}

const isFake = (text) => /^<<[a-z0-9_.]+( [^>]*)?>>$/.test(text) || /^<<[a-z0-9_.]+ <<[a-z0-9_.]+>>>>$/.test(text);

test("the fake catalog holds every English id of the knowledge base and the engine", () => {
  assert.ok(Object.keys(catalog).length > 1000, `${Object.keys(catalog).length} ids`);
  for (const [id, text] of Object.entries(english)) assert.ok(isFake(catalog[id]) && !catalog[id].includes(text), id);
});

test("describe() localized: no English text is left, and each field holds its own id", async () => {
  const description = checker.describe();
  const { sources, ...rest } = localizeDescription(description, catalog);
  const left = texts(rest).filter(([, text]) => !isFake(text));
  assert.deepEqual(left, [], `English left: ${JSON.stringify(left.slice(0, 5))}`);
  // Every localized text is the one its English text had: "<<id>>" where english[id] was the English.
  const before = new Map(texts(description));
  for (const [path, text] of texts(rest)) {
    const id = text.slice(2, -2).split(" ")[0];
    assert.equal(english[id], before.get(path), `${path} holds ${id}`);
  }
  // Sources are not translated, and the input is left as it was.
  assert.deepEqual(sources, description.sources);
  assert.deepEqual(description, checker.describe());
});

test("describe() localized covers every person-facing id of the knowledge base describe() shows", () => {
  const shown = new Set(texts(localizeDescription(checker.describe(), catalog)).map(([, t]) => t.slice(2, -2).split(" ")[0]));
  // The texts describe() does not carry: rules' reasons, the triage's own sentences and the safety net's words come only with results.
  const onlyInResults = (id) => /^rule\./.test(id) || /^meta\.(reason_texts|unexplained)\./.test(id) || id.startsWith("engine.");
  const missing = Object.keys(english).filter((id) => !onlyInResults(id) && !shown.has(id));
  assert.deepEqual(missing, []);
});

// The cases: our own 60 stories, the safety cases, the stories of causes
// Spotcheck does not know (all in tests/fixtures: the repository's tests
// read nothing outside it), each whole and as the interview starts (age and
// sex, then half the answers), and a case with causes that cannot be the person's.
function cases() {
  const stories = [...fixture("../fixtures/vignettes-own.json"), ...fixture("../fixtures/safety-cases.json"),
    ...fixture("../fixtures/unexplained-stories.json")];
  const out = [];
  for (const { case: kase } of stories) {
    const answers = Object.entries(kase.findings ?? {});
    out.push(kase, { ...kase, findings: {} }, { ...kase, findings: Object.fromEntries(answers.slice(0, answers.length >> 1)) });
  }
  out.push({ age: 3, findings: { fever: true, blanches_on_pressure: "unknown", color_purple: true, size_pinpoint: true, loc_lower_legs_feet: true } });
  // One early answer that points at a cause needing a doctor, not yet strongly enough: the calm reason that says so.
  out.push({ age: 30, findings: { honey_coloured_crust: true } });
  return out;
}

test("every result field is replaced, over our own stories, the safety cases and the unknown causes", () => {
  const seen = new Set();
  for (const kase of cases()) {
    const result = checker.assess(kase);
    const out = localizeResult(result, catalog);
    const label = JSON.stringify(kase);
    const left = texts(out).filter(([, text]) => !isFake(text));
    assert.deepEqual(left, [], `${label}: English left`);
    const { triage } = out;
    assert.equal(triage.advice, fakeText(`meta.triage_levels.${triage.level}.advice`, ""), label);
    for (const d of triage.reason_details) {
      const name = d.params ? fakeText(`condition.${d.params.condition}.name`, "") : undefined;
      assert.equal(d.text, fillTemplate(catalog[d.text_id], { condition: name }), `${label}: ${d.text_id}`);
      seen.add(d.text_id.replace(/^rule\..*/, "rule"));
    }
    assert.deepEqual(triage.reasons, triage.reason_details.map((d) => d.text), label);
    if (result.fit.message !== undefined) assert.equal(out.fit.message, "<<meta.unexplained.message>>"), seen.add("fit.message");
    out.conditions.forEach((c) => assert.equal(c.name, `<<condition.${c.id}.name>>`));
    for (const c of out.not_fitting) {
      assert.deepEqual([c.name, c.reason], [`<<condition.${c.id}.name>>`, `<<condition.${c.id}.applies_to.reason>>`]);
      seen.add("not_fitting");
    }
    const q = out.next_question;
    if (q) {
      assert.equal(q.text, `<<question.${q.id}.text>>`);
      if (q.help !== undefined) assert.equal(q.help, `<<question.${q.id}.help>>`), seen.add("help");
      for (const o of q.options ?? []) assert.equal(o.text, `<<question.${q.id}.options.${o.finding}.text>>`), seen.add("options");
    }
    // The engine's own result is untouched: English, ids and all.
    assert.deepEqual(result, checker.assess(kase));
  }
  // The cases reach every kind of text a result can hold.
  for (const kind of ["rule", "meta.reason_texts.cause_best", "meta.reason_texts.calm_harmless", "meta.reason_texts.calm_unclear",
    "meta.reason_texts.cause_rule_out_today", "meta.unexplained.reason", "fit.message", "not_fitting", "help", "options"])
    assert.ok(seen.has(kind), `no case gave ${kind}`);
});

test("a text the catalog lacks stays English, never empty", () => {
  const result = checker.assess({ age: 16, findings: { blanches_on_pressure: false, fever: true } });
  const partial = { [`meta.triage_levels.${result.triage.level}.advice`]: "", "condition.meningococcal_disease.name": "X" };
  const out = localizeResult(result, partial);
  assert.equal(out.triage.advice, result.triage.advice);
  assert.deepEqual(out.triage.reason_details.map((d) => d.text), result.triage.reason_details.map((d) => d.text));
  assert.ok(out.conditions.some((c) => c.name === "X"));
  const description = localizeDescription(checker.describe(), {});
  assert.deepEqual(description, checker.describe());
});

test("an error's message is its template in the catalog with the error's values", () => {
  const error = checker.assess({ findings: { fevr: true } });
  const out = localizeResult(error, catalog);
  assert.equal(out.error.message, "<<engine.error.unknown_finding_suggestion fevr fever>>");
  assert.deepEqual({ ...out.error, message: error.error.message }, error.error);
});
