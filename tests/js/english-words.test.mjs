// The page's English words are split for the bundle (scripts/english-words.mjs):
// the words only the question and results screens use travel with
// their code in ui/screens.js, after the first screen; every word anything
// else could ask for stays in the first load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { splitEnglish } from "../../scripts/english-words.mjs";

const dist = (file) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), "utf8");
const english = JSON.parse(readFileSync(new URL("../../data/i18n/en/ui.json", import.meta.url), "utf8"));

test("a word stays in the first load when its id, or a prefix that builds it, is named there", () => {
  const words = { "ui.a.named": "1", "ui.a.other": "2", "ui.level.urgent.tag": "3", "ui.link.gone": "4", "ui.b.only_later": "5" };
  const firstLoad = 't("ui.a.named"); t(`ui.level.${level}.tag`); const id = "ui.link." + why; if (id.startsWith("ui.")) {}';
  const { first, later } = splitEnglish(words, firstLoad);
  assert.deepEqual(Object.keys(first), ["ui.a.named", "ui.level.urgent.tag", "ui.link.gone"]);
  // "ui." alone is a test of a catalog's ids, not a prefix of one word.
  assert.deepEqual(later, { "ui.a.other": "2", "ui.b.only_later": "5" });
});

test("the built UI carries each English word once: the screens' in ui/screens.js, the rest in the first load", () => {
  const firstLoad = dist("ui/mount.js") + dist("ui/chunk.js");
  const screens = dist("ui/screens.js");
  // Each id as a key of the bundled words, its text after it (not code's
  // `x ? "ui.common.no" : "ui.common.not_sure"`).
  const has = (code, id) => new RegExp(`"${id.replaceAll(".", "\\.")}":"(?!ui\\.)`).test(code);
  const inScreens = Object.keys(english).filter((id) => has(screens, id));
  assert.ok(inScreens.length > 20, `${inScreens.length} words travel with the screens`);
  for (const id of Object.keys(english)) assert.equal(has(firstLoad, id) + has(screens, id), 1, id);
  // The start screen's words are in the first load.
  for (const id of ["ui.start.title", "ui.start.start", "ui.notice.loading", "ui.notice.texts_failed"]) assert.ok(has(firstLoad, id), id);
});
