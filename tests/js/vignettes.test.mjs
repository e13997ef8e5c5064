// Clinical stories written independently of the knowledge base
// (tests/fixtures/vignettes-own.json, each with its public source) scored
// through the package, whole and as an interview. Safety first: no story is
// under-triaged and every story that needs an ambulance gets one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createChecker } from "spotcheck";

const LEVELS = ["self_care", "consult", "urgent", "emergency"];
const stories = JSON.parse(readFileSync(new URL("../fixtures/vignettes-own.json", import.meta.url), "utf8"));
const checker = await createChecker();

function judge(story, result) {
  const ids = result.conditions.map((c) => c.id);
  const accepted = [story.expect.condition, ...story.expect.also];
  const level = LEVELS.indexOf(result.triage.level);
  return {
    top1: ids[0] === story.expect.condition,
    top3: ids.slice(0, 3).some((id) => accepted.includes(id)),
    triage: story.expect.triage.includes(result.triage.level),
    under: level < Math.min(...story.expect.triage.map((l) => LEVELS.indexOf(l))),
    emergencyMissed: story.expect.triage.length === 1 && story.expect.triage[0] === "emergency" && result.triage.level !== "emergency",
  };
}

// How a person answers a question from their story; silence is "not sure".
function answer(question, truth) {
  const out = {};
  const fs = question.findings;
  if (question.type === "yes_no") {
    for (const f of fs) out[f] = f in truth ? truth[f] : "unknown";
    return out;
  }
  const anyTrue = fs.some((f) => truth[f] === true);
  const allFalse = fs.every((f) => truth[f] === false);
  let kept = false;
  for (const f of fs) {
    out[f] = anyTrue ? truth[f] === true : allFalse ? false : "unknown";
    if (question.type === "single" && out[f] === true) out[f] = !kept, (kept = true);
  }
  return out;
}

function interview(story) {
  const kase = { age: story.case.age, sex: story.case.sex, findings: {} };
  const asked = new Set();
  for (;;) {
    const result = checker.assess(kase);
    assert.equal(result.error, undefined, JSON.stringify(result.error));
    const q = result.next_question;
    if (!q) return { result, questions: asked.size };
    assert.ok(!asked.has(q.id), `${story.id}: ${q.id} asked twice`);
    asked.add(q.id);
    Object.assign(kase.findings, answer(q, story.case.findings));
  }
}

const rate = (list, key) => list.filter((j) => j[key]).length / list.length;

test("whole stories: safe triage and the right causes near the top", () => {
  const judged = stories.map((s) => ({ id: s.id, ...judge(s, checker.assess(s.case)) }));
  assert.deepEqual(judged.filter((j) => j.under).map((j) => j.id), [], "under-triaged");
  assert.deepEqual(judged.filter((j) => j.emergencyMissed).map((j) => j.id), [], "emergencies missed");
  assert.ok(rate(judged, "top3") >= 0.95, `top-3 ${rate(judged, "top3")}`);
  assert.ok(rate(judged, "top1") >= 0.85, `top-1 ${rate(judged, "top1")}`);
  assert.ok(rate(judged, "triage") >= 0.9, `triage ${rate(judged, "triage")}`);
});

test("as an interview: safe, short, and never repeating a question", () => {
  const runs = stories.map((s) => {
    const { result, questions } = interview(s);
    return { id: s.id, questions, ...judge(s, result) };
  });
  assert.deepEqual(runs.filter((j) => j.under).map((j) => j.id), [], "under-triaged");
  assert.deepEqual(runs.filter((j) => j.emergencyMissed).map((j) => j.id), [], "emergencies missed");
  const mean = runs.reduce((n, r) => n + r.questions, 0) / runs.length;
  // Five red-flag questions are asked of everyone before any other (fever,
  // the glass test, the warning-sign list, very unwell, the special groups:
  // NICE NG240, NHS sepsis, UKHSA; issue 12); the bound moved from 12 to 14
  // when there were seven. Silence is "not sure" here, so these stories are
  // the long end of real interviews.
  assert.ok(mean <= 14, `mean questions ${mean}`);
  assert.ok(rate(runs, "top1") >= 0.8, `top-1 ${rate(runs, "top1")}`);
});
