// createChecker({ knowledgeBase }) and the bench's synthetic knowledge base:
// a separate engine over another bundle, the built-in one left as it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createChecker } from "spotcheck";
import { scaleKnowledgeBase, kbCounts } from "../../scripts/bench/synthetic-kb.mjs";
import { benchCase, CASE_SIZES } from "../../scripts/bench/cases.mjs";

const bundle = JSON.parse(readFileSync(new URL("../../build/native/generated/kb_bundle.json", import.meta.url), "utf8"));
const big = scaleKnowledgeBase(bundle, 3);

test("the synthetic knowledge base has every part scaled and stays valid", async () => {
  const real = kbCounts(bundle), scaled = kbCounts(big);
  for (const key of Object.keys(real)) assert.equal(scaled[key], real[key] * 3, key);
  const d = (await createChecker({ knowledgeBase: big })).describe();
  assert.equal(d.findings.length, real.findings * 3);
  assert.equal(d.conditions.length, real.conditions * 3);
  assert.equal(d.questions.filter((q) => q.red_flag).length, bundle["questions.json"].questions.filter((q) => q.red_flag).length);
});

test("a checker over another knowledge base answers, and the built-in one is unchanged", async () => {
  const custom = await createChecker({ knowledgeBase: JSON.stringify(big) });
  const builtin = await createChecker();
  const kase = benchCase(bundle, 15);
  const a = custom.assess(kase), b = builtin.assess(kase);
  assert.equal(a.error, undefined);
  assert.equal(a.conditions.length, 3 * b.conditions.length);
  assert.equal(builtin.describe().findings.length, bundle["findings.json"].findings.length);
});

// Two engines (wasm/CMakeLists.txt): the built-in one reads data/ as bytes
// written at build time (core/kb_binary.hpp), the other loads a JSON bundle.
// The built-in one leaves the rules' reasons and the questions' words to
// spotcheck_interview_texts.json (scripts/bundle-kb.mjs): spotcheck.mjs puts them back
// where the engine writes them, so a result is the same JSON text.
test("the same knowledge base as the built-in one gives the same results and description", async () => {
  const custom = await createChecker({ knowledgeBase: bundle });
  const builtin = await createChecker();
  for (const n of CASE_SIZES) assert.deepEqual(custom.assess(benchCase(bundle, n)), builtin.assess(benchCase(bundle, n)), `${n} findings`);
  const stories = ["safety-cases", "vignettes-own", "unexplained-stories"]
    .flatMap((name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8")));
  assert.ok(stories.length >= 50);
  const text = (value) => JSON.stringify(value);
  for (const { id, case: kase } of stories) {
    assert.equal(text(builtin.assess(kase)), text(custom.assess(kase)), id);
    assert.equal(text(builtin.assess(kase, { questionsLeft: true })), text(custom.assess(kase, { questionsLeft: true })), `${id}, questions left`);
  }
  assert.deepEqual(builtin.describe(), custom.describe());
  assert.equal(text(builtin.describe().questions), text(custom.describe().questions));
});

// The page's module is the smaller one because it has no JSON loader: the
// built-in knowledge base is bytes, and a bundle passed in goes to the other.
test("the page's engine has no knowledge-base loader, and the other one no built-in knowledge base", async () => {
  const dist = dirname(createRequire(import.meta.url).resolve("spotcheck"));
  const open = async (name) => {
    const factory = (await import(pathToFileURL(join(dist, `${name}.mjs`)).href)).default;
    return { mod: await factory({ wasmBinary: readFileSync(join(dist, `${name}.wasm`)) }), bytes: readFileSync(join(dist, `${name}.wasm`)) };
  };
  const page = await open("spotcheck_wasm"), custom = await open("spotcheck_wasm_custom");
  assert.equal(typeof page.mod.init, "function");
  assert.equal(page.mod.loadKnowledgeBase, undefined);
  assert.equal(custom.mod.init, undefined);
  assert.equal(typeof custom.mod.loadKnowledgeBase, "function");
  // One of the loader's messages (core/kb_loader.cpp), and the bundle's JSON, are not in the page's module.
  assert.ok(custom.bytes.includes("expected an object of files"));
  assert.ok(!page.bytes.includes("expected an object of files"));
  assert.ok(!page.bytes.includes('"likelihoods":'), "the knowledge base is not embedded as JSON");
});

test("a broken knowledge base is refused with its problems", async () => {
  const broken = structuredClone(bundle);
  broken["findings.json"].findings[0].base_rate = 2;
  await assert.rejects(createChecker({ knowledgeBase: broken }), /findings\.json: \$\.findings\[0\]\.base_rate: out of range/);
  await assert.rejects(createChecker({ knowledgeBase: "{" }), /not valid JSON/);
  assert.equal((await createChecker()).assess({ findings: { fever: true } }).error, undefined);
});

test("bench cases answer the asked number of findings, red flags first", () => {
  for (const n of CASE_SIZES) {
    const kase = benchCase(bundle, n);
    assert.equal(Object.keys(kase.findings).length, n);
    assert.equal(kase.findings.fever, false);
  }
  assert.throws(() => benchCase(bundle, 10000), /only \d+ findings/);
});
