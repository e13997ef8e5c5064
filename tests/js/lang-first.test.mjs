// web/lang-first.js picks the page's language before it paints: ?lang=, this
// tab's choice, the one saved with remembered answers, then the browser's, by
// primary subtag, among the languages the build wrote into <html
// data-languages>; not English: the page stays hidden until drawn (page.css).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";

const source = readFileSync(new URL("../../web/lang-first.js", import.meta.url), "utf8");

function run({ offered = "en es ar", search = "", tab = null, saved = null, languages = [] } = {}) {
  const attrs = new Map(offered === null ? [] : [["data-languages", offered]]);
  const store = (items) => ({ getItem: (k) => items[k] ?? null });
  const window = {
    sessionStorage: store(tab ? { "spotcheck:lang": JSON.stringify(tab) } : {}),
    localStorage: store(saved ? { "spotcheck:answers": JSON.stringify(saved) } : {}),
  };
  const document = { documentElement: { getAttribute: (n) => attrs.get(n) ?? null, setAttribute: (n, v) => attrs.set(n, v) } };
  runInNewContext(source, { window, document, location: { search }, navigator: { languages }, URLSearchParams, JSON });
  return { lang: attrs.get("data-lang"), pending: attrs.has("data-lang-pending") };
}

test("English by default, and shown at once", () => {
  assert.deepEqual(run(), { lang: "en", pending: false });
  assert.deepEqual(run({ languages: ["fr-FR", "de"] }), { lang: "en", pending: false });
});

test("the browser's first offered language, by primary subtag; hidden until drawn", () => {
  assert.deepEqual(run({ languages: ["fr-FR", "es-MX", "en"] }), { lang: "es", pending: true });
  assert.deepEqual(run({ languages: ["en-GB", "ar"] }), { lang: "en", pending: false });
});

test("?lang= wins, then this tab's choice, then the remembered one, then the browser's", () => {
  const all = { search: "?lang=ar", tab: "es", saved: { format: 1, case: {}, lang: "en" }, languages: ["en"] };
  assert.equal(run(all).lang, "ar");
  assert.equal(run({ ...all, search: "" }).lang, "es");
  assert.equal(run({ ...all, search: "", tab: null }).lang, "en");
  assert.equal(run({ ...all, search: "", tab: null, saved: { lang: "ar" } }).lang, "ar");
  assert.equal(run({ search: "?lang=fr", languages: ["es"] }).lang, "es", "a language not offered is passed over");
});

test("only what the build offers", () => {
  assert.equal(run({ offered: "en es", search: "?lang=ar" }).lang, "en");
  assert.equal(run({ offered: null, search: "?lang=es" }).lang, "en", "no list: English only");
});

test("the built page offers data/i18n/'s languages and runs this before its body, which stays hidden while pending", async () => {
  const { readdirSync } = await import("node:fs");
  const html = readFileSync(new URL("../../dist/index.html", import.meta.url), "utf8");
  const offered = html.match(/<html lang="en" data-languages="([^"]+)">/)?.[1].split(" ").sort();
  assert.deepEqual(offered, readdirSync(new URL("../../data/i18n/", import.meta.url)).sort());
  const script = html.indexOf('<script src="lang-first.js"></script>');
  assert.ok(script > 0 && script < html.indexOf("<body"), "a blocking script in <head>");
  const css = readFileSync(new URL("../../web/page.css", import.meta.url), "utf8");
  assert.match(css, /html\[data-lang-pending\] body \{ visibility: hidden;/);
});
