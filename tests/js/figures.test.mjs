// The pictures: drawn by tools/figures/draw.mjs (same bytes as web/figures/),
// every one data/ names present for every skin tone, small, self-contained
// (no link, script or font: they show offline, in print and in dark mode),
// and all of them precached by the service worker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { figureProblems, namedPictures, readConditions } from "../../scripts/check-figures.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const figures = join(root, "web", "figures");
const questions = JSON.parse(readFileSync(join(root, "data", "questions.json"), "utf8"));
const tones = questions.skin_tones.tones.map((t) => t.id);
const files = readdirSync(figures).filter((f) => f.endsWith(".svg"));
const conditions = readConditions(join(root, "data"));

test("every picture data/ names is drawn for every skin tone, and nothing else is there", () => {
  assert.deepEqual(figureProblems(join(root, "data"), figures), []);
  const stems = new Set(namedPictures(questions, conditions).map((n) => n.stem));
  assert.equal(files.length, stems.size * tones.length);
});

// Issue 14: "a small typical picture on each cause in the results".
test("every cause in data/conditions/ has a typical picture, drawn for every skin tone, with alt text", () => {
  assert.ok(conditions.length > 0);
  for (const c of conditions) {
    assert.ok(c.figure?.picture, `${c.id}: figure.picture`);
    assert.ok(c.figure.alt?.trim(), `${c.id}: figure.alt`);
    for (const tone of Object.keys(c.figure.alt_by_tone ?? {})) assert.ok(tones.includes(tone), `${c.id}: alt_by_tone.${tone} is a skin tone`);
    for (const tone of tones) assert.ok(files.includes(`${c.figure.picture}-${tone}.svg`), `${c.id}: ${c.figure.picture}-${tone}.svg`);
  }
});

test("the cause pictures' bytes, gzip, one tone (printed for the record)", () => {
  const stems = [...new Set(conditions.map((c) => c.figure.picture))];
  const own = new Set(namedPictures(questions).map((n) => n.stem));
  for (const tone of tones) {
    const bytes = stems.map((s) => readFileSync(join(figures, `${s}-${tone}.svg`)));
    const gzip = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    console.log(`cause pictures ${tone}: ${stems.length} files (${stems.filter((s) => !own.has(s)).length} drawn for causes only), ${bytes.reduce((n, b) => n + b.length, 0)} raw, ${gzip} gzip`);
  }
});

test("the check fails on a missing file, a file nothing names and a hand-edited file", () => {
  const dir = mkdtempSync(join(tmpdir(), "spotcheck-figures-"));
  cpSync(figures, join(dir, "figures"), { recursive: true });
  const [first, second] = namedPictures(questions);
  rmSync(join(dir, "figures", `${first.stem}-${tones[0]}.svg`));
  writeFileSync(join(dir, "figures", "stray-light.svg"), "<svg/>");
  writeFileSync(join(dir, "figures", `${second.stem}-${tones[1]}.svg`), "<svg/>");
  const problems = figureProblems(join(root, "data"), join(dir, "figures"));
  rmSync(dir, { recursive: true });
  assert.equal(problems.length, 3, problems.join("\n"));
  assert.match(problems[0], new RegExp(`${first.where}: web/figures/${first.stem}-${tones[0]}\\.svg is missing`));
  assert.ok(problems.some((p) => p.includes("stray-light.svg: no picture")));
  assert.ok(problems.some((p) => p.includes(`${second.stem}-${tones[1]}.svg: differs`)));
});

test("each picture is a small SVG of its own: its own background and frame, nothing fetched, no script, no text", () => {
  for (const f of files) {
    const text = readFileSync(join(figures, f), "utf8");
    assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"><rect [^>]*stroke=/, `${f}: starts with its framed background`);
    assert.doesNotMatch(text, /href|<script|<text|<image|url\(|@import|<style/i, `${f}: self-contained, no words in the drawing`);
    assert.ok(Buffer.byteLength(text) <= 2500, `${f}: ${Buffer.byteLength(text)} bytes`);
  }
});

test("the pictures' bytes, raw and gzip, in total and per tone (printed for the record)", () => {
  const size = (list) => list.reduce((t, f) => {
    const b = readFileSync(join(figures, f));
    return { raw: t.raw + b.length, gzip: t.gzip + gzipSync(b, { level: 9 }).length };
  }, { raw: 0, gzip: 0 });
  const all = size(files);
  console.log(`figures: ${files.length} files, ${all.raw} bytes raw, ${all.gzip} bytes gzip (each file on its own)`);
  for (const tone of tones) {
    const s = size(files.filter((f) => f.endsWith(`-${tone}.svg`)));
    console.log(`figures ${tone}: ${s.raw} raw, ${s.gzip} gzip`);
  }
  // What one person's check can fetch: one tone's pictures.
  assert.ok(all.raw / tones.length < 40_000);
});

test("the service worker precaches every picture (offline use)", () => {
  const sw = readFileSync(join(root, "dist", "sw.js"), "utf8");
  const build = JSON.parse(sw.match(/^const BUILD = (.*);$/m)[1]);
  for (const f of files) assert.ok(build.files.includes(`figures/${f}`), `figures/${f} precached`);
});
