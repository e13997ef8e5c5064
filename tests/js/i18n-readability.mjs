// Readability formulas for the translated catalogs, one per language, each
// with the threshold its source gives (used by i18n-readability.test.mjs).
//
// Spanish: INFLESZ (Flesch-Szigriszt), validated for texts for patients by
//   Barrio-Cantalejo IM et al., "Validación de la Escala INFLESZ para evaluar
//   la legibilidad de los textos dirigidos a pacientes", An Sist Sanit Navar
//   2008;31(2):135-52:  P = 206.835 - 62.3 x syllables/words - words/sentences;
//   bands: < 40 muy difícil, 40-55 algo difícil, 55-65 normal, 65-80 bastante
//   fácil, > 80 muy fácil. The threshold is 55, the start of "normal", the
//   level held acceptable for texts for patients (e.g. Ballesteros-Peña S,
//   Fernández-Aedo I, An Sist Sanit Navar 2013;36(3):397-406, on drug leaflets). Fernández-Huerta (1959, with the words-per-sentence
//   term as corrected by Law 2011: L = 206.84 - 60 x syllables/words - 1.02 x
//   words/sentences) is printed beside it.
// Arabic: OSMAN (El-Haj M, Rayson P, "OSMAN - A Novel Arabic Readability
//   Metric", LREC 2016, pp. 250-255; the formula of its reference code,
//   github.com/drelhaj/OsmanReadability):
//   200.791 - 1.015 x words/sentences - 24.181 x (complex words + syllables
//   + "faseeh" words + long words) / words. It is Flesch's Reading Ease made
//   for Arabic (validated by its correlation with Flesch on 73,000 parallel
//   UN sentences), read on Flesch's scale: the threshold is Flesch's "standard"
//   band, 60 or more (8th-9th grade, Flesch 1949), the same grade-8 aim as the
//   English test. OSMAN counts syllables from diacritics (its tool adds them
//   with a diacritiser); our texts, like most public Arabic, have none, so the
//   counts below estimate them from the letters (see arabicWord).
const SENTENCE_END = /[.!?؟]+(?:\s|$)/u;

const sentencesOf = (text) => Math.max(1, text.split(SENTENCE_END).filter((s) => /\p{L}/u.test(s)).length);
const wordsOf = (text) => text.replace(/\{[A-Za-z0-9_]+\}/g, " ").match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];

// --- Spanish ---------------------------------------------------------------
// Syllables are vowel nuclei: a run of vowels is one syllable (a diphthong or
// triphthong: "cuan", "buey") except where two strong vowels meet (a, e, o,
// and an accented i or u, which breaks a diphthong: "le-o", "dí-a", "pa-ís").
// "y" is a vowel at the end of a word or alone ("hoy", "y"); "u" is silent in
// "que, qui, gue, gui" (it adds nothing to the run either way).
const STRONG = new Set([..."aeoáéóíú"]);
const VOWEL = /[aeiouáéíóúü]/;

export function spanishSyllables(word) {
  const w = word.toLowerCase().replace(/y$/, "i").replace(/^y$/, "i");
  let count = 0;
  let previous = null; // the vowel just before, or null after a consonant
  for (const ch of w) {
    if (!VOWEL.test(ch)) {
      previous = null;
      continue;
    }
    if (previous === null || (STRONG.has(previous) && STRONG.has(ch))) count += 1;
    previous = ch;
  }
  return Math.max(1, count);
}

export function spanishCounts(text) {
  const words = wordsOf(text);
  return { words: words.length, sentences: sentencesOf(text), syllables: words.reduce((n, w) => n + spanishSyllables(w), 0) };
}

/** INFLESZ (Szigriszt-Pazos perspicuity), Barrio-Cantalejo et al. 2008. */
export function inflesz(text) {
  const c = spanishCounts(text);
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

/** Fernández-Huerta reading ease (words-per-sentence term as corrected by Law 2011). */
export function fernandezHuerta(text) {
  const c = spanishCounts(text);
  return 206.84 - (60 * c.syllables) / c.words - (1.02 * c.words) / c.sentences;
}

// --- Arabic ----------------------------------------------------------------
// OSMAN's counts, from the diacritics when a word has them, else estimated:
// every consonant letter carries a short vowel (1), a long-vowel letter (ا و ي
// ى) after a letter makes that vowel long (+1), shadda and tanween count 2;
// the alef of the article "ال" is silent. "Complex" words have more than 4
// vowelled letters, "long" words more than 5 letters, "faseeh" words are
// complex words with ء ئ ؤ ذ ظ (OSMAN's markers of formal Arabic).
const SHORT_VOWELS = /[\u064E\u064F\u0650]/g; // fatha, damma, kasra
const STRESS = /[\u064B\u064C\u064D\u0651]/g; // tanween (3) and shadda
const DIACRITICS = /[\u064B-\u0652\u0653\u0657\u0658\u0670]/g;
const LONG_LETTERS = new Set([..."اويى"]);
const FASEEH = /[\u0621\u0626\u0624\u0630\u0638]/;

export function arabicWord(word) {
  const bare = word.replace(DIACRITICS, "");
  const marks = word.match(SHORT_VOWELS)?.length ?? 0;
  let syllables;
  let vowelled;
  if (marks > 0) {
    // OSMAN: a short vowel before ا و ي is a long syllable (2), else short (1); stress marks 2.
    const chars = [...word];
    syllables = 0;
    chars.forEach((c, i) => {
      if (/[\u064E\u064F\u0650]/.test(c)) syllables += ["ا", "و", "ي"].includes(chars[i + 1]) ? 2 : 1;
    });
    const stress = word.match(STRESS)?.length ?? 0;
    syllables += 2 * stress;
    vowelled = marks + stress;
  } else {
    const letters = [...bare.replace(/^([وفبكل]?)ال/, "$1ل")].filter((c) => /\p{L}/u.test(c));
    const consonants = letters.filter((c, i) => !(LONG_LETTERS.has(c) && i > 0));
    syllables = consonants.length + (letters.length - consonants.length);
    vowelled = consonants.length;
  }
  return { syllables, complex: vowelled > 4, long: [...bare].length > 5, faseeh: vowelled > 4 && FASEEH.test(bare) };
}

/** OSMAN, El-Haj and Rayson 2016 (syllables estimated when the text has no diacritics). */
export function osman(text) {
  const words = wordsOf(text).map(arabicWord);
  const n = Math.max(1, words.length);
  const share = (key) => words.filter((w) => w[key]).length / n;
  const syllables = words.reduce((s, w) => s + w.syllables, 0) / n;
  return 200.791 - 1.015 * (words.length / sentencesOf(text)) - 24.181 * (share("complex") + syllables + share("faseeh") + share("long"));
}

// Per language: the measure the test holds to its threshold, and others printed beside it.
export const READABILITY = {
  es: { name: "INFLESZ", measure: inflesz, min: 55, also: { "Fernández-Huerta": fernandezHuerta } },
  ar: { name: "OSMAN", measure: osman, min: 60, also: {} },
};

// Flesch's procedure (1948) scores samples of about 100 words, and the
// formulas above were fitted on passages, not on single sentences. A
// catalog's texts are put in the passages a person reads together: each id
// group (one cause's card: condition.measles; one question with its options
// and help: question.q_size; one finding's label and text; one rule's
// reason), in catalog order, joined with the next groups of the same kind
// until the passage has PASSAGE_WORDS words. A text without an end mark ends
// a sentence (a label, an option).
export const PASSAGE_WORDS = 100;
const asSentence = (t) => (/[.!?؟:]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
export const wordCount = (text) => wordsOf(text).length;

/** [{ from, to, text }]: the catalog's texts as passages of at least PASSAGE_WORDS words (ids in `skip` left out). */
export function passages(catalog, skip = new Set()) {
  const groups = new Map();
  for (const [id, text] of Object.entries(catalog)) {
    if (skip.has(id)) continue;
    const group = id.split(".").slice(0, 2).join(".");
    groups.set(group, [...(groups.get(group) ?? []), asSentence(text)]);
  }
  const out = [];
  let open = null;
  const close = () => {
    const last = out.at(-1);
    // A short remainder joins the passage before it, when that is of the same kind.
    if (wordCount(open.text) < PASSAGE_WORDS && last?.kind === open.kind) Object.assign(last, { to: open.to, text: `${last.text} ${open.text}` });
    else out.push(open);
    open = null;
  };
  for (const [group, texts] of groups) {
    const kind = group.split(".")[0];
    if (open && open.kind !== kind) close();
    open = open ? { ...open, to: group, text: `${open.text} ${texts.join(" ")}` } : { kind, from: group, to: group, text: texts.join(" ") };
    if (wordCount(open.text) >= PASSAGE_WORDS) {
      out.push(open);
      open = null;
    }
  }
  if (open) close();
  return out;
}
