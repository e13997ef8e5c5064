// A stand-in for the catalog build (issue 16, scripts/i18n/build-catalogs.mjs
// on its own branch) until it is merged: when dist/ has no i18n/languages.json,
// the browser tests serve build/standin-dist/ instead, which links every file
// of dist/ and adds i18n/<lang>.json (every id of data/i18n/<lang>/*.json,
// flat) and i18n/languages.json, as that build names them. dist/ itself is
// never written (its service worker's list must stay its own). Once the real
// build writes them, dist/ is served as it is.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** The folder the browser tests serve: dist/, or the stand-in beside it. */
export function servedDist() {
  const dist = join(root, "dist");
  if (existsSync(join(dist, "i18n", "languages.json"))) return dist;
  const overlay = join(root, "build", "standin-dist");
  rmSync(overlay, { recursive: true, force: true });
  mkdirSync(join(overlay, "i18n"), { recursive: true });
  for (const name of readdirSync(dist).filter((n) => n !== "i18n")) symlinkSync(join(dist, name), join(overlay, name));
  const i18n = join(root, "data", "i18n");
  const languages = [];
  for (const lang of readdirSync(i18n).sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)))) {
    const catalog = {};
    for (const file of readdirSync(join(i18n, lang)).filter((f) => f.endsWith(".json") && f !== "glossary.json")) {
      Object.assign(catalog, JSON.parse(readFileSync(join(i18n, lang, file), "utf8")));
    }
    languages.push({ id: lang, name: catalog["ui.language.name"], dir: catalog["ui.language.dir"] });
    if (lang !== "en") writeFileSync(join(overlay, "i18n", `${lang}.json`), JSON.stringify(catalog));
  }
  writeFileSync(join(overlay, "i18n", "languages.json"), JSON.stringify(languages));
  return overlay;
}
