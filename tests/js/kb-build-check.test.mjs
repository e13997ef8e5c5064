// A malformed knowledge base fails the build, and the message names the file,
// the JSON path and the problem. Each test corrupts a copy of data/ and runs
// the build's own steps on it: scripts/bundle-kb.mjs, then kb_check (and once,
// the whole CMake build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const kbCheck = join(root, "build", "native", "kb_check");

function copyOfData() {
  const dir = mkdtempSync(join(tmpdir(), "spotcheck-kb-"));
  cpSync(join(root, "data"), join(dir, "data"), { recursive: true });
  return dir;
}

function editJson(path, change) {
  const doc = JSON.parse(readFileSync(path, "utf8"));
  change(doc);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return doc;
}

const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: "utf8", ...options });

function bundle(dir) {
  return run(process.execPath, [join(root, "scripts", "bundle-kb.mjs"), join(dir, "data"), join(dir, "kb.json"), join(dir, "kb.cpp")]);
}

// Bundles and checks a copy of data/ as the build does; returns kb_check's result.
function buildSteps(dir) {
  const b = bundle(dir);
  assert.equal(b.status, 0, b.stderr);
  return run(kbCheck, [join(dir, "kb.json")]);
}

test("kb_check is built", () => assert.ok(existsSync(kbCheck), `${kbCheck} is missing: run node scripts/build.mjs`));

test("the shipped knowledge base passes the same steps", () => {
  const dir = copyOfData();
  const r = buildSteps(dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /knowledge base .* valid/);
  rmSync(dir, { recursive: true });
});

const scurvy = "conditions/scurvy.json";
const faults = [
  ["a probability out of range", scurvy, (c) => (c.likelihoods.fever = 1.5), `data/${scurvy}: $.likelihoods.fever: out of range`],
  ["an unknown finding in a condition", scurvy, (c) => (c.likelihoods.fevr = 0.5), `data/${scurvy}: $.likelihoods.fevr: unknown finding 'fevr'`],
  ["a condition without a source", scurvy, (c) => (c.sources = []), `data/${scurvy}: $.sources: expected a non-empty array`],
  ["an unknown source", scurvy, (c) => (c.sources = ["nowhere"]), `data/${scurvy}: $.sources[0]: unknown source 'nowhere'`],
  ["a missing field", scurvy, (c) => delete c.description, `data/${scurvy}: $.description: missing field`],
  ["an id that does not match the file", scurvy, (c) => (c.id = "scurvy2"), `data/${scurvy}: $.id: id 'scurvy2' does not match the file name`],
  ["an unknown urgency", scurvy, (c) => (c.urgency = "soon"), `data/${scurvy}: $.urgency: unknown triage level 'soon'`],
  ["an age band upside down", scurvy, (c) => (c.prior.by_age = [{ min: 60, max: 10, factor: 2 }]), `data/${scurvy}: $.prior.by_age[0]: min is greater than max`],
  ["a wrong type", "findings.json", (f) => (f.findings[0].base_rate = "high"), "data/findings.json: $.findings[0].base_rate: expected a number"],
  ["a duplicate finding", "findings.json", (f) => f.findings.push({ ...f.findings[0] }),
    (f) => `data/findings.json: $.findings[${f.findings.length - 1}].id: duplicate finding '${f.findings[0].id}'`],
  ["a finding no question asks", "findings.json", (f) => f.findings.push({ id: "orphan", group: "g", label: "l", text: "t", base_rate: 0.1 }),
    "data/questions.json: $.questions: no question asks finding 'orphan'"],
  ["an unknown finding in a rule", "red_flags.json", (r) => (r.rules[0].when = { finding: "fevre" }), "data/red_flags.json: $.rules[0].when.finding: unknown finding 'fevre'"],
  ["an unknown rule operator", "red_flags.json", (r) => (r.rules[1].when = { maybe: [] }), "data/red_flags.json: $.rules[1].when: unknown expression"],
  ["a rule without a source", "red_flags.json", (r) => (r.rules[0].sources = []), "data/red_flags.json: $.rules[0].sources: expected a non-empty array"],
  ["a rule no case can match", "red_flags.json", (r) => (r.rules[2].when = { all: [{ finding: "fever" }, { finding: "fever", is: false }] }), "data/red_flags.json: $.rules[2].when: no case can match this rule"],
  // A warning sign may only raise the advice, so a rule may not read it under a "not" (data/README.md).
  ["a warning answer under a not", "red_flags.json", (r) => (r.rules[0].when = { all: [{ finding: "itchy" }, { not: { finding: "fever" } }] }),
    "data/red_flags.json: $.rules[0].when: the warning answer 'fever' is true, so a rule may not use it under a \"not\""],
  ["an answer a rule cannot read", "red_flags.json", (r) => (r.rules[0].when = { finding: "fever", is: "maybe" }), 'data/red_flags.json: $.rules[0].when.is: expected true, false or "unknown"'],
  ["a warning answer that is not true or false", "findings.json", (f) => (f.findings[0].warning_answer = "yes"), "data/findings.json: $.findings[0].warning_answer: expected true or false"],
  // A No to an option that sums up the others (widespread, among the places) is no evidence (data/README.md).
  ["a summing-up option that is not true or false", "findings.json", (f) => (f.findings[0].sums_up = "yes"), "data/findings.json: $.findings[0].sums_up: expected true or false"],
  ["an unknown question type", "questions.json", (q) => (q.questions[0].type = "essay"), "data/questions.json: $.questions[0].type: unknown question type 'essay'"],
  ["a missing triage level", "meta.json", (m) => m.triage_levels.pop(), "data/meta.json: $.triage_levels: must give advice for all four levels"],
  ["a missing version", "meta.json", (m) => delete m.version, "data/meta.json: $.version: missing field"],
];

for (const [name, file, change, message] of faults) {
  test(`kb_check fails on ${name}, naming file, path and problem`, () => {
    const dir = copyOfData();
    const doc = editJson(join(dir, "data", file), change);
    const expected = typeof message === "function" ? message(doc) : message;
    const r = buildSteps(dir);
    assert.equal(r.status, 1, "kb_check must fail");
    assert.ok(r.stderr.includes(expected), `expected "${expected}" in:\n${r.stderr}`);
    assert.match(r.stderr, /knowledge base invalid: \d+ problem/);
    rmSync(dir, { recursive: true });
  });
}

test("kb_check reports every problem, not just the first", () => {
  const dir = copyOfData();
  editJson(join(dir, "data", scurvy), (c) => ((c.likelihoods.fever = 1.5), (c.sources = ["nowhere"])));
  editJson(join(dir, "data", "meta.json"), (m) => delete m.version);
  const r = buildSteps(dir);
  assert.equal(r.status, 1);
  for (const words of ["$.likelihoods.fever", "$.sources[0]", "data/meta.json: $.version"]) assert.ok(r.stderr.includes(words), r.stderr);
  assert.match(r.stderr, /knowledge base invalid: 3 problem/);
  rmSync(dir, { recursive: true });
});

test("a JSON syntax error fails the bundle step, naming the file and the problem", () => {
  for (const [file, text] of [["meta.json", '{ "version": "x", }'], [scurvy, '{ "id": "scurvy"'], ["sources.json", ""]]) {
    const dir = copyOfData();
    writeFileSync(join(dir, "data", file), text);
    const r = bundle(dir);
    assert.notEqual(r.status, 0, `bundling must fail for ${file}`);
    assert.ok(r.stderr.includes(join(dir, "data", file)), `the file is named:\n${r.stderr}`);
    assert.match(r.stderr, /JSON/, r.stderr);
    assert.ok(!existsSync(join(dir, "kb.json")), "no bundle is written");
    rmSync(dir, { recursive: true });
  }
});

test("the CMake build itself fails on a malformed knowledge base", { timeout: 10 * 60 * 1000 }, () => {
  // A copy of the sources the native build needs, with one fault in data/.
  const dir = mkdtempSync(join(tmpdir(), "spotcheck-build-"));
  for (const part of ["CMakeLists.txt", "core", "tools", "scripts/bundle-kb.mjs", "data"]) cpSync(join(root, part), join(dir, "src", part), { recursive: true });
  const src = join(dir, "src");
  editJson(join(src, "data", scurvy), (c) => (c.likelihoods.fever = 1.5));
  const cfg = run("cmake", ["-S", src, "-B", join(dir, "build"), "-DCMAKE_BUILD_TYPE=Debug", "-DSPOTCHECK_TESTS=OFF"]);
  assert.equal(cfg.status, 0, cfg.stdout + cfg.stderr);
  const b = run("nice", ["cmake", "--build", join(dir, "build"), "-j", "2", "--target", "kb_validated"]);
  assert.notEqual(b.status, 0, "the build must fail");
  assert.ok((b.stdout + b.stderr).includes(`data/${scurvy}: $.likelihoods.fever: out of range`), b.stdout + b.stderr);
  rmSync(dir, { recursive: true });
});
