// The built wasm module through the package entry point, as sites use it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createChecker } from "spotcheck";

const checker = await createChecker();

test("non-blanching spots with a fever are an emergency", () => {
  const r = checker.assess({ findings: { blanches_on_pressure: false, fever: true } });
  assert.equal(r.triage.level, "emergency");
  assert.ok(r.triage.reasons.length > 0);
  assert.equal(r.conditions[0].id === undefined, false);
});

test("a result has the contract's shape", () => {
  const r = checker.assess({ age: 50, sex: "female", findings: { color_bright_red: true, raised: true } });
  assert.ok(["emergency", "urgent", "consult", "self_care"].includes(r.triage.level));
  assert.equal(typeof r.triage.advice, "string");
  assert.ok(Array.isArray(r.conditions) && r.conditions.length >= 20);
  for (const c of r.conditions) {
    assert.ok(c.score >= 0 && c.score <= 1);
    assert.ok(Array.isArray(c.for) && Array.isArray(c.against));
  }
  assert.equal(typeof r.kb_version, "string");
  assert.ok(r.next_question === null || typeof r.next_question.id === "string");
});

test("cases can be passed as JSON text too", () => {
  const r = checker.assess('{"findings":{"difficulty_breathing":true}}');
  assert.equal(r.triage.level, "emergency");
});

test("bad input returns a structured error and the checker keeps working", () => {
  assert.equal(checker.assess({ findings: { fevr: true } }).error.code, "unknown_finding");
  assert.equal(checker.assess(null).error.code, "not_an_object");
  assert.equal(checker.assess("{").error.code, "invalid_json");
  assert.equal(checker.assess({ findings: { fever: true } }).error, undefined);
});

test("createChecker shares one module and describes the knowledge base", async () => {
  const again = await createChecker();
  const d = again.describe();
  assert.ok(d.findings.length >= 69);
  assert.ok(d.conditions.every((c) => c.sources.length > 0 && c.care.length > 0));
  assert.ok(d.questions.some((q) => q.id === "q_glass_test"));
});

test("describe() gives the start screen's emergency signs and the note under every result, each with sources it holds", () => {
  const d = checker.describe();
  const { emergency_signs: signs, results_note: note } = d;
  assert.ok(signs.title && signs.intro && signs.last && signs.items.length >= 3);
  assert.ok(note.title && note.text);
  for (const ids of [signs.sources, note.sources]) {
    assert.ok(ids.length > 0);
    for (const id of ids) assert.ok(d.sources[id]?.url.startsWith("https://"), id);
  }
});

test("describe() gives the emergency numbers by region, what to do while waiting, and the note on a cause calmer than the advice", () => {
  const d = checker.describe();
  const meta = JSON.parse(readFileSync(new URL("../../data/meta.json", import.meta.url), "utf8"));
  assert.deepEqual(d.emergency_call, meta.emergency_call, "passed through as data/meta.json has it");
  assert.deepEqual(d.cause_below_advice, meta.cause_below_advice);
  const call = d.emergency_call;
  assert.ok(call.steps.length >= 3 && call.numbers.length >= 2);
  assert.ok(call.numbers.some((n) => n.number === call.default_number), "the default is one of the numbers");
  const regions = call.numbers.flatMap((n) => n.regions);
  assert.equal(new Set(regions).size, regions.length, "each region under one number");
  for (const n of call.numbers) assert.match(n.number, /^\d{2,4}$/);
  for (const id of call.sources) assert.ok(d.sources[id]?.url.startsWith("https://"), id);
});

// The raw embind module beside the package entry, for the nextQuestion
// binding the public API does not expose (as scripts/bench/node.mjs uses it).
async function rawModule() {
  const dist = dirname(createRequire(import.meta.url).resolve("spotcheck"));
  const factory = (await import(pathToFileURL(join(dist, "spotcheck_wasm.mjs")).href)).default;
  const mod = await factory({ wasmBinary: readFileSync(join(dist, "spotcheck_wasm.wasm")) });
  assert.equal(mod.init(), 0, "loaded: no problem in the answer");
  const encoder = new TextEncoder();
  return {
    nextQuestion(text) {
      const room = text.length * 3, at = mod.inputAddress(room);
      return mod.nextQuestion(encoder.encodeInto(text, mod.HEAPU8.subarray(at, at + room)).written);
    },
  };
}

test("a repeated key is duplicate_key through assess, and a bad case through the nextQuestion binding", async () => {
  const text = '{"findings":{"blanches_on_pressure":false,"fever":true,"fever":false}}';
  assert.deepEqual(checker.assess(text).error.code, "duplicate_key");
  assert.equal(checker.assess(text).error.path, "findings.fever");
  assert.equal(checker.assess('{"age":30,"age":31}').error.path, "age");
  const raw = await rawModule();
  assert.equal(raw.nextQuestion(text), -2, "refused, not answered with one of the values");
  assert.equal(raw.nextQuestion('{"age":30,"age":31}'), -2);
  assert.ok(raw.nextQuestion('{"findings":{"blanches_on_pressure":false,"fever":true}}') >= -1);
  // Without the repeat the same answers are an emergency: nothing was dropped silently before refusing.
  assert.equal(checker.assess('{"findings":{"blanches_on_pressure":false,"fever":true}}').triage.level, "emergency");
});

test("age_months: whole months for babies, implying the age in years", () => {
  const months = checker.assess({ age_months: 2, findings: { fever: true } });
  assert.equal(months.error, undefined);
  assert.ok(["emergency", "urgent", "consult", "self_care"].includes(months.triage.level));
  assert.equal(checker.assess({ age: 1, age_months: 14 }).error, undefined);
  assert.equal(checker.assess({ age: 1, age_months: 11 }).error.code, "invalid_value");
  assert.equal(checker.assess({ age_months: 24 }).error.code, "age_out_of_range");
});

test("the result says which red-flag questions are unanswered or answered 'not sure'", () => {
  const redFlags = checker.describe().questions.filter((q) => q.red_flag);
  assert.ok(redFlags.length > 0);
  const none = checker.assess({ findings: {} });
  assert.deepEqual(none.triage.unanswered_red_flags, redFlags.map((q) => q.id));
  assert.deepEqual(none.triage.unsure_red_flags, []);
  // The first answered "not sure", the second answered: the first is unsure, neither is unanswered.
  const findings = {};
  for (const f of redFlags[0].findings) findings[f] = "unknown";
  for (const f of redFlags[1]?.findings ?? []) findings[f] = false;
  const some = checker.assess({ findings });
  assert.deepEqual(some.triage.unanswered_red_flags, redFlags.slice(2).map((q) => q.id));
  assert.deepEqual(some.triage.unsure_red_flags, [redFlags[0].id]);
  // Every red-flag question answered: the advice is complete.
  for (const q of redFlags) for (const f of q.findings) findings[f] = false;
  const all = checker.assess({ findings });
  assert.deepEqual(all.triage.unanswered_red_flags, []);
  assert.deepEqual(all.triage.unsure_red_flags, []);
});

// The texts shown after the start screen (causes' description, care and
// warning signs; findings' labels; the sources the start screen does not
// cite; the rules' reasons; the questions' words) are kept out of the wasm,
// in spotcheck_texts.json and spotcheck_interview_texts.json, so the page's first load is smaller
// (scripts/bundle-kb.mjs --texts). Every text in data/ must still reach
// describe() and every result, exactly, once loaded, and no answer goes out
// before.
test("describe() has every cause's, finding's and question's texts and every source from data/, and deferTexts leaves them (but the start screen's sources) for loadTexts()", async () => {
  const dataDir = join(dirname(new URL(import.meta.url).pathname), "..", "..", "data");
  const causes = readdirSync(join(dataDir, "conditions")).map((n) => JSON.parse(readFileSync(join(dataDir, "conditions", n), "utf8")));
  const findings = JSON.parse(readFileSync(join(dataDir, "findings.json"), "utf8")).findings;
  const questions = JSON.parse(readFileSync(join(dataDir, "questions.json"), "utf8")).questions;
  const expectTexts = (d) => {
    const qById = new Map(d.questions.map((q) => [q.id, q]));
    for (const q of questions) {
      const shown = qById.get(q.id);
      for (const key of ["text", "help", "text_for", "help_by_tone", "figure"]) assert.deepEqual(shown[key], q[key], `${q.id}.${key}`);
      for (const option of q.options ?? []) {
        const { finding, ...words } = option;
        const { finding: same, ...shownWords } = shown.options.find((o) => o.finding === finding);
        assert.deepEqual(shownWords, words, `${q.id} option ${finding}`);
      }
    }
    const byId = new Map(d.conditions.map((c) => [c.id, c]));
    for (const c of causes) {
      assert.equal(byId.get(c.id).description, c.description, c.id);
      assert.deepEqual(byId.get(c.id).care, c.care, c.id);
      assert.deepEqual(byId.get(c.id).warning_signs, c.warning_signs, c.id);
    }
    const fById = new Map(d.findings.map((f) => [f.id, f]));
    for (const f of findings) assert.deepEqual([fById.get(f.id).label, fById.get(f.id).text], [f.label, f.text], f.id);
  };
  expectTexts(checker.describe());

  const deferred = await createChecker({ deferTexts: true });
  const before = deferred.describe();
  assert.equal(before.conditions.length, causes.length);
  assert.ok(before.conditions.every((c) => c.description === undefined && c.care === undefined && c.name && c.sources.length));
  assert.ok(before.findings.every((f) => f.label === undefined && f.group));
  assert.ok(before.questions.every((q) => q.text === "" && q.help === undefined && (q.options ?? []).every((o) => o.text === "" && o.picture === undefined)));
  const emergency = { findings: { fever: true, blanches_on_pressure: false } };
  assert.equal(deferred.assess(emergency).error.code, "texts_not_loaded", "no advice before its reasons are here");
  // The sources come with the texts too, but for those the start screen cites.
  const sources = JSON.parse(readFileSync(join(dataDir, "sources.json"), "utf8"));
  const onStart = JSON.parse(readFileSync(join(dataDir, "meta.json"), "utf8")).emergency_signs.sources;
  assert.ok(onStart.length > 0);
  assert.deepEqual(Object.keys(before.sources).sort(), [...onStart].sort());
  // The interview's words first (what the page needs for its first question): answers, no causes' texts yet.
  await deferred.loadTexts({ results: false });
  const interviewOnly = deferred.describe();
  assert.ok(interviewOnly.conditions.every((c) => c.description === undefined));
  assert.deepEqual(interviewOnly.questions, checker.describe().questions);
  assert.deepEqual(deferred.assess(emergency), checker.assess(emergency));
  await deferred.loadTexts();
  expectTexts(deferred.describe());
  // Once here, the page's checker answers as the one made without deferTexts, reasons and next question included.
  for (const kase of [emergency, { age: 2, findings: {} }, { age: 30, findings: { itchy: true } }])
    assert.deepEqual(deferred.assess(kase, { questionsLeft: true }), checker.assess(kase, { questionsLeft: true }));
  const reasons = deferred.assess(emergency).triage.reason_details;
  const rules = JSON.parse(readFileSync(join(dataDir, "red_flags.json"), "utf8")).rules;
  assert.ok(reasons.length > 0 && reasons.every((r) => r.text === rules.find((rule) => rule.id === r.rule).reason));
  const full = checker.describe().sources;
  assert.deepEqual(deferred.describe().sources, full);
  for (const [id, source] of Object.entries(sources)) {
    if (id === "about") continue;
    assert.deepEqual([full[id].title, full[id].publisher, full[id].url], [source.title, source.publisher, source.url ?? ""], id);
  }

  // Not in the wasm: a description's words are not among its bytes.
  const wasm = readFileSync(join(dirname(createRequire(import.meta.url).resolve("spotcheck")), "spotcheck_wasm.wasm")).toString("latin1");
  assert.ok(!wasm.includes(causes[0].description.slice(0, 40)), "a cause's description is embedded in the wasm");
  const kept = Object.keys(sources).find((id) => id !== "about" && !onStart.includes(id));
  assert.ok(!wasm.includes(sources[kept].url), `source ${kept}'s link is embedded in the wasm`);
  assert.ok(!wasm.includes(rules[0].reason.slice(0, 40)), "a rule's reason is embedded in the wasm");
  assert.ok(!wasm.includes(questions[0].text.slice(0, 40)), "a question's wording is embedded in the wasm");
  assert.ok(wasm.includes(JSON.stringify(causes[0].name).slice(1, -1)), "the causes' names stay in the wasm (results need them at once)");
});
