// A stand-in for the catalog build (issue 16, scripts/i18n/build-catalogs.mjs
// on its own branch) until it is merged: when dist/i18n/languages.json is
// missing, writes dist/i18n/<lang>.json (every id of data/i18n/<lang>/*.json,
// flat) and languages.json, as that build names them, so the page's language
// tests can run. Once the real build writes them, this does nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { distDir } from "./server.mjs";

const i18nData = fileURLToPath(new URL("../../../data/i18n", import.meta.url));

/** True when the real catalog build wrote dist/i18n/ (false: this stand-in did). */
export function ensureCatalogs() {
  const out = join(distDir, "i18n");
  if (existsSync(join(out, "languages.json"))) return !existsSync(join(out, ".standin"));
  mkdirSync(out, { recursive: true });
  const languages = [];
  for (const lang of readdirSync(i18nData).sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)))) {
    const dir = join(i18nData, lang);
    const catalog = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "glossary.json")) {
      Object.assign(catalog, JSON.parse(readFileSync(join(dir, file), "utf8")));
    }
    languages.push({ id: lang, name: catalog["ui.language.name"], dir: catalog["ui.language.dir"] });
    if (lang !== "en") writeFileSync(join(out, `${lang}.json`), JSON.stringify(catalog));
  }
  writeFileSync(join(out, "languages.json"), JSON.stringify(languages));
  writeFileSync(join(out, ".standin"), "");
  return false;
}
