// The clinical review's Appendix A cases (../shared/reviews/clinical-review.md)
// and the "Not sure" cases from the new-user walk, each with the triage its
// source calls for (tests/fixtures/safety-cases.json names the source).
// Every one must be right, as a whole case and with the engine's own interview.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createChecker } from "spotcheck";

const cases = JSON.parse(readFileSync(new URL("../fixtures/safety-cases.json", import.meta.url), "utf8"));
const checker = await createChecker();

for (const c of cases) {
  test(`${c.id}: ${c.story} -> ${c.triage.join(" or ")} (${c.source})`, () => {
    const result = checker.assess(c.case);
    assert.equal(result.error, undefined, JSON.stringify(result.error));
    assert.ok(c.triage.includes(result.triage.level), `got ${result.triage.level}: ${result.triage.reasons.join(" | ")}`);
  });
}

// The same people answering the engine's questions; what the case does not
// say is answered "Not sure", as a person who does not know would.
test("as interviews, every safety case ends at an acceptable triage", () => {
  const wrong = [];
  for (const c of cases) {
    const kase = { findings: {} };
    for (const key of ["age", "age_months", "sex"]) if (key in c.case) kase[key] = c.case[key];
    let result = checker.assess(kase);
    for (let asked = 0; result.next_question && asked < 60; asked++) {
      const q = result.next_question, truth = c.case.findings;
      const anyTrue = q.findings.some((f) => truth[f] === true), allFalse = q.findings.every((f) => truth[f] === false);
      for (const f of q.findings) {
        kase.findings[f] = q.type === "yes_no" ? (f in truth ? truth[f] : "unknown") : anyTrue ? truth[f] === true : allFalse ? false : "unknown";
      }
      if (q.type === "single" && anyTrue) { let kept = false; for (const f of q.findings) if (kase.findings[f] === true) kase.findings[f] = !kept, (kept = true); }
      result = checker.assess(kase);
    }
    if (!c.triage.includes(result.triage.level)) wrong.push(`${c.id}: ${result.triage.level}`);
  }
  assert.deepEqual(wrong, []);
});
