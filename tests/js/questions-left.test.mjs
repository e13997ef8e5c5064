// The interview's progress tells the truth (issue 15): the engine's
// questions_left estimates the questions still to come, next_question
// included, and the page's "about N more" is that estimate (web/ui/progress.js).
// It comes only when asked for (assess(kase, { questionsLeft: true })): it
// values every open question, which the next question alone needs only once
// the warning-sign questions are done.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createChecker } from "spotcheck";
import { questionsAfter } from "../../web/ui/progress.js";

const checker = await createChecker();
const stories = JSON.parse(readFileSync(new URL("../fixtures/vignettes-own.json", import.meta.url), "utf8"));
// The findings of the warning-sign questions asked first (describe()'s red_flag questions).
const WARNING = new Set(checker.describe().questions.filter((q) => q.red_flag).flatMap((q) => q.findings));

// How a person answers from their story; silence is "not sure".
function answer(question, truth) {
  const out = {};
  const fs = question.findings;
  const anyTrue = fs.some((f) => truth[f] === true), allFalse = fs.every((f) => truth[f] === false);
  let kept = false;
  for (const f of fs) {
    out[f] = question.type === "yes_no" ? (f in truth ? truth[f] : "unknown") : anyTrue ? truth[f] === true : allFalse ? false : "unknown";
    if (question.type === "single" && out[f] === true) out[f] = !kept, (kept = true);
  }
  return out;
}

// Every step of one interview: the estimate, and the questions that were in fact left.
function steps(kase, truth) {
  const estimates = [];
  for (let i = 0; i < 60; i++) {
    const r = checker.assess(structuredClone(kase), { questionsLeft: true });
    assert.equal(r.error, undefined);
    assert.ok(Number.isInteger(r.questions_left), "questions_left is a whole number");
    assert.equal(r.questions_left === 0, r.next_question === null, "0 exactly when the interview is over");
    assert.ok(r.questions_left >= r.triage.unanswered_red_flags.length, "the open warning-sign questions are all counted");
    estimates.push(r.questions_left);
    if (!r.next_question) break;
    Object.assign(kase.findings, answer(r.next_question, truth));
  }
  return estimates.map((estimate, i) => ({ estimate, left: estimates.length - 1 - i }));
}

test("questions_left is 0 only at the end and counts the open warning-sign questions", () => {
  for (const who of [{ age: 30, sex: "female" }, { age: 3 }, { age: 0, age_months: 2 }, { age: 70, sex: "male" }]) {
    const walk = steps({ ...who, findings: {} }, {}); // never sure
    assert.equal(walk.at(-1).estimate, 0);
    assert.ok(walk.length > 1);
  }
});

test("on our own stories, the estimate is near the questions in fact left", () => {
  const errors = stories.flatMap((s) => steps({ age: s.case.age, sex: s.case.sex, findings: {} }, s.case.findings))
    .map(({ estimate, left }) => estimate - left);
  errors.sort((a, b) => a - b);
  const median = errors[errors.length >> 1];
  const meanAbs = errors.reduce((n, e) => n + Math.abs(e), 0) / errors.length;
  // It assumes the questions keep their value; answers usually lower it, so it
  // leans long, but by a few questions, not the old fixed "fewer than 15".
  assert.ok(Math.abs(median) <= 3, `median error ${median}`);
  assert.ok(meanAbs <= 4, `mean absolute error ${meanAbs.toFixed(2)}`);
});

test("without questionsLeft the result has no estimate, and everything else is the same", () => {
  for (const s of stories) {
    // The start, the warning signs answered, and the whole story.
    const cases = [{ age: s.case.age, sex: s.case.sex, findings: {} }, { ...s.case }];
    const warnings = Object.fromEntries(Object.entries(s.case.findings).filter(([f]) => WARNING.has(f)));
    cases.push({ age: s.case.age, sex: s.case.sex, findings: warnings });
    for (const kase of cases) {
      const plain = checker.assess(structuredClone(kase));
      const { questions_left, ...rest } = checker.assess(structuredClone(kase), { questionsLeft: true });
      assert.equal("questions_left" in plain, false, s.id);
      assert.ok(Number.isInteger(questions_left), s.id);
      assert.deepEqual(plain, rest, s.id);
    }
  }
});

test("the page shows the questions after the one on screen", () => {
  const r = checker.assess({ age: 30, findings: {} }, { questionsLeft: true });
  // A new question: the estimate less the one on screen.
  assert.equal(questionsAfter({ cursor: 0, answers: [] }, r), r.questions_left - 1);
  // Gone back to the second of three answers: the third is ahead again, then the estimate.
  const answers = [{}, {}, {}];
  assert.equal(questionsAfter({ cursor: 1, answers }, r), 1 + r.questions_left);
  // After the last question, nothing is left.
  assert.equal(questionsAfter({ cursor: 0, answers: [] }, { questions_left: 1 }), 0);
  // Answering the warning signs the results listed: the others still listed.
  assert.equal(questionsAfter({ cursor: 3, answers, asking: "q" }, r), r.triage.unanswered_red_flags.length - 1);
});
