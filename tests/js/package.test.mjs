// The npm package as a site gets it: `npm pack`, installed from the tarball
// into a scratch project, imported as "spotcheck" from Node, and its
// TypeScript declarations checked by the compiler.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
let scratch, site, packed;

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

before(() => {
  scratch = mkdtempSync(join(tmpdir(), "spotcheck-pack-"));
  [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", scratch], root));
  site = join(scratch, "site");
  run("mkdir", ["-p", site]);
  writeFileSync(join(site, "package.json"), JSON.stringify({ name: "site", private: true, type: "module" }));
  // The package has no dependencies: installing from the tarball needs no network.
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", join(scratch, packed.filename)], site);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test("the tarball holds the entry point, its types, the wasm and the built catalogs, and no sources", () => {
  const files = packed.files.map((f) => f.path).filter((f) => f.includes("/")).sort();
  const catalogs = files.filter((f) => f.startsWith("dist/i18n/"));
  assert.deepEqual(files.filter((f) => !catalogs.includes(f)),
    ["dist/localize.mjs", "dist/spotcheck.d.ts", "dist/spotcheck.mjs", "dist/spotcheck_interview_texts.json", "dist/spotcheck_texts.json", "dist/spotcheck_wasm.mjs", "dist/spotcheck_wasm.wasm",
      "dist/spotcheck_wasm_custom.mjs", "dist/spotcheck_wasm_custom.wasm"]);
  // Every catalog the build wrote (the languages other than English), and nothing else from there.
  const built = existsSync(join(root, "dist", "i18n")) ? readdirSync(join(root, "dist", "i18n")).map((n) => `dist/i18n/${n}`).sort() : [];
  assert.deepEqual(catalogs, built);
  assert.ok(catalogs.includes("dist/i18n/languages.json"));
});

test("a site imports createChecker from \"spotcheck\" and assesses a case in Node", () => {
  writeFileSync(join(site, "use.mjs"), `
    import { createChecker } from "spotcheck";
    const checker = await createChecker();
    const urgent = checker.assess({ age: 16, findings: { blanches_on_pressure: false, fever: true } });
    const bad = checker.assess({ findings: { fevr: true } });
    const kb = checker.describe();
    const described = kb.conditions.every((c) => c.description && c.care.length) && kb.findings.every((f) => f.label)
      && kb.questions.every((q) => q.text) && urgent.triage.reasons.length > 0 && urgent.triage.reasons.every((r) => r);
    console.log(JSON.stringify({ level: urgent.triage.level, error: bad.error.code, questions: kb.questions.length, described }));
  `);
  const out = JSON.parse(run(process.execPath, ["use.mjs"], site));
  // described: the texts kept out of the wasm (spotcheck_texts.json, spotcheck_interview_texts.json) ship and load from the installed package.
  assert.deepEqual(out, { level: "emergency", error: "unknown_finding", questions: out.questions, described: true });
  assert.ok(out.questions > 10, `the knowledge base has ${out.questions} questions`);
});

const TSCONFIG = { compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022", "dom"], types: [] } };

function typecheck(name, source) {
  writeFileSync(join(site, name), source);
  writeFileSync(join(site, "tsconfig.json"), JSON.stringify({ ...TSCONFIG, files: [name] }));
  try {
    run(process.execPath, [tsc, "-p", "tsconfig.json"], site);
    return "";
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

test("the TypeScript declarations type a correct use of the package", () => {
  const problems = typecheck("good.mts", `
    import { createChecker, type Case, type Result, type ErrorResult, type TriageLevel } from "spotcheck";
    const checker = await createChecker();
    const kase: Case = { age: 34, sex: "female", findings: { fever: true, blanches_on_pressure: "unknown" } };
    const answer: Result | ErrorResult = checker.assess(kase);
    if ("error" in answer) {
      const where: string = answer.error.path;
      console.log(answer.error.code, where);
    } else {
      const level: TriageLevel = answer.triage.level;
      const top: number = answer.conditions[0].score;
      const next = answer.next_question;
      console.log(level, top, next === null ? "done" : next.options?.map((o) => o.text));
    }
    const kb = checker.describe();
    console.log(kb.questions[0].type, kb.sources["x"]?.url, kb.triage_levels.map((t) => t.advice));
    const signs: string[] = [kb.emergency_signs.title, ...kb.emergency_signs.items, kb.results_note.text];
    const result = checker.assess(kase);
    if (!("error" in result)) {
      const left: string[] = [...result.triage.unanswered_red_flags, ...result.triage.unsure_red_flags];
      const unexplained: string[] = result.fit.matches_known_causes ? [] : result.fit.unexplained;
      console.log(signs, left, unexplained, result.fit.message ?? "", result.triage.reason_details.some((r) => r.unexplained));
    }
  `);
  assert.equal(problems, "");
});

test("the TypeScript declarations reject a malformed case and a wrong use of the result", () => {
  const problems = typecheck("bad.mts", `
    import { createChecker } from "spotcheck";
    const checker = await createChecker();
    checker.assess({ age: "34", findings: { fever: "yes" } });
    const r = checker.assess({});
    r.triage.level;
  `);
  assert.match(problems, /bad\.mts\(4,22\): error TS2322: Type 'string' is not assignable to type 'number'/);
  assert.match(problems, /bad\.mts\(4,45\): error TS2322: Type '"yes"' is not assignable to type 'Answer'/);
  // A result may be an error object: reading triage needs a check first.
  assert.match(problems, /bad\.mts\(6,7\): error TS2339: Property 'triage' does not exist/);
});
