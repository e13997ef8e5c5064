// The page's own words (data/i18n/<lang>/ui.json, ids "ui.*") and the
// language they are in. English is bundled, so an English visit fetches
// nothing more; another language's words come from the catalog the build
// writes (i18n/<lang>.json beside index.html, which also holds the
// knowledge base's words for the engine) and are kept per language.
// Bundled, the words the screens alone use come with their code
// (scripts/english-words.mjs) and join these through addEnglish.
import englishWords from "../../data/i18n/en/ui.json" with { type: "json" };

const english = { ...englishWords };

// The languages the build offers ([{ id, name, dir }], English first): bundle-ui.mjs
// writes them in from data/i18n/*/ui.json; unbundled (a test importing this
// file) only English is known.
/* global SPOTCHECK_LANGUAGES */
export const LANGUAGES = typeof SPOTCHECK_LANGUAGES !== "undefined" ? SPOTCHECK_LANGUAGES
  : [{ id: "en", name: english["ui.language.name"], dir: english["ui.language.dir"] }];

const loaded = new Map([["en", english]]);

/** Adds English words that came later (ui/screens.js: web/ui/screens.js englishWords). */
export function addEnglish(words) {
  Object.assign(english, words);
}

/** True when the build offers this language id. */
export const offered = (lang) => LANGUAGES.some((l) => l.id === lang);

/** { id, name, dir } of an offered language (English for any other). */
export const languageInfo = (lang) => LANGUAGES.find((l) => l.id === lang) ?? LANGUAGES[0];

/**
 * The language to use: the first of `wanted` (a ?lang value, then a kept
 * choice, then the browser's languages) that the build offers, by its
 * primary subtag ("es-MX" -> "es"); English when none is.
 */
export function chooseLanguage(wanted) {
  for (const tag of wanted ?? []) {
    if (typeof tag !== "string" || tag === "") continue;
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (offered(primary)) return primary;
  }
  return "en";
}

/**
 * Loads a language's page words (once; base: the folder holding i18n/).
 * Resolves to true when they are here (English always is).
 */
export async function loadUiWords(lang, base) {
  if (loaded.has(lang)) return true;
  if (!offered(lang)) return false;
  const response = await fetch(new URL(`i18n/${lang}.json`, base));
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  const catalog = await response.json();
  loaded.set(lang, Object.fromEntries(Object.entries(catalog).filter(([id]) => id.startsWith("ui."))));
  return true;
}

/**
 * A translator for one language: t(id, params) fills "{name}" placeholders;
 * an id the language lacks falls back to English (the build checks every
 * catalog is complete, so this is only for a catalog not yet loaded).
 * t.lang, t.dir, t.number(x), t.percent(share) format in that language.
 */
export function translator(lang) {
  const words = loaded.get(lang) ?? english;
  const numbers = new Intl.NumberFormat(lang);
  const percents = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
  const t = (id, params = {}) => {
    const text = words[id] ?? english[id];
    if (text === undefined) throw new Error(`no text for ${id}`);
    return text.replace(/\{([A-Za-z0-9_]+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
  };
  t.lang = loaded.has(lang) ? lang : "en";
  t.dir = languageInfo(t.lang).dir;
  t.number = (x) => numbers.format(x);
  t.percent = (share) => percents.format(share);
  return t;
}
