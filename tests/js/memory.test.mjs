// The wasm module answers 100 000 random valid and invalid cases in one
// process with its memory flat. heapBytes() is the size of wasm linear memory:
// it only grows, so any growth after the warm-up means memory kept per call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createChecker } from "spotcheck";

const TOTAL = 100_000;
const WARM_UP = 2_000;
const checker = await createChecker();
const findings = checker.describe().findings.map((f) => f.id);

// Reproducible randomness (mulberry32), so a failure can be replayed.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261123);
const int = (n) => Math.floor(rand() * n);
const pick = (list) => list[int(list.length)];

function validCase() {
  const kase = { findings: {} };
  if (rand() < 0.8) kase.age = int(121);
  if (rand() < 0.7) kase.sex = pick(["female", "male"]);
  const answered = int(findings.length + 1);
  for (let i = 0; i < answered; i++) kase.findings[pick(findings)] = pick([true, false, "unknown"]);
  return kase;
}

// Each bad case with the error code it must get.
const badCases = [
  () => [{ findings: { [pick(findings) + "x"]: true } }, "unknown_finding"],
  () => [{ findings: { [pick(findings)]: pick([1, "yes", null, [], {}]) } }, "invalid_value"],
  () => [{ age: pick([-1, 121, 1e9, -1e9]) }, "age_out_of_range"],
  () => [{ age: pick([0.5, "34", null, true]) }, "invalid_value"],
  () => [{ ...validCase(), [pick(["agee", "__proto__", "constructor", "Findings"])]: 1 }, "unknown_field"],
  () => [pick([null, [], 42, "\"text\"", "[1,2]"]), "not_an_object"],
  () => { const text = JSON.stringify(validCase()); return [text.slice(0, 1 + int(text.length - 2)), "invalid_json"]; },
  () => [`{"findings":{"fever\uD800":true}}`, "invalid_json"],
  () => [{ findings: { fever: [[[[[[[true]]]]]]] } }, "too_large"],
  () => [{ sex: "x".repeat(33 * 1024) }, "too_large"],
  () => [{ findings: { fever: undefined } }, "invalid_value"],
];

function nextCase() {
  if (rand() < 0.5) {
    const kase = validCase();
    return [rand() < 0.3 ? JSON.stringify(kase) : kase, null];
  }
  return pick(badCases)();
}

function assessChecked(i) {
  const [kase, code] = nextCase();
  const out = checker.assess(kase);
  if (code === null) {
    if (!out.triage) assert.fail(`case ${i}: a valid case got ${JSON.stringify(out.error)}`);
  } else if (out.error?.code !== code || Object.keys(out).length !== 1) {
    assert.fail(`case ${i}: expected ${code}, got ${JSON.stringify(out).slice(0, 200)}`);
  }
}

function jsHeapAfterGc() {
  setFlagsFromString("--expose-gc");
  runInNewContext("gc")();
  return process.memoryUsage().heapUsed;
}

test(`${TOTAL} random valid and invalid cases keep the wasm heap flat`, { timeout: 15 * 60 * 1000 }, (t) => {
  for (let i = 0; i < WARM_UP; i++) assessChecked(i);
  const wasmBefore = checker.heapBytes();
  const jsBefore = jsHeapAfterGc();
  const started = performance.now();
  for (let i = WARM_UP; i < TOTAL; i++) assessChecked(i);
  const seconds = (performance.now() - started) / 1000;
  const wasmAfter = checker.heapBytes();
  const jsAfter = jsHeapAfterGc();

  const mb = (bytes) => (bytes / 1048576).toFixed(2);
  t.diagnostic(`wasm heap after ${WARM_UP} warm-up cases: ${wasmBefore} bytes (${mb(wasmBefore)} MB); after ${TOTAL}: ${wasmAfter} bytes (${mb(wasmAfter)} MB)`);
  t.diagnostic(`JS heap after GC: ${mb(jsBefore)} MB before, ${mb(jsAfter)} MB after`);
  t.diagnostic(`${TOTAL - WARM_UP} cases in ${seconds.toFixed(1)} s: ${Math.round((TOTAL - WARM_UP) / seconds)} cases/s`);
  // Linear memory grows in 64 KiB pages; a leak of even one case text per call would need megabytes.
  assert.ok(wasmAfter - wasmBefore <= 64 * 1024, `wasm heap grew by ${wasmAfter - wasmBefore} bytes`);
  assert.ok(jsAfter - jsBefore < 8 * 1048576, `JS heap grew by ${mb(jsAfter - jsBefore)} MB`);
  // The module still answers correctly after all that.
  assert.equal(checker.assess({ findings: { blanches_on_pressure: false, fever: true } }).triage.level, "emergency");
});
