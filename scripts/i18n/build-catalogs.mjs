#!/usr/bin/env node
// Checks every language's catalogs (data/i18n/<lang>/) against the English
// source and writes what the page fetches when that language is chosen:
//   dist/i18n/<lang>.json           every id but the rules' reasons and the texts shown only with results
//   dist/i18n/<lang>.rules.json     rule.<id>.reason, fetched with <lang>.json (a part of its own so
//                                   neither file passes the cap as rules are added)
//   dist/i18n/<lang>.causes.json    condition.<id>.description / care / warning_signs / figure
//   dist/i18n/<lang>.findings.json  finding.<id>.label / text
//   dist/i18n/languages.json        [{ id, name, dir }], English first
// The causes' and findings' files hold what English keeps in
// spotcheck_texts.json, and load with it.
// The English source is the knowledge base itself (kb-texts.mjs) plus
// data/i18n/en/ui.json and data/i18n/en/engine.json; English needs no file at
// runtime. Any problem fails the build, one line each.
//
//   node scripts/i18n/build-catalogs.mjs --check      problems only, exit 1 if any
//   node scripts/i18n/build-catalogs.mjs [--out DIR]  check, then write DIR/i18n (default dist/)
//   node scripts/i18n/build-catalogs.mjs --english DIR  the English source as a new language's files, to translate
//   --data DIR reads another knowledge base than data/ (the tests' small fake trees)
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { kbTexts } from "./kb-texts.mjs";

export const SOURCE_LANG = "en";
export const MAX_GZIP_BYTES = 25 * 1024; // issue 16: each language file at most 25 KiB gzip
// The files a language folder holds: the catalogs, each for one kind of id, and the glossary.
export const CATALOG_FILES = ["kb-interview.json", "kb-conditions.json", "ui.json", "engine.json"];
export const GLOSSARY_FILE = "glossary.json";

/** The catalog file an id belongs in (the shared design of issue 16), or null. */
export function catalogFileOf(id) {
  const kind = id.split(".")[0];
  if (kind === "condition") return "kb-conditions.json";
  if (["question", "rule", "meta", "finding"].includes(kind)) return "kb-interview.json";
  if (kind === "ui") return "ui.json";
  if (kind === "engine") return "engine.json";
  return null;
}

/** The causes' longer texts, shown only with results: fetched in a second file. */
export function isCausesText(id) {
  return /^condition\.[^.]+\.(description|care|warning_signs|figure)(\.|$)/.test(id);
}

/** The findings' labels and texts, shown only with results (what fits, what
 * does not): a third file, so no one file passes the cap as rules are added. */
export function isFindingsText(id) {
  return /^finding\.[^.]+\.(label|text)$/.test(id);
}

/** The rules' reasons: shown with any advice, even mid-interview, so fetched
 * with the first file, but a file of their own (about 0.3 KiB gzip a rule). */
export function isRulesText(id) {
  return /^rule\.[^.]+\.reason$/.test(id);
}

/** The file part an id is written to: "" (<lang>.json), "rules", "causes" or "findings". */
export function partOf(id) {
  if (isCausesText(id)) return "causes";
  if (isFindingsText(id)) return "findings";
  if (isRulesText(id)) return "rules";
  return "";
}
// Fetched with <lang>.json whenever a language is chosen.
export const FIRST_PARTS = ["rules"];
// Fetched with the texts shown only with results (spotcheck.mjs loadCatalog({ causes: true })).
export const RESULTS_PARTS = ["causes", "findings"];

/** The {name} placeholders of a text, sorted and without repeats. */
export function placeholders(text) {
  return [...new Set(text.match(/\{[A-Za-z0-9_]+\}/g) ?? [])].sort();
}

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

/** data/*.json and data/conditions/*.json keyed as in the wasm bundle ("meta.json", "conditions/measles.json"). */
export function readKnowledgeBase(dataDir) {
  const files = {};
  const jsonIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".json")).sort() : []);
  for (const name of jsonIn(dataDir)) files[name] = readJson(join(dataDir, name));
  for (const name of jsonIn(join(dataDir, "conditions"))) files[`conditions/${name}`] = readJson(join(dataDir, "conditions", name));
  return files;
}

// Keys written twice in one JSON object: JSON.parse keeps the last silently.
// Every string literal is read in order, so a quote inside a text is never
// taken for a key.
function repeatedKeys(raw) {
  const seen = new Set();
  const repeated = new Set();
  for (const m of raw.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?/g)) {
    if (!m[2]) continue;
    if (seen.has(m[1])) repeated.add(m[1]);
    seen.add(m[1]);
  }
  return [...repeated];
}

// A flat { id: text } file; problems go to `problems` as "path: what".
function readFlat(path, where, problems) {
  let content;
  try {
    const raw = readFileSync(path, "utf8");
    content = JSON.parse(raw);
    for (const id of repeatedKeys(raw)) problems.push(`${where}: ${id}: given twice in this file (the last one would win)`);
  } catch (e) {
    problems.push(`${where}: not valid JSON (${e.message})`);
    return {};
  }
  if (!content || typeof content !== "object" || Array.isArray(content)) {
    problems.push(`${where}: must be one JSON object of id -> text`);
    return {};
  }
  return content;
}

/** The English source: { texts: { id: English }, problems }. */
export function englishSource(dataDir) {
  const problems = [];
  const texts = kbTexts(readKnowledgeBase(dataDir));
  for (const file of ["ui.json", "engine.json"]) {
    const path = join(dataDir, "i18n", SOURCE_LANG, file);
    if (!existsSync(path)) continue; // written by other parts of issue 16; optional until they land
    const where = `data/i18n/${SOURCE_LANG}/${file}`;
    for (const [id, text] of Object.entries(readFlat(path, where, problems))) {
      if (catalogFileOf(id) !== file) problems.push(`${where}: ${id}: an id of ${catalogFileOf(id) ?? "no catalog"}, not of ${file}`);
      else if (typeof text !== "string" || text.trim() === "") problems.push(`${where}: ${id}: empty text`);
      else texts[id] = text;
    }
  }
  return { texts, problems };
}

/** The translated languages: the folders of data/i18n/ other than English, sorted. */
export function languageFolders(dataDir) {
  const dir = join(dataDir, "i18n");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => n !== SOURCE_LANG && statSync(join(dir, n)).isDirectory()).sort();
}

/** Problems of a glossary: an array of { en, term, note } with non-empty en and term. */
export function glossaryProblems(glossary, where) {
  if (!Array.isArray(glossary)) return [`${where}: must be a JSON array of { "en", "term", "note" }`];
  const problems = [];
  const seen = new Set();
  glossary.forEach((entry, i) => {
    const at = `${where}: [${i}]`;
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return problems.push(`${at}: must be an object`);
    for (const key of ["en", "term"]) if (typeof entry[key] !== "string" || entry[key].trim() === "") problems.push(`${at}: "${key}" must be a non-empty text`);
    if ("note" in entry && typeof entry.note !== "string") problems.push(`${at}: "note" must be a text`);
    for (const key of Object.keys(entry)) if (!["en", "term", "note"].includes(key)) problems.push(`${at}: unknown key "${key}"`);
    const en = String(entry.en).toLowerCase();
    if (seen.has(en)) problems.push(`${at}: "${entry.en}" is in the glossary twice`);
    seen.add(en);
  });
  return problems;
}

/**
 * One language checked against the English source.
 * Returns { catalog: { id: text } in source order, glossary, problems: ["data/i18n/<lang>/<file>: ..."] }.
 */
export function checkLanguage(dataDir, lang, source) {
  const dir = join(dataDir, "i18n", lang);
  const problems = [];
  const where = (file) => `data/i18n/${lang}/${file}`;
  const foundIn = new Map(); // id -> the file it was first found in
  const given = {};
  for (const name of readdirSync(dir).sort()) {
    if (!CATALOG_FILES.includes(name) && name !== GLOSSARY_FILE) problems.push(`${where(name)}: not a catalog file (expected ${[...CATALOG_FILES, GLOSSARY_FILE].join(", ")})`);
  }
  for (const file of CATALOG_FILES) {
    const path = join(dir, file);
    const needed = Object.keys(source).filter((id) => catalogFileOf(id) === file).length;
    if (!existsSync(path)) {
      if (needed > 0) problems.push(`${where(file)}: missing (the source has ${needed} ids for it)`);
      continue;
    }
    for (const [id, text] of Object.entries(readFlat(path, where(file), problems))) {
      const at = `${where(file)}: ${id}`;
      if (foundIn.has(id)) {
        problems.push(`${at}: also given in ${foundIn.get(id)}`);
        continue;
      }
      foundIn.set(id, file);
      if (!(id in source)) {
        problems.push(`${at}: not in the English source (dropped or misspelt)`);
        continue;
      }
      if (catalogFileOf(id) !== file) problems.push(`${at}: belongs in ${catalogFileOf(id)}`);
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`${at}: empty text`);
        continue;
      }
      const want = placeholders(source[id]).join(" ");
      const got = placeholders(text).join(" ");
      if (want !== got) problems.push(`${at}: placeholders ${got || "(none)"} differ from the source's ${want || "(none)"}`);
      given[id] = text;
    }
  }
  for (const id of Object.keys(source)) {
    if (!foundIn.has(id) && existsSync(join(dir, catalogFileOf(id)))) problems.push(`${where(catalogFileOf(id))}: ${id}: missing`);
  }
  let glossary = [];
  const glossaryPath = join(dir, GLOSSARY_FILE);
  if (!existsSync(glossaryPath)) problems.push(`${where(GLOSSARY_FILE)}: missing (the medical terms chosen for ${lang})`);
  else {
    try {
      glossary = readJson(glossaryPath);
      problems.push(...glossaryProblems(glossary, where(GLOSSARY_FILE)));
    } catch (e) {
      problems.push(`${where(GLOSSARY_FILE)}: not valid JSON (${e.message})`);
    }
  }
  const catalog = {};
  for (const id of Object.keys(source)) if (id in given) catalog[id] = given[id];
  return { catalog, glossary, problems };
}

/** Every language checked: { source, languages: [{ id, catalog, glossary }], problems }. */
export function checkCatalogs(dataDir) {
  const { texts: source, problems } = englishSource(dataDir);
  const languages = [];
  for (const lang of languageFolders(dataDir)) {
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
      problems.push(`data/i18n/${lang}: not a language tag (e.g. "es", "pt-BR")`);
      continue;
    }
    const checked = checkLanguage(dataDir, lang, source);
    problems.push(...checked.problems);
    languages.push({ id: lang, catalog: checked.catalog, glossary: checked.glossary });
  }
  return { source, languages, problems };
}

// A language's name in itself and its writing direction: its ui.json's
// ui.language.name and ui.language.dir (Intl's, until the UI's ids exist).
function describeLanguage(lang, catalog, problems) {
  const name = catalog["ui.language.name"] ?? new Intl.DisplayNames([lang], { type: "language" }).of(lang);
  const dir = catalog["ui.language.dir"] ?? new Intl.Locale(lang).textInfo?.direction ?? "ltr";
  if (!["ltr", "rtl"].includes(dir)) problems.push(`data/i18n/${lang}/ui.json: ui.language.dir: "${dir}" must be "ltr" or "rtl"`);
  return { id: lang, name, dir };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Every check, and the files a build would write, without writing them:
 * { files: [{ file: "i18n/es.json", bytes, raw, gzip }], languages, problems }.
 */
export function planCatalogs(dataDir) {
  const { source, languages, problems } = checkCatalogs(dataDir);
  const english = { "ui.language.name": "English", "ui.language.dir": "ltr", ...source };
  const listed = [describeLanguage(SOURCE_LANG, english, problems), ...languages.map((l) => describeLanguage(l.id, l.catalog, problems))];
  const outputs = [];
  for (const { id, catalog } of languages) {
    const parts = Object.fromEntries(["", ...FIRST_PARTS, ...RESULTS_PARTS].map((part) => [part, {}]));
    for (const [key, text] of Object.entries(catalog)) parts[partOf(key)][key] = text;
    for (const [part, content] of Object.entries(parts)) outputs.push([part ? `${id}.${part}.json` : `${id}.json`, content]);
  }
  outputs.push(["languages.json", listed]);
  const files = outputs.map(([file, content]) => {
    const bytes = Buffer.from(JSON.stringify(content));
    return { file: `i18n/${file}`, bytes, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  for (const f of files) if (f.gzip > MAX_GZIP_BYTES) problems.push(`${f.file}: ${kib(f.gzip)} gzip, above the ${kib(MAX_GZIP_BYTES)} a language may cost`);
  return { files, languages, problems };
}

/**
 * Checks, then writes <outDir>/i18n/. Throws with every problem, one a line.
 * Returns [{ file, raw, gzip }] (bytes), one per file written.
 */
export function buildCatalogs(dataDir, outDir, { log = console.log } = {}) {
  const { files, problems } = planCatalogs(dataDir);
  if (problems.length) throw new Error(`catalogs: ${problems.length} problem(s):\n${problems.join("\n")}`);
  mkdirSync(join(outDir, "i18n"), { recursive: true });
  for (const f of files) {
    writeFileSync(join(outDir, f.file), f.bytes);
    log(`build: ${f.file} ${kib(f.raw)} raw, ${kib(f.gzip)} gzip`);
  }
  return files.map(({ file, raw, gzip }) => ({ file, raw, gzip }));
}

/** The English source split into a language folder's catalog files: the starting point of a new language. */
export function englishCatalogFiles(dataDir) {
  const { texts, problems } = englishSource(dataDir);
  if (problems.length) throw new Error(problems.join("\n"));
  const files = Object.fromEntries(CATALOG_FILES.map((f) => [f, {}]));
  for (const [id, text] of Object.entries(texts)) files[catalogFileOf(id)][id] = text;
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const option = (name) => (process.argv.indexOf(name) > 0 ? resolve(process.argv[process.argv.indexOf(name) + 1]) : null);
  const dataDir = option("--data") ?? join(root, "data");
  if (option("--english")) {
    mkdirSync(option("--english"), { recursive: true });
    for (const [file, texts] of Object.entries(englishCatalogFiles(dataDir))) {
      writeFileSync(join(option("--english"), file), `${JSON.stringify(texts, null, 2)}\n`);
      console.log(`${join(option("--english"), file)}: ${Object.keys(texts).length} texts`);
    }
  } else if (process.argv.includes("--check")) {
    const { languages, problems } = planCatalogs(dataDir);
    for (const p of problems) console.log(p);
    if (problems.length) process.exit(1);
    console.log(`catalogs: ${languages.length} language(s) complete${languages.length ? `: ${languages.map((l) => l.id).join(", ")}` : ""}`);
  } else {
    try {
      buildCatalogs(dataDir, option("--out") ?? join(root, "dist"));
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
  }
}
