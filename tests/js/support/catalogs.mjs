// Catalogs the language tests make for themselves from data/ (until, and
// beside, the real ones): every English id of the knowledge base and of
// data/i18n/en/*.json mapped to a text that is plainly not English.
import { readFileSync, readdirSync } from "node:fs";
import { kbTexts } from "../../../scripts/i18n/kb-texts.mjs";

const data = new URL("../../../data/", import.meta.url);
const readJson = (url) => JSON.parse(readFileSync(url, "utf8"));

/** data/ as the wasm bundle keys it: { "meta.json": {...}, "conditions/measles.json": {...}, ... }. */
export function dataFiles() {
  const files = {};
  for (const name of readdirSync(data).filter((n) => n.endsWith(".json"))) files[name] = readJson(new URL(name, data));
  for (const name of readdirSync(new URL("conditions/", data)).filter((n) => n.endsWith(".json")))
    files[`conditions/${name}`] = readJson(new URL(`conditions/${name}`, data));
  return files;
}

/** data/i18n/en/engine.json: engine.* id -> English template. */
export const engineTexts = () => readJson(new URL("i18n/en/engine.json", data));

export const placeholders = (text) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]);

/** "<<id>>", with the English text's placeholders kept: "<<meta.reason_texts.cause_best {condition}>>". */
export const fakeText = (id, english) => `<<${[id, ...placeholders(english).map((p) => `{${p}}`)].join(" ")}>>`;

/** Every id of `texts` mapped to its fake text. */
export const fakeCatalog = (texts) => Object.fromEntries(Object.entries(texts).map(([id, english]) => [id, fakeText(id, english)]));

/** The knowledge base's and the engine's ids (no ui.*: the page's own words are not the engine's). */
export const allEngineTexts = () => ({ ...kbTexts(dataFiles()), ...engineTexts() });

/** Is this a causes' longer text (dist/i18n/<lang>.causes.json) in the shared design? */
export const isCausesText = (id) => /^condition\.[^.]+\.(description|care|warning_signs|figure)(\.|$)/.test(id);

/** Is this a finding's label or text (dist/i18n/<lang>.findings.json)? */
export const isFindingsText = (id) => /^finding\.[^.]+\.(label|text)$/.test(id);

/** Is this a rule's reason (dist/i18n/<lang>.rules.json, fetched with <lang>.json)? */
export const isRulesText = (id) => /^rule\.[^.]+\.reason$/.test(id);

/** The file an id is fetched in: "" (<lang>.json), "rules", "causes" or "findings". */
export const partOf = (id) => (isCausesText(id) ? "causes" : isFindingsText(id) ? "findings" : isRulesText(id) ? "rules" : "");
