// Every source in data/sources.json is a page a clinician can open, and is
// cited by something in data/: the seed articles the product grew from are
// background, not clinical evidence shown to people (clinical review #46, #47).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const data = new URL("../../data/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, data), "utf8"));
const sources = read("sources.json");

function citedIds() {
  const cited = new Set();
  const walk = (v, key) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key));
    if (v && typeof v === "object") return Object.entries(v).forEach(([k, x]) => walk(x, k));
    if (key === "sources" && typeof v === "string") cited.add(v);
  };
  for (const file of ["meta.json", "findings.json", "questions.json", "red_flags.json"]) walk(read(file));
  for (const name of readdirSync(new URL("conditions/", data))) walk(read(`conditions/${name}`));
  return cited;
}

test("every source has a title, a publisher and a web address", () => {
  const bad = Object.entries(sources).filter(([id, s]) => id !== "about" && !(s.title && s.publisher && /^https?:\/\/[^/]+\.[a-z]+/.test(s.url)));
  assert.deepEqual(bad.map(([id]) => id), []);
});

test("every source is cited, and nothing cites the seed articles", () => {
  const cited = citedIds();
  assert.deepEqual(Object.keys(sources).filter((id) => id !== "about" && !cited.has(id)), [], "sources nothing cites");
  assert.deepEqual([...cited].filter((id) => /^seed_/.test(id)), []);
});
