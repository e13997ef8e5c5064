// Every error the engine or spotcheck.mjs gives names its English template in
// data/i18n/en/engine.json (text_id) and the values it names (params): the
// template filled in is the message, word for word, so a catalog can never
// drift from the engine. And every id there is given by some input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createChecker } from "spotcheck";
import { fillTemplate } from "../../dist/localize.mjs";
import { engineTexts, placeholders } from "./support/catalogs.mjs";

const checker = await createChecker();
// The page's checker, asked before its texts are here (spotcheck.mjs deferTexts).
const deferred = await createChecker({ deferTexts: true });
const templates = engineTexts();
const cycle = { findings: {} };
cycle.findings.self = cycle;
const longKey = "k".repeat(30) + "é".repeat(30);

// [what, case, options, checker]: at least one input for each error the API can give.
const battery = [
  ["bytes over the limit within the characters' limit", `{"x":"${"é".repeat(20000)}"}`],
  ["a text over the characters' limit", " ".repeat(40 * 1024)],
  ["an object writing out over the limit", { findings: { fever: true }, note: "a".repeat(40 * 1024) }],
  ["JSON text nested too deep", "[[[[[[[[[[1]]]]]]]]]]"],
  ["an object nested too deep", { findings: { a: { b: { c: { d: { e: { f: { g: { h: {} } } } } } } } } }],
  ["a NUL in the text", '{"age": 3}\u0000'],
  ["a lone surrogate", '{"age": "\uD800"}'],
  ["text that is not JSON", "{"],
  ["a cycle", cycle],
  ["a getter that throws", { get findings() { throw new Error("no reading this"); } }],
  ["a key given twice", '{"age": 3, "age": 4}'],
  ["a long key given twice, cut short", `{"findings": {"${longKey}": true, "${longKey}": true}}`],
  ["JSON text of a number", "42"],
  ["a number", 42],
  ["a Map", { findings: new Map() }],
  ["NaN", { age: NaN }],
  ["-Infinity", { age: -Infinity }],
  ["undefined", { age: undefined }],
  ["a function", { age: () => 1 }],
  ["a symbol", { age: Symbol("age") }],
  ["a BigInt", { age: 1n }],
  ["an unknown field", { zzzzzzzzzzzz: 1 }],
  ["a misspelt field", { finding: {} }],
  ["age as text", { age: "3" }],
  ["age over 120", { age: 121 }],
  ["age not whole", { age: 3.5 }],
  ["age_months as text", { age_months: "3" }],
  ["age_months over the limit", { age_months: 30 }],
  ["age_months not whole", { age_months: 2.5 }],
  ["ages that disagree (0 years)", { age: 5, age_months: 3 }],
  ["ages that disagree (1 year)", { age: 5, age_months: 14 }],
  ["an unknown sex", { sex: "x" }],
  ["findings as an array", { findings: [] }],
  ["an unknown finding", { findings: { zzzzzzzzzzzz: true } }],
  ["a misspelt finding", { findings: { fevr: true } }],
  ["an answer of 1", { findings: { fever: 1 } }],
  ["a language not loaded", { findings: { fever: true } }, { lang: "xx" }],
  ["a checker made with deferTexts, before loadTexts()", { findings: { fever: true } }, {}, deferred],
];

test("each error's message is its engine.json template filled with its params", () => {
  for (const [what, kase, options, asked = checker] of battery) {
    const out = asked.assess(kase, options);
    assert.ok(out.error, `${what}: an error`);
    const { message, text_id: id, params } = out.error;
    assert.ok(id in templates, `${what}: ${id} is in data/i18n/en/engine.json`);
    assert.deepEqual(Object.keys(params).sort(), [...new Set(placeholders(templates[id]))].sort(), `${what}: params are the template's placeholders`);
    assert.equal(fillTemplate(templates[id], params), message, what);
  }
});

test("every id in data/i18n/en/engine.json is given by some input", () => {
  const given = new Set(battery.map(([, kase, options, asked = checker]) => asked.assess(kase, options).error.text_id));
  // engine.error.internal.*: running out of memory, a module not loaded. No
  // input gives them; tests/native/test_text_ids.cpp fills their templates.
  const missing = Object.keys(templates).filter((id) => !given.has(id) && !id.startsWith("engine.error.internal."));
  assert.deepEqual(missing, []);
  assert.ok(Object.keys(templates).some((id) => id.startsWith("engine.error.internal.")));
});

test("values are kept as they were given: numbers as numbers, a cut key as shown", () => {
  assert.deepEqual(checker.assess({ age: 5, age_months: 14 }).error.params, { months: 14, years: 1, age: 5 });
  assert.deepEqual(checker.assess(" ".repeat(40 * 1024)).error.params, { length: 40 * 1024, limit: 32 * 1024 });
  const cut = checker.assess(`{"findings": {"${longKey}": true, "${longKey}": true}}`).error;
  assert.ok(cut.params.key.endsWith("...") && longKey.startsWith(cut.params.key.slice(0, -3)), cut.params.key);
});
