// The built wasm module through the package entry point, as sites use it.
import { test } from "node:test";
import assert from "node:assert/strict";
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
