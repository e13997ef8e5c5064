// The start screen is in dist/index.html before any script runs (issue 14:
// "a page that paints at once"), drawn at build by the app's own code on the
// engine's own data (scripts/prerender/start-screen.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createChecker } from "spotcheck";
import { startData } from "../../scripts/prerender/start-screen.mjs";
import { installDomShim } from "../../scripts/prerender/dom-shim.mjs";

const page = readFileSync(fileURLToPath(new URL("../../dist/index.html", import.meta.url)), "utf8");
const main = page.match(/<main id="app"[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? "";
const description = (await createChecker()).describe();
const unescape = (html) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

test("index.html holds the start screen: its title, every emergency sign the engine gives, and the start button", () => {
  const signs = description.emergency_signs;
  assert.ok(signs.items.length > 0);
  const text = unescape(main);
  assert.match(main, /<h1 class="sc-title"/);
  for (const item of [signs.title, signs.intro, ...signs.items]) assert.ok(text.includes(item), `prerendered: ${item}`);
  assert.match(main, /<button type="button" class="sc-button sc-primary sc-big">/);
  assert.doesNotMatch(main, /start screen -->/, "the markers were replaced");
});

test("the start data beside it is describe()'s emergency signs, the sources they cite, the skin tones and who the check is for, no more", () => {
  const block = page.match(/<script type="application\/json" id="spotcheck-start">([\s\S]*?)<\/script>/);
  assert.ok(block, "index.html carries the start data");
  const data = JSON.parse(block[1]);
  assert.deepEqual(data, startData(description));
  assert.deepEqual(Object.keys(data.sources).sort(), [...description.emergency_signs.sources].sort());
});

test("the prerendered copy carries no test ids: tests and tools find the live app's start button", () => {
  assert.doesNotMatch(main, /data-testid/);
});

test("the shim writes HTML a browser reads back as the same text", () => {
  const root = installDomShim("http://localhost/");
  const p = document.createElement("p");
  p.setAttribute("title", `a "quote" & <tag>`);
  p.append("1 < 2 & 3 > 2\u00a0ok", document.createElement("br"));
  root.append(p);
  assert.equal(root.innerHTML, '<p title="a &quot;quote&quot; &amp; <tag>">1 &lt; 2 &amp; 3 &gt; 2&nbsp;ok<br></p>');
});
