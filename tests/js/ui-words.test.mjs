// The page's own words (data/i18n/<lang>/ui.json): every language has every
// id of the English source with the same placeholders, every id the UI asks
// for exists, the language rule picks what the build offers, and the styles
// use logical properties so a right-to-left language mirrors (issue 16).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { translator, chooseLanguage, LANGUAGES } from "../../web/ui/i18n.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const i18n = join(root, "data", "i18n");
const words = (lang) => JSON.parse(readFileSync(join(i18n, lang, "ui.json"), "utf8"));
const english = words("en");
const others = readdirSync(i18n).filter((l) => l !== "en");
const placeholders = (text) => (text.match(/\{[A-Za-z0-9_]+\}/g) ?? []).sort();

test("there are other languages than English, each with a name and a direction", () => {
  assert.ok(others.length >= 1);
  for (const lang of ["en", ...others]) {
    assert.ok(words(lang)["ui.language.name"], lang);
    assert.ok(["ltr", "rtl"].includes(words(lang)["ui.language.dir"]), lang);
  }
});

test("every language has exactly the English ids, with the same placeholders, and no empty text", () => {
  for (const lang of others) {
    const w = words(lang);
    assert.deepEqual(Object.keys(w).sort(), Object.keys(english).sort(), lang);
    for (const [id, text] of Object.entries(english)) {
      assert.deepEqual(placeholders(w[id]), placeholders(text), `${lang} ${id}`);
      assert.ok(w[id].trim() || !text.trim(), `${lang} ${id} is empty`);
    }
  }
});

test("every id the page asks for by name is in the English source", () => {
  const files = [join(root, "web", "app.js"), join(root, "web", "index.html"),
    ...readdirSync(join(root, "web", "ui")).filter((f) => f.endsWith(".js")).map((f) => join(root, "web", "ui", f))];
  const asked = new Set(files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/["'](ui\.[a-z0-9_.]+[a-z0-9_])["']/g)].map((m) => m[1])));
  assert.ok(asked.size > 50, `${asked.size} ids found`);
  assert.deepEqual([...asked].filter((id) => !(id in english)), []);
});

test("the translator fills placeholders and formats numbers in its language", () => {
  const t = translator("en");
  const id = Object.keys(english).find((k) => placeholders(english[k]).length === 1);
  const [name] = placeholders(english[id]);
  assert.equal(t(id, { [name.slice(1, -1)]: "XYZ" }), english[id].replace(name, "XYZ"));
  assert.equal(t.number(1234), new Intl.NumberFormat("en").format(1234));
  assert.equal(t.percent(0.5), new Intl.NumberFormat("en", { style: "percent" }).format(0.5));
  assert.throws(() => t("ui.no.such.id"));
});

test("the language is the first wanted one offered, by its primary subtag; else English", () => {
  // Unbundled, only English is offered (the bundle lists data/i18n/*: bundle-ui.mjs).
  assert.deepEqual(LANGUAGES.map((l) => l.id), ["en"]);
  assert.equal(chooseLanguage(["fr-FR", "en-GB"]), "en");
  assert.equal(chooseLanguage([null, "", 42]), "en");
  assert.equal(chooseLanguage([]), "en");
});

test("the styles use logical properties only (a right-to-left page mirrors)", () => {
  for (const file of ["web/ui/spotcheck.css", "web/ui/screens.css", "web/page.css", "web/embed/spotcheck-host.css", "web/embed/example.css"]) {
    const css = readFileSync(join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const physical = css.match(/(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right)[\w-]*|left|right|float|text-align\s*:\s*(?:left|right))\s*:?/gm) ?? [];
    assert.deepEqual(physical.map((p) => p.trim()), [], file);
  }
});

test("the built UI offers every language of data/i18n/ and picks by primary subtag", async () => {
  const built = await import(new URL("../../dist/ui/mount.js", import.meta.url).href);
  assert.deepEqual(built.LANGUAGES.map((l) => l.id).sort(), ["en", ...others].sort());
  assert.equal(built.LANGUAGES[0].id, "en");
  for (const l of built.LANGUAGES) assert.deepEqual([l.name, l.dir], [words(l.id)["ui.language.name"], words(l.id)["ui.language.dir"]]);
  for (const lang of others) {
    assert.equal(built.chooseLanguage(["fr-FR", `${lang.toUpperCase()}-XX`, "en"]), lang);
    assert.equal(built.chooseLanguage(["en-US", lang]), "en", "the first offered wins");
  }
});

test("an age typed in Arabic-Indic or Persian digits reads as the same number", async () => {
  const { parseAge } = await import("../../web/ui/about.js");
  assert.deepEqual(parseAge("٣٠"), { age: 30, ageMonths: null });
  assert.deepEqual(parseAge("۵", "months"), { age: 0, ageMonths: 5 });
  assert.deepEqual(parseAge("30"), { age: 30, ageMonths: null });
  assert.equal(parseAge("١٢١").problem, "ui.about.problem_years");
});
