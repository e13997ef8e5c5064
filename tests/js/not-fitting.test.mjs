// Causes that cannot be the person's are not shown as if they might be
// (issue 15: a 3-year-old was shown age-related purpura and blood-thinner
// bleeding). Which causes, and why, come from data/conditions/*.json
// "applies_to", each with its sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createChecker } from "spotcheck";

const checker = await createChecker();
const dir = new URL("../../data/conditions/", import.meta.url);
const conditions = readdirSync(dir).map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")));
const limited = conditions.filter((c) => c.applies_to);
const ids = (list) => list.map((c) => c.id);

test("the knowledge base names causes that do not fit some people, each with a reason and sources", () => {
  assert.ok(limited.length > 0);
  const described = new Map(checker.describe().conditions.map((c) => [c.id, c]));
  for (const c of limited) {
    assert.ok(c.applies_to.sources.length > 0, c.id);
    assert.deepEqual(described.get(c.id).applies_to, c.applies_to, c.id);
  }
});

test("a feverish 3-year-old with purple dots (the review's walk) is not shown the adult-only causes; they are named as left out", () => {
  const kase = { age: 3, findings: { fever: true, blanches_on_pressure: "unknown", color_purple: true, size_pinpoint: true, loc_lower_legs_feet: true } };
  const r = checker.assess(kase);
  const adultOnly = limited.filter((c) => c.applies_to.age_min > 3).map((c) => c.id);
  assert.ok(adultOnly.length > 0);
  for (const id of adultOnly) {
    assert.ok(!ids(r.conditions).includes(id), id);
    assert.ok(ids(r.not_fitting).includes(id), id);
  }
  // The same answers for a 70-year-old: they stay (StatPearls actinic purpura, epidemiology: older adults).
  const older = checker.assess({ ...kase, age: 70 });
  for (const id of adultOnly) assert.ok(ids(older.conditions).includes(id), id);
});

test("blood-thinner bleeding needs a blood thinner: left out after No, kept when not asked or not sure (NHS anticoagulants, side effects)", () => {
  for (const c of limited.filter((c) => c.applies_to.needs)) {
    for (const finding of c.applies_to.needs) {
      const kase = (value) => ({ age: 70, findings: { color_purple: true, unexplained_bruising: true, ...(value === undefined ? {} : { [finding]: value }) } });
      assert.deepEqual(checker.assess(kase(false)).not_fitting.find((n) => n.id === c.id)?.reason, c.applies_to.reason);
      for (const value of [true, "unknown", undefined]) assert.ok(ids(checker.assess(kase(value)).conditions).includes(c.id), `${c.id} ${value}`);
    }
  }
});

test("a cause left out never carries the advice: every cause named by a reason above self-care stays in the list", () => {
  for (const age of [0, 3, 10, 17, 40, 80]) {
    const r = checker.assess({ age, findings: { blanches_on_pressure: false, fever: true, takes_blood_thinner: false, color_purple: true } });
    for (const d of r.triage.reason_details) if (d.condition) assert.ok(ids(r.conditions).includes(d.condition), `${age} ${d.condition}`);
  }
});
