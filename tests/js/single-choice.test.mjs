// A single-choice question (one option true, the others false) is read by the
// naive Bayes as one yes and several noes. Its options' likelihoods must form
// a distribution for every cause, or picking an option counts against the
// causes that give it most: clinical review #32 (purpura > 2 mm lowered
// meningococcal disease 4x, NICE NG240) and #33 (the colour question).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const data = new URL("../../data/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, data), "utf8"));
const baseRate = new Map(read("findings.json").findings.map((f) => [f.id, f.base_rate]));
const singles = read("questions.json").questions.filter((q) => q.type === "single");
const conditions = readdirSync(new URL("conditions/", data)).map((name) => read(`conditions/${name}`));
const LOW = 0.85, HIGH = 1.1;

test("there are single-choice questions to check", () => assert.ok(singles.length > 0));

for (const q of singles) {
  test(`${q.id}: for every cause and for the base rates, the options sum to about 1`, () => {
    const ids = q.options.map((o) => o.finding);
    const sum = (p) => ids.reduce((s, f) => s + p(f), 0);
    const off = [];
    const base = sum((f) => baseRate.get(f));
    if (base < LOW || base > HIGH) off.push(`base rates: ${base.toFixed(2)}`);
    for (const c of conditions) {
      const s = sum((f) => c.likelihoods[f] ?? baseRate.get(f));
      if (s < LOW || s > HIGH) off.push(`${c.id}: ${s.toFixed(2)}`);
    }
    assert.deepEqual(off, []);
  });
}
