// Every language in data/i18n/ passes the build's own catalog check
// (scripts/i18n/build-catalogs.mjs): every English id translated, none extra,
// each in its file, no empty text, the same placeholders, a glossary, and
// each file the page fetches within 25 KiB gzip.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { languageFolders, planCatalogs } from "../../scripts/i18n/build-catalogs.mjs";

const data = fileURLToPath(new URL("../../data", import.meta.url));
const dist = fileURLToPath(new URL("../../dist", import.meta.url));

test("every language folder of data/i18n is complete and passes the build's check", () => {
  const { files, languages, problems } = planCatalogs(data);
  assert.deepEqual(problems, []);
  assert.deepEqual(languages.map((l) => l.id), languageFolders(data));
  for (const f of files) console.log(`${f.file}: ${(f.raw / 1024).toFixed(1)} KiB raw, ${(f.gzip / 1024).toFixed(1)} KiB gzip`);
  console.log(`languages: en (source)${languages.map((l) => `, ${l.id} (${Object.keys(l.catalog).length} texts)`).join("")}`);
});

test("the build wrote dist/i18n/ from data/i18n/: the same files, byte for byte", () => {
  const { files } = planCatalogs(data);
  assert.deepEqual(readdirSync(join(dist, "i18n")).sort(), files.map((f) => f.file.replace(/^i18n\//, "")).sort());
  for (const f of files) assert.ok(readFileSync(join(dist, f.file)).equals(f.bytes), `dist/${f.file} is what the catalogs give`);
  const listed = JSON.parse(readFileSync(join(dist, "i18n", "languages.json"), "utf8"));
  assert.deepEqual(listed.map((l) => l.id), ["en", ...languageFolders(data)]);
});
