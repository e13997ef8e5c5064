// The languages of the JS API: loadCatalog(), createChecker({ lang }),
// setLanguage(), a per-call { lang } and checker.language. Run on a copy of
// the module beside catalogs this test makes from data/ (dist/i18n/<lang>.json
// and <lang>.causes.json, the shared design's files), so it needs no real
// translation and leaves dist/ alone.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { allEngineTexts, fakeCatalog, partOf } from "./support/catalogs.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const copy = mkdtempSync(join(tmpdir(), "spotcheck-lang-"));
after(() => rmSync(copy, { recursive: true, force: true }));
for (const name of ["spotcheck.mjs", "localize.mjs", "spotcheck_wasm.mjs", "spotcheck_wasm.wasm", "spotcheck_texts.json", "spotcheck_interview_texts.json"])
  cpSync(join(dist, name), join(copy, name));

// Two made-up languages: "zz" ("<<id>>") and "zy" (the same, marked "zy:").
const english = allEngineTexts();
const zz = fakeCatalog(english);
const zy = Object.fromEntries(Object.entries(zz).map(([id, text]) => [id, `zy:${text}`]));
mkdirSync(join(copy, "i18n"));
for (const [lang, catalog] of [["zz", zz], ["zy", zy]]) {
  const part = (name) => Object.fromEntries(Object.entries(catalog).filter(([id]) => partOf(id) === name));
  writeFileSync(join(copy, "i18n", `${lang}.json`), JSON.stringify(part("")));
  for (const name of ["rules", "causes", "findings"]) writeFileSync(join(copy, "i18n", `${lang}.${name}.json`), JSON.stringify(part(name)));
}
writeFileSync(join(copy, "i18n", "zx.json"), "[1, 2]"); // not a catalog

const { createChecker, loadCatalog } = await import(pathToFileURL(join(copy, "spotcheck.mjs")).href);
const kase = { age: 16, findings: { blanches_on_pressure: false, fever: true } };
const english_ = await createChecker();
const englishResult = english_.assess(kase);
const measles = (description) => description.conditions.find((c) => c.id === "measles");

test("loadCatalog: English is empty; a language's first part with the rules' reasons, then with its causes' and findings' texts; once per process", async () => {
  assert.deepEqual(await loadCatalog("en"), {});
  const main = await loadCatalog("zz");
  assert.ok(Object.keys(main).length > 0 && Object.keys(main).every((id) => ["", "rules"].includes(partOf(id))));
  // The rules' reasons come with the first part: any advice, even mid-interview, may show one.
  const reasons = Object.keys(zz).filter((id) => partOf(id) === "rules");
  assert.ok(reasons.length > 0 && reasons.every((id) => main[id] === zz[id]));
  assert.equal(main["condition.measles.name"], zz["condition.measles.name"]);
  const full = await loadCatalog("zz", { causes: true });
  assert.deepEqual(full, zz);
  assert.deepEqual(await loadCatalog("zz", { causes: true }), full);
  assert.ok(Object.isFrozen(full));
});

test("loadCatalog rejects a language with no catalog, a malformed one and a name that is not a language id", async () => {
  await assert.rejects(loadCatalog("xx"), /i18n\/xx\.json/);
  await assert.rejects(loadCatalog("zx"), /not a catalog/);
  await assert.rejects(loadCatalog("../spotcheck"), /not a language id/);
  await assert.rejects(loadCatalog(undefined), /not a language id/);
});

test("createChecker({ lang }): results and describe() in that language, causes' texts included", async () => {
  const checker = await createChecker({ lang: "zz" });
  assert.equal(checker.language, "zz");
  const result = checker.assess(kase);
  assert.equal(result.triage.level, englishResult.triage.level);
  assert.equal(result.triage.advice, zz[`meta.triage_levels.${result.triage.level}.advice`]);
  assert.equal(result.conditions[0].name, zz[`condition.${result.conditions[0].id}.name`]);
  const m = measles(checker.describe());
  assert.deepEqual([m.name, m.description, m.care[0]], [zz["condition.measles.name"], zz["condition.measles.description"], zz["condition.measles.care.0"]]);
  // Errors too.
  assert.equal(checker.assess({ findings: { fevr: true } }).error.message, "<<engine.error.unknown_finding_suggestion fevr fever>>");
});

test("createChecker rejects a language with no catalog", async () => {
  // Its files load at once: whichever is missing first is named.
  await assert.rejects(createChecker({ lang: "xx" }), /i18n\/xx(\.causes|\.findings)?\.json/);
});

test("setLanguage switches; a failed switch leaves the language as it was", async () => {
  const checker = await createChecker({ lang: "zz" });
  await assert.rejects(checker.setLanguage("xx"));
  assert.equal(checker.language, "zz");
  assert.equal(checker.assess(kase).triage.advice, zz[`meta.triage_levels.${englishResult.triage.level}.advice`]);
  await checker.setLanguage("zy");
  assert.equal(checker.language, "zy");
  assert.equal(measles(checker.describe()).description, zy["condition.measles.description"]);
  await checker.setLanguage("en");
  assert.deepEqual(checker.assess(kase), englishResult);
  assert.deepEqual(checker.describe(), english_.describe());
});

test("a per-call language: any loaded one, English always; one not loaded is an error, never a wrong language", async () => {
  await loadCatalog("zy", { causes: true });
  const checker = await createChecker();
  assert.equal(checker.language, "en");
  assert.equal(checker.assess(kase, { lang: "zy" }).triage.advice, zy[`meta.triage_levels.${englishResult.triage.level}.advice`]);
  assert.deepEqual(checker.assess(kase, { lang: "en" }), englishResult);
  assert.deepEqual(checker.assess(kase), englishResult);
  assert.equal(measles(checker.describe({ lang: "zy" })).name, zy["condition.measles.name"]);
  assert.equal(measles(checker.describe()).name, measles(english_.describe()).name);
  const notLoaded = checker.assess(kase, { lang: "qq" });
  assert.equal(notLoaded.error.code, "language_not_loaded");
  assert.deepEqual(notLoaded.error.params, { lang: "qq" });
  // describe() has no error result: it throws the same structured error.
  assert.throws(() => checker.describe({ lang: "qq" }),
    { message: notLoaded.error.message, code: "language_not_loaded", text_id: notLoaded.error.text_id, params: { lang: "qq" } });
});

test("deferTexts with a language: the causes' texts in that language come with loadTexts()", async () => {
  const checker = await createChecker({ lang: "zy", deferTexts: true });
  assert.equal(measles(checker.describe()).description, undefined);
  assert.equal(measles(checker.describe()).name, zy["condition.measles.name"]);
  await checker.loadTexts();
  assert.equal(measles(checker.describe()).description, zy["condition.measles.description"]);
});
