// Every translated catalog reads easily, by a published measure for its
// language with the threshold its source gives (formulas, sources and the
// passages they are applied to: tests/js/i18n-readability.mjs). The English
// source is held to grade 8 by readability.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { checkCatalogs } from "../../scripts/i18n/build-catalogs.mjs";
import { READABILITY, passages, wordCount, spanishSyllables, inflesz, osman, arabicWord } from "./i18n-readability.mjs";
import { NOT_WORDS } from "./i18n-language.mjs";

const data = fileURLToPath(new URL("../../data", import.meta.url));
const { languages } = checkCatalogs(data);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

test("every language has a readability measure, and every passage of its catalogs meets its threshold", () => {
  for (const { id, catalog } of languages) {
    const rule = READABILITY[id];
    assert.ok(rule, `no readability measure for "${id}": add one, with its source and threshold, to tests/js/i18n-readability.mjs`);
    const scored = passages(catalog, NOT_WORDS).map((p) => ({ ...p, score: rule.measure(p.text) }));
    assert.ok(scored.length > 0);
    const scores = scored.map((p) => p.score);
    console.log(`${id}: ${rule.name} over ${scored.length} passages of ${wordCount(scored.map((p) => p.text).join(" "))} words: min ${Math.min(...scores).toFixed(1)}, median ${median(scores).toFixed(1)} (threshold ${rule.min})`);
    for (const [name, measure] of Object.entries(rule.also)) {
      const other = scored.map((p) => measure(p.text));
      console.log(`${id}: ${name}: min ${Math.min(...other).toFixed(1)}, median ${median(other).toFixed(1)}`);
    }
    // For whoever edits the words: the hardest single texts (not held to the threshold, see i18n-readability.mjs).
    const texts = Object.entries(catalog).filter(([key, t]) => !NOT_WORDS.has(key) && wordCount(t) >= 10).map(([key, t]) => [key, rule.measure(t)]);
    const hard = texts.filter(([, s]) => s < rule.min).sort((a, b) => a[1] - b[1]);
    console.log(`${id}: single texts of 10+ words below ${rule.min}: ${hard.length} of ${texts.length}; hardest: ${hard.slice(0, 3).map(([k, s]) => `${k} ${s.toFixed(0)}`).join(", ")}`);
    const tooHard = scored.filter((p) => p.score < rule.min).map((p) => `${p.from}..${p.to}: ${p.score.toFixed(1)}`);
    assert.deepEqual(tooHard, [], `${id}: passages below ${rule.name} ${rule.min}`);
  }
});

test("the Spanish syllable counter splits diphthongs and hiatus as a dictionary does", () => {
  const words = { casa: 2, fuego: 2, ciudad: 2, "día": 2, "país": 2, leo: 2, "aéreo": 4, hoy: 1, y: 1, que: 1, guerra: 2, muy: 1, ahora: 3, presionarlas: 4, desaparecen: 5, manchas: 2, "sarampión": 3, "oír": 2 };
  assert.deepEqual(Object.fromEntries(Object.keys(words).map((w) => [w, spanishSyllables(w)])), words);
});

test("INFLESZ and OSMAN tell easy from hard text", () => {
  // Plain advice against a dense clinical sentence, in each language.
  assert.ok(inflesz("Las manchas son pequeñas. No duelen. Se van solas en unos días.") > 80);
  assert.ok(inflesz("La administración concomitante de anticoagulantes orales incrementa significativamente la probabilidad de manifestaciones hemorrágicas cutáneas.") < 40);
  assert.ok(osman("الطفل مريض. اتصل بالطبيب الآن. لا تنتظر.") > 80);
  assert.ok(osman("إن الجمعية العامة، إذ تشير إلى قراراتها السابقة بشأن التعاون الدولي في مجال الاستخدامات السلمية للفضاء الخارجي، وإذ تعرب عن قلقها إزاء احتمال حدوث سباق تسلح في الفضاء الخارجي، تحث جميع الدول على الامتثال.") < 60);
});

test("OSMAN counts syllables from diacritics when a word has them, as its reference code does", () => {
  // كَتَبَ ka-ta-ba: three short syllables; كِتَاب ki-taab: a short and a long (2).
  assert.equal(arabicWord("كَتَبَ").syllables, 3);
  assert.equal(arabicWord("كِتَاب").syllables, 3);
  // Without diacritics the estimate gives the same words about the same weight.
  assert.equal(arabicWord("كتب").syllables, 3);
  assert.equal(arabicWord("كتاب").syllables, 4);
});

test("passages hold at least 100 words where a kind has them, and every text once", () => {
  const catalog = {};
  for (let i = 0; i < 30; i++) catalog[`rule.r${i}.reason`] = "Llame a su médico hoy si la fiebre sigue";
  catalog["meta.x.text"] = "Una frase corta";
  const ps = passages(catalog);
  assert.deepEqual(ps.map((p) => p.kind), ["rule", "rule", "meta"]);
  assert.ok(ps.filter((p) => p.kind === "rule").every((p) => wordCount(p.text) >= 100));
  assert.equal(wordCount(ps.map((p) => p.text).join(" ")), wordCount(Object.values(catalog).join(" ")));
});
