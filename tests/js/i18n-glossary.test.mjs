// Each language's glossary (data/i18n/<lang>/glossary.json) is well-formed,
// and its terms are the ones the catalogs use where the English uses the
// word (the rule, and why it matches stems: tests/js/i18n-glossary.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { checkCatalogs, glossaryProblems } from "../../scripts/i18n/build-catalogs.mjs";
import { glossaryMisses, glossaryUse, mentions, termVariants, uses, USED_AT_LEAST } from "./i18n-glossary.mjs";

const data = fileURLToPath(new URL("../../data", import.meta.url));
const { source, languages } = checkCatalogs(data);

test("every language's glossary is well-formed and not empty", () => {
  for (const { id, glossary } of languages) {
    assert.deepEqual(glossaryProblems(glossary, `data/i18n/${id}/glossary.json`), []);
    assert.ok(glossary.length > 0, `${id}: the glossary lists the medical terms chosen`);
  }
});

test("every glossary term is used where its English word is, in most of those texts", () => {
  for (const { id, glossary, catalog } of languages) {
    const use = glossaryUse(glossary, catalog, source);
    const ids = use.reduce((n, u) => n + u.ids.length, 0);
    const missed = use.reduce((n, u) => n + u.misses.length, 0);
    console.log(`${id}: ${glossary.length} glossary terms, ${ids} texts whose English uses one, ${missed} of them without the term (other senses, rephrasings)`);
    const unused = use
      .filter((u) => u.ids.length > 0 && u.misses.length > (1 - USED_AT_LEAST) * u.ids.length)
      .map((u) => `${u.entry.en} -> ${u.entry.term}: missing in ${u.misses.length} of ${u.ids.length} texts, e.g. ${u.misses[0].id}: ${u.misses[0].translation}`);
    assert.deepEqual(unused, [], `${id}: glossary terms the catalogs mostly do not use`);
  }
});

// The matcher on its own: inflections pass, another word fails.
test("a term is found by its stem, in Spanish and in Arabic", () => {
  assert.ok(uses("Tiene fiebres altas.", "fiebre"));
  assert.ok(uses("Si no puede presionarla, llame.", "desaparecen al presionarlas") === false, "the head word is needed");
  assert.ok(uses("Las manchas desaparecen al presionarlas.", "desaparecen al presionarlas"));
  assert.ok(uses("Vaya a urgencias ahora.", "urgencias del hospital"), "modifiers after the head may be dropped");
  assert.ok(!uses("Tiene calentura.", "fiebre"));
  assert.ok(uses("Si no está seguro, responda No lo sé.", "No lo sé"), "short words as a phrase");
  assert.ok(!uses("No sé nada.", "No lo sé"));
  assert.ok(uses("خفّف الحكة بكريم.", "حكة"), "the article and a diacritic on the word");
  assert.ok(uses("ظهرت كدمات كثيرة.", "كدمة"), "a sound plural");
  assert.ok(uses("اتصل بطبيب الأسرة.", "طبيب الأسرة"));
  assert.ok(!uses("اتصل بالصيدلي.", "طبيب الأسرة"));
  assert.deepEqual(termVariants({ en: "spots", term: "manchas (tiny ones: puntitos)" }), ["manchas", "puntitos"]);
});

test("the English word is matched as a word, singular or plural, with its case when it has capitals", () => {
  assert.ok(mentions("Small red spots on the legs.", "spot"));
  assert.ok(mentions("A spot on the arm.", "spots"));
  assert.ok(!mentions("Spotting between periods.", "spots"));
  assert.ok(mentions("If you cannot tell, answer Not sure.", "Not sure"));
  assert.ok(!mentions("Fever, or not sure.", "Not sure"));
  assert.ok(!mentions("Raised welts (hives).", "HIV"));
  assert.ok(mentions("Rash with a fever.", "fever"));
});

test("a catalog that uses another word than the glossary's fails the check", () => {
  const source = { "finding.fever.label": "Fever", "finding.fever.text": "A fever of 38 °C or more.", "rule.r.reason": "A rash with a fever: see a GP today." };
  const good = { "finding.fever.label": "Fiebre", "finding.fever.text": "Fiebre de 38 °C o más.", "rule.r.reason": "Sarpullido con fiebre: vaya hoy al médico de familia." };
  const glossary = [{ en: "fever / high temperature", term: "fiebre", note: "" }];
  assert.deepEqual(glossaryMisses(glossary, good, source), []);
  const drifted = { ...good, "finding.fever.text": "Calentura de 38 °C o más.", "rule.r.reason": "Sarpullido con calentura: vaya hoy al médico." };
  assert.deepEqual(glossaryMisses(glossary, drifted, source).map((m) => m.id), ["finding.fever.text", "rule.r.reason"]);
  const [use] = glossaryUse(glossary, drifted, source);
  assert.ok(use.misses.length > (1 - USED_AT_LEAST) * use.ids.length, "2 of 3 texts without the term fails the test's rule");
});
