// The page in another language: what it must never show, and how to check.
// The English texts come from the catalogs' sources (data/i18n/en/*.json and
// the knowledge base's texts, scripts/i18n/kb-texts.mjs), never typed here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { kbTexts } from "../../../scripts/i18n/kb-texts.mjs";

const dataDir = fileURLToPath(new URL("../../../data", import.meta.url));
const readJson = (...path) => JSON.parse(readFileSync(join(dataDir, ...path), "utf8"));

/** The languages besides English that data/i18n/ holds, with their ui.language.dir: [{ id, dir }]. */
export const OTHER_LANGUAGES = readdirSync(join(dataDir, "i18n")).filter((id) => id !== "en").sort()
  .map((id) => ({ id, dir: readJson("i18n", id, "ui.json")["ui.language.dir"] }));

/** Every English text of 12 characters or more the page could show: the page's, the engine's, the knowledge base's. */
export function englishTexts() {
  const texts = [];
  for (const file of readdirSync(join(dataDir, "i18n", "en")).filter((f) => f.endsWith(".json"))) {
    texts.push(...Object.values(readJson("i18n", "en", file)));
  }
  // The knowledge base as the wasm bundle names its files.
  const files = {};
  for (const f of readdirSync(dataDir).filter((f) => f.endsWith(".json") && f !== "sources.json")) files[f] = readJson(f);
  for (const f of readdirSync(join(dataDir, "conditions")).filter((f) => f.endsWith(".json"))) files[`conditions/${f}`] = readJson("conditions", f);
  texts.push(...Object.values(kbTexts(files)));
  // Placeholders split a text into the parts that show as they are.
  const parts = texts.flatMap((t) => t.split(/\{[A-Za-z0-9_]+\}/)).map((t) => t.trim());
  return [...new Set(parts.filter((t) => t.length >= 12))];
}

/**
 * The English texts (of `texts`) found in the page's text nodes: the whole
 * body, open or folded, except scripts, styles and what is marked lang="en"
 * (source titles: the names of English pages). Returns [{ text, in }].
 */
export function englishLeft(page, texts) {
  return page.evaluate((english) => {
    const found = [];
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest("script, style, noscript, [lang='en']")) continue;
        const text = node.textContent;
        for (const t of english) if (text.includes(t)) found.push({ text: t, in: el.outerHTML.slice(0, 160) });
      }
    };
    walk(document.body);
    for (const host of document.querySelectorAll("*")) if (host.shadowRoot) walk(host.shadowRoot);
    return found;
  }, texts);
}
