// scripts/i18n/build-catalogs.mjs on small fake knowledge bases: a clean tree
// builds, and each way a translation can go wrong is reported, one line each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCatalogs, planCatalogs, isCausesText, isFindingsText, isRulesText, MAX_GZIP_BYTES } from "../../scripts/i18n/build-catalogs.mjs";
import { fakeTree, FAKE_ES } from "./i18n-fake-tree.mjs";

const script = fileURLToPath(new URL("../../scripts/i18n/build-catalogs.mjs", import.meta.url));
const problemsOf = (edit, options) => planCatalogs(fakeTree(edit, options)).problems;

// Exactly one problem, naming `id` (or file) and saying `what`.
function assertOneProblem(problems, where, what) {
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.ok(problems[0].includes(where), `"${problems[0]}" names ${where}`);
  assert.match(problems[0], what);
}

test("a clean tree has no problems and builds the four files per language and the list of languages", () => {
  const data = fakeTree();
  assert.deepEqual(planCatalogs(data).problems, []);
  const out = mkdtempSync(join(tmpdir(), "spotcheck-i18n-out-"));
  try {
    const written = buildCatalogs(data, out, { log: () => {} });
    const files = ["es.causes.json", "es.findings.json", "es.json", "es.rules.json", "languages.json"];
    assert.deepEqual(readdirSync(join(out, "i18n")).sort(), files);
    assert.deepEqual(written.map((w) => w.file).sort(), files.map((f) => `i18n/${f}`));
    const read = (file) => JSON.parse(readFileSync(join(out, "i18n", file), "utf8"));
    const [main, rules, causes, findings] = ["es.json", "es.rules.json", "es.causes.json", "es.findings.json"].map(read);
    const every = Object.assign({}, ...["kb-interview.json", "kb-conditions.json", "ui.json", "engine.json"].map((f) => FAKE_ES[f]));
    // Every id once, in the file the shared design puts it in.
    assert.deepEqual({ ...main, ...rules, ...causes, ...findings }, every);
    assert.ok(Object.keys(rules).length > 0 && Object.keys(rules).every(isRulesText));
    assert.ok(Object.keys(causes).length > 0 && Object.keys(causes).every(isCausesText));
    assert.ok(Object.keys(findings).length > 0 && Object.keys(findings).every(isFindingsText));
    assert.ok(Object.keys(main).every((id) => !isCausesText(id) && !isFindingsText(id) && !isRulesText(id)));
    assert.equal(main["condition.measles.name"], "Sarampión", "a cause's name comes with the interview's words");
    assert.deepEqual(JSON.parse(readFileSync(join(out, "i18n", "languages.json"), "utf8")), [
      { id: "en", name: "English", dir: "ltr" },
      { id: "es", name: FAKE_ES["ui.json"]["ui.language.name"], dir: "ltr" },
    ]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test("no language folder at all is a clean tree: languages.json lists English alone", () => {
  const data = fakeTree(() => {}, { languages: {} });
  const { files, problems } = planCatalogs(data);
  assert.deepEqual(problems, []);
  assert.deepEqual(files.map((f) => f.file), ["i18n/languages.json"]);
  assert.deepEqual(JSON.parse(files[0].bytes), [{ id: "en", name: "English", dir: "ltr" }]);
});

test("a right-to-left language is listed with dir rtl", () => {
  const ar = structuredClone(FAKE_ES);
  Object.assign(ar["ui.json"], { "ui.language.name": "العربية", "ui.language.dir": "rtl" });
  const { files, problems } = planCatalogs(fakeTree(() => {}, { languages: { es: FAKE_ES, ar } }));
  assert.deepEqual(problems, []);
  const listed = JSON.parse(files.find((f) => f.file === "i18n/languages.json").bytes);
  assert.deepEqual(listed.map((l) => `${l.id} ${l.dir}`), ["en ltr", "ar rtl", "es ltr"]);
});

test("a missing id is reported", () => {
  assertOneProblem(problemsOf((es) => delete es["kb-conditions.json"]["condition.measles.care.0"]), "condition.measles.care.0", /missing/);
});

test("a missing catalog file is reported once, with the number of ids it should hold", () => {
  assertOneProblem(problemsOf((es) => delete es["engine.json"]), "data/i18n/es/engine.json", /missing \(the source has 1 ids/);
});

test("an id the English source does not have (dropped, or misspelt) is reported", () => {
  assertOneProblem(problemsOf((es) => (es["kb-interview.json"]["question.q_fevr.text"] = "¿Fiebre?")), "question.q_fevr.text", /not in the English source/);
});

test("an id given in two files is reported", () => {
  assertOneProblem(problemsOf((es) => (es["kb-conditions.json"]["meta.unexplained.message"] = "Otra vez.")), "meta.unexplained.message", /also given in kb-interview\.json/);
});

test("an id given twice in one file is reported (JSON would keep the last silently)", () => {
  const problems = problemsOf((es) => {
    const text = JSON.stringify(es["ui.json"], null, 1);
    es["ui.json"] = text.replace(/\n}$/, ',\n "ui.progress": "Pregunta {n} de unas {left} m\\u00e1s: \\"ui.progress\\": no"\n}');
  });
  assertOneProblem(problems, "data/i18n/es/ui.json: ui.progress", /given twice in this file/);
});

test("an id in the wrong file is reported", () => {
  const problems = problemsOf((es) => {
    es["kb-conditions.json"]["question.q_fever.text"] = es["kb-interview.json"]["question.q_fever.text"];
    delete es["kb-interview.json"]["question.q_fever.text"];
  });
  assertOneProblem(problems, "data/i18n/es/kb-conditions.json: question.q_fever.text", /belongs in kb-interview\.json/);
});

test("an empty text (or only spaces) is reported", () => {
  assertOneProblem(problemsOf((es) => (es["kb-interview.json"]["question.q_fever.options.fever.text"] = "  ")), "question.q_fever.options.fever.text", /empty text/);
});

test("a placeholder renamed, dropped or added is reported", () => {
  assertOneProblem(problemsOf((es) => (es["ui.json"]["ui.progress"] = "Pregunta {num} · unas {left} más")), "ui.progress", /placeholders \{left\} \{num\} differ from the source's \{left\} \{n\}/);
  assertOneProblem(problemsOf((es) => (es["engine.json"]["engine.error.unknown_field"] = "Campo desconocido.")), "engine.error.unknown_field", /placeholders \(none\)/);
  assertOneProblem(problemsOf((es) => (es["kb-interview.json"]["meta.unexplained.message"] = "No encaja {count}.")), "meta.unexplained.message", /placeholders \{count\} differ from the source's \(none\)/);
});

test("a file that is not JSON, or not one object of texts, is reported", () => {
  assert.ok(problemsOf((es) => (es["ui.json"] = "{ not json")).some((p) => /ui\.json: not valid JSON/.test(p)));
  assert.ok(problemsOf((es) => (es["ui.json"] = ["Pregunta"])).some((p) => /ui\.json: must be one JSON object/.test(p)));
  assertOneProblem(problemsOf((es) => (es["kb-strings.json"] = {})), "data/i18n/es/kb-strings.json", /not a catalog file/);
});

test("a glossary that is missing or malformed is reported", () => {
  assertOneProblem(problemsOf((es) => delete es["glossary.json"]), "glossary.json", /missing/);
  assertOneProblem(problemsOf((es) => (es["glossary.json"] = [{ en: "fever" }])), "glossary.json: [0]", /"term" must be a non-empty text/);
  assertOneProblem(problemsOf((es) => es["glossary.json"].push({ en: "Fever", term: "calentura" })), "glossary.json: [1]", /twice/);
  assertOneProblem(problemsOf((es) => (es["glossary.json"] = { fever: "fiebre" })), "glossary.json", /must be a JSON array/);
});

test("a writing direction other than ltr or rtl is reported", () => {
  assertOneProblem(problemsOf((es) => (es["ui.json"]["ui.language.dir"] = "right")), "ui.language.dir", /must be "ltr" or "rtl"/);
});

test("a file above 25 KiB gzip is reported", () => {
  // Random bytes as base64: gzip cannot take them much below 3/4 of their length.
  const noise = randomBytes(36 * 1024).toString("base64");
  const problems = problemsOf((es) => (es["kb-conditions.json"]["condition.measles.description"] = noise));
  assertOneProblem(problems, "i18n/es.causes.json", new RegExp(`above the ${MAX_GZIP_BYTES / 1024}\\.0 KiB`));
});

test("--english writes the English source as a language's files, which pass the check once a glossary is added", () => {
  const data = fakeTree(() => {}, { languages: {} });
  const folder = join(data, "i18n", "xx");
  const out = execFileSync(process.execPath, [script, "--english", folder, "--data", data], { encoding: "utf8" });
  assert.match(out, /kb-conditions\.json: 4 texts/);
  writeFileSync(join(folder, "glossary.json"), JSON.stringify([{ en: "fever", term: "fever", note: "" }]));
  const { languages, problems } = planCatalogs(data);
  assert.deepEqual(problems, []);
  assert.deepEqual(languages.map((l) => l.id), ["xx"]);
});

test("--check prints one line per problem and exits non-zero; a clean tree exits 0", () => {
  const broken = fakeTree((es) => {
    delete es["kb-conditions.json"]["condition.measles.care.0"];
    es["ui.json"]["ui.progress"] = "Pregunta";
  });
  let failure;
  try {
    execFileSync(process.execPath, [script, "--check", "--data", broken], { encoding: "utf8" });
  } catch (e) {
    failure = e;
  }
  assert.ok(failure, "--check failed");
  assert.equal(failure.status, 1);
  const lines = failure.stdout.trim().split("\n");
  assert.equal(lines.length, 2, failure.stdout);
  assert.ok(lines.some((l) => l.includes("condition.measles.care.0")) && lines.some((l) => l.includes("ui.progress")));
  const clean = execFileSync(process.execPath, [script, "--check", "--data", fakeTree()], { encoding: "utf8" });
  assert.match(clean, /1 language\(s\) complete: es/);
});
