// A small knowledge base with one translated language, written into a temp
// dir, for the catalog tests: each test changes one thing and looks for the
// problem it must cause.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const FAKE_KB = {
  "meta.json": { triage_levels: [{ id: "emergency", advice: "Call 999 now." }], unexplained: { message: "These answers do not match a cause we know." } },
  "findings.json": { findings: [{ id: "fever", label: "Fever", text: "A temperature of 38 C or more." }] },
  "questions.json": { questions: [{ id: "q_fever", text: "Do you have a fever?", options: [{ finding: "fever", text: "Yes" }] }] },
  "red_flags.json": { rules: [{ id: "fever_rash", level: "urgent", reason: "A fever with a rash: call 111 today.", when: { finding: "fever" } }] },
  "conditions/measles.json": { id: "measles", name: "Measles", description: "A virus that spreads fast.", care: ["Rest at home."], warning_signs: ["Trouble breathing: call 999."] },
  "i18n/en/ui.json": { "ui.language.name": "English", "ui.language.dir": "ltr", "ui.progress": "Question {n} · about {left} more" },
  "i18n/en/engine.json": { "engine.error.unknown_field": "Unknown field {field}." },
};

export const FAKE_ES = {
  "kb-interview.json": {
    "meta.triage_levels.emergency.advice": "Llame al 999 ahora.",
    "meta.unexplained.message": "Estas respuestas no encajan con ninguna causa conocida.",
    "question.q_fever.text": "¿Tiene fiebre?",
    "question.q_fever.options.fever.text": "Sí",
    "finding.fever.label": "Fiebre",
    "finding.fever.text": "Una temperatura de 38 C o más.",
    "rule.fever_rash.reason": "Fiebre con un sarpullido: llame al 111 hoy.",
  },
  "kb-conditions.json": {
    "condition.measles.name": "Sarampión",
    "condition.measles.description": "Un virus que se contagia rápido.",
    "condition.measles.care.0": "Descanse en casa.",
    "condition.measles.warning_signs.0": "Le cuesta respirar: llame al 999.",
  },
  "ui.json": { "ui.language.name": "Español", "ui.language.dir": "ltr", "ui.progress": "Pregunta {n} · unas {left} más" },
  "engine.json": { "engine.error.unknown_field": "Campo desconocido: {field}." },
  "glossary.json": [{ en: "fever", term: "fiebre", note: "" }],
};

// Each test file makes dozens of trees: they go when its process ends
// (a test may still be reading one when the next is made).
const made = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Writes FAKE_KB and data/i18n/es (FAKE_ES, changed by `edit(es)`) under a new temp dir; returns its data/ path. */
export function fakeTree(edit = () => {}, { languages = { es: FAKE_ES } } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "spotcheck-i18n-"));
  made.push(dir);
  const data = join(dir, "data");
  const write = (path, content) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 1));
  };
  for (const [file, content] of Object.entries(FAKE_KB)) write(join(data, file), content);
  for (const [lang, files] of Object.entries(languages)) {
    const copy = structuredClone(files);
    if (lang === "es") edit(copy);
    for (const [file, content] of Object.entries(copy)) if (content !== undefined) write(join(data, "i18n", lang, file), content);
  }
  return data;
}
