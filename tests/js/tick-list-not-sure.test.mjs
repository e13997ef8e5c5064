// A tick list's answer (web/ui/interview.js): ticked options are Yes, an
// option marked "Not sure" is not sure, the others No. A parent who knows a
// child has no rash-with-breathing trouble but cannot tell how much they are
// drinking can say so, and the engine's Not sure rules read it (NICE NG143:
// reduced fluid intake in a child with a fever is amber; the rule
// child_fever_drinking_not_sure).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { answerFindings, answerText, answerTextForDoctor } from "../../web/ui/interview.js";
import { createChecker } from "spotcheck";

const english = JSON.parse(readFileSync(new URL("../../data/i18n/en/ui.json", import.meta.url), "utf8"));
const t = (id, params = {}) => english[id].replace(/\{(\w+)\}/g, (_, k) => params[k]);

const checker = await createChecker();
const kb = checker.describe();
const tickList = (finding) => kb.questions.find((q) => q.type === "multiple" && q.findings.includes(finding));

test("a tick list answer: ticked Yes, marked Not sure not sure, the rest No", () => {
  const q = tickList("poor_fluid_intake");
  const [first] = q.findings.filter((f) => f !== "poor_fluid_intake");
  const findings = answerFindings(q, { picked: [first], unsure: ["poor_fluid_intake"] });
  assert.equal(findings[first], true);
  assert.equal(findings.poor_fluid_intake, "unknown");
  for (const f of q.findings.filter((f) => f !== first && f !== "poor_fluid_intake")) assert.equal(findings[f], false, f);
  // An answer from before this change (no unsure list) reads as it did.
  assert.deepEqual(answerFindings(q, { picked: [first] }), Object.fromEntries(q.findings.map((f) => [f, f === first])));
});

test("the answer reads back with what was ticked and what is not sure, and the doctor's copy with what was No", () => {
  const q = tickList("poor_fluid_intake");
  const option = (f) => q.options.find((o) => o.finding === f).text;
  const [first, other] = q.findings.filter((f) => f !== "poor_fluid_intake");
  const findings = answerFindings(q, { picked: [first], unsure: ["poor_fluid_intake"] });
  const text = answerText(q, findings, t);
  assert.ok(text.startsWith(option(first)), text);
  assert.ok(text.includes(t("ui.answer.not_sure_about", { options: option("poor_fluid_intake") })), text);
  assert.ok(answerTextForDoctor(q, findings, t).includes(option(other)));
  const onlyUnsure = answerFindings(q, { picked: [], unsure: ["poor_fluid_intake"] });
  assert.equal(answerText(q, onlyUnsure, t), t("ui.answer.not_sure_about", { options: option("poor_fluid_intake") }));
});

test("drinking marked Not sure, for a toddler with a fever, reaches the engine's Not sure rule through the page's answer", () => {
  const q = tickList("poor_fluid_intake");
  const serious = answerFindings(q, { picked: [], unsure: ["poor_fluid_intake"] });
  const kase = { age: 1, age_months: 18, sex: "female",
    findings: { fever: true, blanches_on_pressure: true, feels_very_unwell: false, ...serious } };
  const r = checker.assess(kase);
  assert.equal(r.triage.level, "urgent");
  assert.ok(r.triage.reason_details.some((d) => d.rule === "child_fever_drinking_not_sure"), JSON.stringify(r.triage.reason_details));
  // Every option answered No: the toddler's fever alone does not make it the same day.
  const none = answerFindings(q, "none");
  assert.ok(!checker.assess({ ...kase, findings: { ...kase.findings, ...none } }).triage.reason_details
    .some((d) => d.rule === "child_fever_drinking_not_sure"));
});
