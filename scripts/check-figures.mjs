// The build's check of the pictures: every picture data/ names (questions.json, conditions/)
// exists in web/figures/ for every skin tone, no figure file is left that
// nothing names, and the files are what tools/figures/draw.mjs draws (so a
// hand edit or a forgotten re-run fails the build instead of drifting).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { drawAll } from "../tools/figures/draw.mjs";

/** The picture stems questions.json and the conditions name, with where: [{ stem, where }]. */
export function namedPictures(questionsJson, conditions = []) {
  const named = [];
  const tones = questionsJson.skin_tones;
  if (tones?.picture) named.push({ stem: tones.picture, where: "skin_tones.picture" });
  for (const q of questionsJson.questions ?? []) {
    if (q.figure?.picture) named.push({ stem: q.figure.picture, where: `${q.id}.figure` });
    for (const o of q.options ?? []) if (o.picture) named.push({ stem: o.picture, where: `${q.id}.${o.finding}` });
  }
  for (const c of conditions) if (c.figure?.picture) named.push({ stem: c.figure.picture, where: `conditions/${c.id}.json figure` });
  return named;
}

/** Every data/conditions/<id>.json, parsed, in file-name order. */
export function readConditions(dataDir) {
  const dir = join(dataDir, "conditions");
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
}

/** Problems (strings) with the figures of `dataDir` in `figuresDir`; [] when all is well. */
export function figureProblems(dataDir, figuresDir, { drawn = drawAll() } = {}) {
  const questions = JSON.parse(readFileSync(join(dataDir, "questions.json"), "utf8"));
  const tones = (questions.skin_tones?.tones ?? []).map((t) => t.id);
  const problems = [];
  const wanted = new Set();
  for (const { stem, where } of namedPictures(questions, readConditions(dataDir))) {
    for (const tone of tones) {
      const file = `${stem}-${tone}.svg`;
      wanted.add(file);
      if (!existsSync(join(figuresDir, file))) problems.push(`data/${where.startsWith("conditions/") ? "" : "questions.json "}${where}: web/figures/${file} is missing`);
    }
  }
  const present = existsSync(figuresDir) ? readdirSync(figuresDir).filter((f) => f.endsWith(".svg")) : [];
  for (const file of present) {
    if (!wanted.has(file)) problems.push(`web/figures/${file}: no picture in data/ names it`);
    else if (drawn[file] !== readFileSync(join(figuresDir, file), "utf8")) {
      problems.push(`web/figures/${file}: differs from what tools/figures/draw.mjs draws (run it again)`);
    }
  }
  return problems;
}

/** Throws with every problem: the build stops. */
export function checkFigures(root) {
  const problems = figureProblems(join(root, "data"), join(root, "web", "figures"));
  if (problems.length) throw new Error(`build: the pictures do not match the data:\n  ${problems.join("\n  ")}`);
}
