#!/usr/bin/env node
// Bundles data/*.json and data/conditions/*.json into one minified JSON object
// keyed by file name, and a C++ source that embeds it in the engine.
//   node scripts/bundle-kb.mjs <data dir> <out.json> <out.cpp> [--texts <texts.json> <interview.json>]
// With --texts (the wasm build) the texts shown only after the start screen
// are left out of the embedded bundle and written to two files instead, so
// they stay off the page's first load (about 39 KB gzip of the wasm):
// texts.json, shown with results (the causes' description, typical picture
// and its alt texts, care and warning signs; the findings' labels and texts;
// the sources' titles, publishers and links), and interview.json, needed
// from the first question on (the rules' reasons; the questions' wording,
// help, pictures and options' words). spotcheck.mjs merges them into
// describe() and every result, and answers no case before interview.json is
// here. The start screen and the about step (emergency signs, skin tones,
// who the check is for) stay in the engine.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

const [dataDir, outJson, outCpp, textsFlag, outTexts, outInterview] = process.argv.slice(2);
if (!dataDir || !outJson || !outCpp || (textsFlag !== undefined && (textsFlag !== "--texts" || !outTexts || !outInterview))) {
  console.error("usage: bundle-kb.mjs <data dir> <out.json> <out.cpp> [--texts <texts.json> <interview.json>]");
  process.exit(2);
}
const LONGER_TEXTS = ["description", "figure", "care", "warning_signs"];
const QUESTION_TEXTS = ["text", "help", "text_for", "help_by_tone", "figure"];

// "note" (at any depth: a rule's, a source's, a finding's) is for people
// editing data/, like a file's "about"; the engine accepts it but never reads
// it, so neither is embedded (with the notes, about 4 KB gzip more in the wasm).
function withoutNotes(value) {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "note").map(([k, v]) => [k, withoutNotes(v)]));
}

const bundle = {};
function add(relative) {
  const file = join(dataDir, relative);
  try {
    const { about, ...content } = JSON.parse(readFileSync(file, "utf8"));
    bundle[relative] = withoutNotes(content);
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    process.exit(1);
  }
}
for (const name of readdirSync(dataDir).filter((n) => n.endsWith(".json")).sort()) add(name);
for (const name of readdirSync(join(dataDir, "conditions")).filter((n) => n.endsWith(".json")).sort()) add(`conditions/${name}`);

// The texts file: { kb_version, conditions: { id: { description, figure, care, warning_signs } },
// findings: { id: { label, text } }, sources: { id: { title, publisher, url } } };
// the interview file: { kb_version, rules: { id: reason }, questions: { id: { text,
// help, text_for, help_by_tone, figure, options: { finding: { text, picture, alt, alt_by_tone } } } } }.
// The sources go too (about 8 KB gzip of the wasm), as the engine needs only
// their ids; those the start screen cites (its emergency signs) stay, as that
// screen shows before the texts are asked for.
if (outTexts) {
  const conditions = {}, findings = {}, sources = {};
  for (const f of bundle["findings.json"].findings) {
    findings[f.id] = { label: f.label, text: f.text };
    delete f.label, delete f.text;
  }
  const onStartScreen = new Set(bundle["meta.json"].emergency_signs?.sources ?? []);
  for (const [id, source] of Object.entries(bundle["sources.json"])) {
    if (onStartScreen.has(id) || source === null || typeof source !== "object") continue;
    sources[id] = source;
    bundle["sources.json"][id] = {};
  }
  for (const [name, content] of Object.entries(bundle)) {
    if (!name.startsWith("conditions/")) continue;
    conditions[content.id] = Object.fromEntries(LONGER_TEXTS.map((k) => [k, content[k]]));
    for (const k of LONGER_TEXTS) delete content[k];
  }
  // The rules' reasons and the questions' words (about 13 KB gzip of the
  // wasm): shown from the first question on, never on the start screen.
  const rules = {}, questions = {};
  for (const rule of bundle["red_flags.json"].rules) {
    rules[rule.id] = rule.reason;
    delete rule.reason;
  }
  for (const question of bundle["questions.json"].questions) {
    const words = Object.fromEntries(QUESTION_TEXTS.filter((k) => question[k] !== undefined).map((k) => [k, question[k]]));
    for (const k of QUESTION_TEXTS) delete question[k];
    if (question.options) {
      words.options = {};
      question.options = question.options.map(({ finding, ...optionWords }) => {
        words.options[finding] = optionWords;
        return { finding };
      });
    }
    questions[question.id] = words;
  }
  const kb_version = bundle["meta.json"].version;
  mkdirSync(dirname(outTexts), { recursive: true });
  mkdirSync(dirname(outInterview), { recursive: true });
  writeFileSync(outTexts, JSON.stringify({ kb_version, conditions, findings, sources }));
  writeFileSync(outInterview, JSON.stringify({ kb_version, rules, questions }));
}

const text = JSON.stringify(bundle);
const delimiter = "SPOTCHECK_KB";
if (text.includes(`)${delimiter}"`)) throw new Error("knowledge base text contains the raw-string delimiter");
mkdirSync(dirname(outJson), { recursive: true });
mkdirSync(dirname(outCpp), { recursive: true });
writeFileSync(outJson, text);
writeFileSync(outCpp, `// Generated by scripts/bundle-kb.mjs from data/. Do not edit.
extern "C" const char spotcheck_builtin_kb[] = R"${delimiter}(${text})${delimiter}";
extern "C" const int spotcheck_builtin_kb_texts_separate = ${outTexts ? 1 : 0};
`);
