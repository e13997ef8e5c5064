// Is each glossary term used where its English word is? For every glossary
// entry and every catalog id whose English source contains the entry's English
// word, the id's translation must contain the chosen term.
//
// A term is matched by its stems, not letter for letter, because both
// languages inflect it where English does not (weaker check, documented):
// - An entry's English side may give variants ("fever / high temperature");
//   a bracketed part is a gloss, not a variant ("(non-blanching)"). It matches
//   as a whole word, in the singular or the plural ("spot", "spots").
// - The term side may give variants: "a / b", and brackets hold accepted
//   alternatives ("urticaria (ronchas)", "manchas (tiny ones: puntitos)",
//   "حمى (ارتفاع الحرارة)"); any one variant is enough.
// - A variant is found when its head, its first content word (4 letters or
//   more in Latin script, 3 or more in Arabic; "de", "la", "في" are not
//   content), is found by its stem: the modifiers after it are often dropped
//   once the sentence has named the thing ("طفح جلدي", then "الطفح"). A
//   variant of short words only ("No lo sé") is found as that phrase. Stems: Spanish and other Latin-script words by their first
//   three quarters (at least 4 letters: "manchas" -> "mancha", so "mancha" and
//   "manchas" both match; "presionarlas" -> "presionar"); Arabic words without
//   the article "ال" and (in words of 4 letters or more) a final ة/ه, anywhere
//   inside a word (Arabic attaches
//   و، ب، ل، ال before a word and pronouns after it: "كدمة" -> "كدم" matches
//   "الكدمات"). Letters are compared without accents or diacritics, and Arabic
//   alef, yaa and taa marbuta forms are folded.
// Gender, number and verb forms that change a stem's first three quarters
// ("desaparecen" / "desaparezcan") and Arabic broken plurals are not matched:
// such an entry lists the form it uses as a variant.

const BRACKETS = /\(([^)]*)\)/g;
const ARABIC = /\p{Script=Arabic}/u;

/** Letters folded for comparison: lower case, no accents or diacritics, one form of alef, yaa, taa marbuta. */
export function fold(text) {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ـ/g, "");
}

const split = (text) => text.split(/\s+\/\s+|;\s*/).map((t) => t.trim()).filter(Boolean);

/** The English words of an entry: its variants without their glosses. */
export function englishForms(entry) {
  return split(entry.en.replace(BRACKETS, " ").replace(/\s+/g, " "));
}

/** The accepted variants of an entry's term: its main words and each bracketed alternative. */
export function termVariants(entry) {
  const main = split(entry.term.replace(BRACKETS, " ").replace(/\s+/g, " "));
  const bracketed = [...entry.term.matchAll(BRACKETS)].flatMap((m) => split(m[1].replace(/^[^:]*:\s*/, "")));
  return [...main, ...bracketed];
}

// The stems a variant needs, each a folded prefix (Latin) or core (Arabic).
function stems(variant) {
  return fold(variant)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map((word) => {
      if (ARABIC.test(word)) {
        const core = word.replace(/^(و|ف|ب|ك|ل)?ال/, "");
        const stem = core.length > 3 ? core.replace(/ه$/, "") : core; // "حكة" keeps its taa marbuta: "حك" is too short
        return stem.length >= 3 ? { arabic: true, stem } : null;
      }
      return word.length >= 4 ? { arabic: false, stem: word.slice(0, Math.max(4, Math.ceil(word.length * 0.75))) } : null;
    })
    .filter(Boolean);
}

/** Does `translation` use `variant`? Its head (first content word) is in it by its stem; a variant of only short words ("No lo sé") is in it as a phrase. */
export function uses(translation, variant) {
  const folded = fold(translation);
  const words = folded.split(/[^\p{L}]+/u).filter(Boolean);
  const [head] = stems(variant);
  if (!head) return ` ${words.join(" ")} `.includes(` ${fold(variant).split(/[^\p{L}]+/u).filter(Boolean).join(" ")} `);
  return words.some((w) => (head.arabic ? w.includes(head.stem) : w.startsWith(head.stem)));
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Does an English text contain the form as a whole word or phrase, in the
 * singular or the plural? A form with a capital letter is matched with its
 * case: "Not sure" is the answer's name ("answer Not sure"), "not sure" is
 * not; "HIV" is not "hives".
 */
export function mentions(english, form) {
  const singular = form.replace(/(?<=[a-z]{2})s$/, "");
  const plural = /(s|x|ch|sh)$/.test(singular) ? "(?:es)?" : "s?";
  const flags = /\p{Lu}/u.test(form) ? "u" : "iu";
  return new RegExp(`(?<![\\p{L}])${escape(singular)}${plural}(?![\\p{L}])`, flags).test(english);
}

/** [{ en, term, id, translation }]: the ids whose English uses a glossary word and whose translation lacks its term. */
export function glossaryMisses(glossary, catalog, source) {
  const misses = [];
  for (const entry of glossary) {
    const forms = englishForms(entry);
    const variants = termVariants(entry);
    for (const [id, english] of Object.entries(source)) {
      if (!(id in catalog) || !forms.some((f) => mentions(english, f))) continue;
      if (!variants.some((v) => uses(catalog[id], v))) misses.push({ en: entry.en, term: entry.term, id, translation: catalog[id] });
    }
  }
  return misses;
}

/**
 * Per entry: the ids whose English uses its word, and those whose
 * translation lacks its term. The test holds each entry to being used in
 * at least half of its ids (USED_AT_LEAST): an English word has other senses
 * ("tick all that apply" is not the insect) and a sentence may rightly name
 * the thing another way once, but a term the translation mostly does not use
 * is not the term chosen.
 */
export const USED_AT_LEAST = 0.5;
export function glossaryUse(glossary, catalog, source) {
  const misses = glossaryMisses(glossary, catalog, source);
  return glossary.map((entry) => {
    const ids = Object.keys(source).filter((id) => id in catalog && englishForms(entry).some((f) => mentions(source[id], f)));
    return { entry, ids, misses: misses.filter((m) => m.en === entry.en && m.term === entry.term) };
  });
}
