// A cause's warning sign that names a red-flag situation the engine has a rule
// for must ask for the same care as that rule: a parent who comes back and
// answers the checker must not hear a calmer instruction than the card gave,
// or a louder one. NICE NG143 1.3 (traffic-light table): a baby under 3 months
// with 38 °C or more is a red feature, seen within 2 hours; the engine's rule
// baby_under_3_months_fever gives emergency advice for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const data = new URL("../../data/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, data), "utf8"));
const rules = read("red_flags.json").rules;
const conditions = readdirSync(new URL("conditions/", data)).map((n) => read(`conditions/${n}`));

// What each level's instruction says in a warning sign (data/meta.json's advice words).
const INSTRUCTION = { emergency: /call 999/i, urgent: /today/i };

test("warning signs about a baby under 3 months with 38 °C give the rule's care (NICE NG143 1.3)", () => {
  const rule = rules.find((r) => r.id === "baby_under_3_months_fever");
  assert.ok(rule, "the rule exists");
  const signs = conditions.flatMap((c) =>
    (c.warning_signs ?? []).map((text) => ({ id: c.id, text })).filter(({ text }) => /under 3 months/i.test(text) && /38\s*°?C/.test(text)));
  assert.ok(signs.length > 0, "some cause names the situation");
  // The sentence about the baby under 3 months: up to the next "A baby" or the end.
  const wrong = signs.filter(({ text }) => !INSTRUCTION[rule.level].test(text.split(/(?=A baby 3)/)[0]));
  assert.deepEqual(wrong, []);
});
