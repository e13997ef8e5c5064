// The detected language of every catalog text is its catalog's language, so
// English left behind fails (the rule and its measured reliability:
// tests/js/i18n-language.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { checkCatalogs } from "../../scripts/i18n/build-catalogs.mjs";
import { wrongLanguage, MIN_LETTERS, NOT_WORDS } from "./i18n-language.mjs";
import { fakeTree } from "./i18n-fake-tree.mjs";

const data = fileURLToPath(new URL("../../data", import.meta.url));
const { source, languages } = checkCatalogs(data);

test("every text of every language's catalogs is in that language", () => {
  for (const { id, catalog } of languages) {
    const others = languages.map((l) => l.id).filter((l) => l !== id);
    const wrong = wrongLanguage(id, catalog, source, others).map((w) => `${w.where}: ${w.detected}: ${w.text.slice(0, 80)}`);
    assert.deepEqual(wrong, [], `${id}: texts not in ${id}`);
    console.log(`${id}: ${Object.keys(catalog).length} texts, none in another language`);
  }
});

// The check itself, on the small fake tree: it passes clean Spanish, and fails
// English left behind, whether copied from the source or written anew.
const fake = checkCatalogs(fakeTree());
const es = fake.languages.find((l) => l.id === "es").catalog;

test("the language check passes a clean Spanish catalog", () => {
  assert.deepEqual(wrongLanguage("es", es, fake.source), []);
});

test("an English text left in the Spanish catalog fails, copied or new", () => {
  const copied = { ...es, "condition.measles.description": fake.source["condition.measles.description"] };
  assert.deepEqual(wrongLanguage("es", copied, fake.source).map((w) => [w.where, w.detected]), [["condition.measles.description", "same as English"]]);
  const written = { ...es, "condition.measles.care.0": "Stay at home and drink plenty of water until you feel better." };
  assert.deepEqual(wrongLanguage("es", written, fake.source).map((w) => [w.where, w.detected]), [["condition.measles.care.0", "eng"]]);
  const label = { ...es, "condition.measles.name": fake.source["condition.measles.name"] };
  assert.deepEqual(wrongLanguage("es", label, fake.source).map((w) => w.where), ["condition.measles.name"], "a one-word label copied from English");
});

test("the whole English source put in as Spanish fails text by text", () => {
  const wrong = new Set(wrongLanguage("es", fake.source, fake.source).map((w) => w.where));
  const withLetters = Object.entries(fake.source).filter(([id, t]) => !NOT_WORDS.has(id) && /\p{L}/u.test(t.replace(/\{\w+\}/g, "")));
  assert.ok(withLetters.length > 5);
  for (const [id] of withLetters) assert.ok(wrong.has(id), `${id} is flagged`);
});

test("a Spanish text in the Arabic catalog fails, and short texts are judged per group", () => {
  const ar = { "meta.unexplained.message": "هذه الإجابات لا تطابق أي سبب نعرفه." };
  assert.deepEqual(wrongLanguage("ar", ar, fake.source, ["es"]), []);
  const mixed = { "meta.unexplained.message": "Estas respuestas no encajan con ninguna causa que conozcamos." };
  assert.deepEqual(wrongLanguage("ar", mixed, fake.source, ["es"]).map((w) => [w.where, w.detected]), [["meta.unexplained.message", "spa"]]);
  // Short labels, each under MIN_LETTERS, English together.
  const labels = { "finding.a.label": "Red spots", "finding.a.text": "Pale or dark", "finding.a.help": "Very itchy at night", "finding.a.more": "Worse after a bath" };
  assert.ok(Object.values(labels).every((t) => t.length < MIN_LETTERS));
  assert.deepEqual(wrongLanguage("es", labels, {}).map((w) => w.detected), ["eng"]);
});
