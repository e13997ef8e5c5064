// Every language in data/i18n/ passes the build's own catalog check
// (scripts/i18n/build-catalogs.mjs): every English id translated, none extra,
// each in its file, no empty text, the same placeholders, a glossary, and
// each file the page fetches within 25 KiB gzip.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { languageFolders, planCatalogs } from "../../scripts/i18n/build-catalogs.mjs";

const data = fileURLToPath(new URL("../../data", import.meta.url));

test("every language folder of data/i18n is complete and passes the build's check", () => {
  const { files, languages, problems } = planCatalogs(data);
  assert.deepEqual(problems, []);
  assert.deepEqual(languages.map((l) => l.id), languageFolders(data));
  for (const f of files) console.log(`${f.file}: ${(f.raw / 1024).toFixed(1)} KiB raw, ${(f.gzip / 1024).toFixed(1)} KiB gzip`);
  console.log(`languages: en (source)${languages.map((l) => `, ${l.id} (${Object.keys(l.catalog).length} texts)`).join("")}`);
});
