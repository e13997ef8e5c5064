// Is each catalog text in its catalog's language? franc-min (trigram language
// identification) judges it, and a text left equal to its English source is
// flagged on its own, since franc cannot judge a two-word label.
//
// The rule, and why:
// - franc chooses only among the catalog languages and English (`only`): the
//   question is "was English (or another catalog's text) left behind?", not
//   "which of 82 languages is this?", and a choice among three is reliable on
//   much shorter texts than an open one (Spanish labels otherwise come out as
//   Galician or Portuguese).
// - A text fails when another language scores clearly above its own: its own
//   language's score is below MARGIN times the best (franc's scores are
//   relative to the best, 1). Trigrams of a short Spanish sentence sometimes
//   put English a hair ahead (0.95); real English scores Spanish far lower.
// - Texts of at least MIN_LETTERS letters are judged one by one. Shorter ones
//   (labels, options, names) are joined per id group (the id's first two
//   parts: question.q_size, condition.measles, finding.fever...), and a group
//   of at least MIN_GROUP_LETTERS letters is judged as one text (a Spanish
//   question and one option, 22 letters, scored 0.82). A group still shorter
//   is not judged by franc; the check below still covers it.
// - Every text, short or long, that is the same as its English source (case
//   and spaces aside) fails, unless it has no letters ("999", "38 °C") or is
//   in SAME_AS_ENGLISH, a short allow-list of words that are the same in a
//   language as in English. English left behind is most often this.
// Measured on the Spanish and Arabic knowledge-base catalogs (issue 16) with
// MIN_LETTERS 20 and MARGIN 0.9: no Spanish or Arabic text fails (the lowest
// Spanish score was 0.951), and of the 967 English source texts of 20 letters
// or more put in the Spanish catalog, 930 fail by franc alone (96%), and all
// of them by being the same as the source.
// Placeholders ({name}) and digits are taken out before judging.
import { francAll } from "franc-min";

// A catalog's language tag -> its ISO 639-3 code in franc. A new language adds itself here.
export const FRANC_CODE = { en: "eng", es: "spa", ar: "arb" };

export const MIN_LETTERS = 20;
export const MIN_GROUP_LETTERS = 40; // joined labels read less like a sentence than one text of the same length
export const MARGIN = 0.9;

// Words that are the same in the language as in English (names of
// illnesses, units); each one is an exception to "a text identical to its
// English source was not translated".
// The product's name is the same in every language.
const SAME_EVERYWHERE = new Set(["spotcheck"]);
export const SAME_AS_ENGLISH = {
  // "Australia": a place an emergency number is for (meta.emergency_call.numbers.000.place);
  // "no": the answer button (ui.common.no), the same word in Spanish.
  es: new Set(["australia", "no"]),
  ar: new Set([]),
};

// Ids whose text is a setting, not words: the same in every language written left to right.
export const NOT_WORDS = new Set(["ui.language.dir"]);

const letters = (text) => (text.match(/\p{L}/gu) ?? []).length;
const clean = (text) => text.replace(/\{[A-Za-z0-9_]+\}/g, " ").replace(/\d+/g, " ");
const groupOf = (id) => id.split(".").slice(0, 2).join(".");

function codeOf(lang) {
  const code = FRANC_CODE[lang] ?? FRANC_CODE[lang.split("-")[0]];
  if (!code) throw new Error(`no franc code for the catalog language "${lang}": add it to FRANC_CODE in tests/js/i18n-language.mjs`);
  return code;
}

/** The language (ISO 639-3) franc clearly prefers to `want` among `candidates`, or null when `want` holds its own. */
export function clearlyOther(text, want, candidates) {
  const scores = francAll(clean(text), { only: candidates, minLength: 1 });
  const own = scores.find(([code]) => code === want)?.[1] ?? 0;
  return own < MARGIN * scores[0][1] ? scores[0][0] : null;
}

/**
 * Texts of `catalog` (language `lang`) not in that language: [{ where, detected, text }].
 * `source` is the English { id: text }; `others` the other catalog languages' tags.
 */
export function wrongLanguage(lang, catalog, source, others = []) {
  const want = codeOf(lang);
  const candidates = [...new Set([want, codeOf("en"), ...others.map(codeOf)])];
  const wrong = [];
  const allowed = new Set([...SAME_EVERYWHERE, ...(SAME_AS_ENGLISH[lang] ?? [])]);
  const short = new Map();
  for (const [id, text] of Object.entries(catalog)) {
    if (NOT_WORDS.has(id)) continue;
    const same = source[id] !== undefined && text.trim().toLowerCase() === source[id].trim().toLowerCase();
    if (same && letters(clean(text)) > 0 && !allowed.has(text.trim().toLowerCase())) {
      wrong.push({ where: id, detected: "same as English", text });
      continue;
    }
    if (letters(clean(text)) >= MIN_LETTERS) {
      const detected = clearlyOther(text, want, candidates);
      if (detected) wrong.push({ where: id, detected, text });
    } else short.set(groupOf(id), [...(short.get(groupOf(id)) ?? []), text]);
  }
  for (const [group, texts] of short) {
    const joined = texts.map((t) => (/[.!?:;]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`)).join(" ");
    if (letters(clean(joined)) < MIN_GROUP_LETTERS) continue;
    const detected = clearlyOther(joined, want, candidates);
    if (detected) wrong.push({ where: `${group}.* (${texts.length} short texts together)`, detected, text: joined });
  }
  return wrong;
}
