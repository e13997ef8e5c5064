// <spot-check> on a host page of another origin: the host (localhost:A)
// includes one script tag from Spotcheck's origin (127.0.0.1:B), under a CSP
// that allows only those two origins. The whole interview runs in the shadow
// root, results come out as events, and styles cross neither way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eachEngine } from "./lib/each-engine.mjs";
import { distDir } from "./lib/server.mjs";
import { watchViolations } from "./lib/violations.mjs";
import { walkInterview } from "./lib/interview.mjs";
import { storedData, NOTHING_STORED } from "./lib/storage.mjs";
import { serve } from "../../scripts/serve.mjs";
import { OTHER_LANGUAGES } from "./parts/languages.mjs";

const RED = "rgb(255, 0, 0)";
const hostDir = mkdtempSync(join(tmpdir(), "spotcheck-host-"));
let app, host, appUrl, hostUrl;

function hostPage(appOrigin, withWidget, lang = null) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="host.css">
${withWidget ? `<script src="${appOrigin}/spotcheck.js"></script>` : ""}
<script src="host.js" defer></script>
</head><body>
<h2 id="host-heading">The host's own heading</h2>
<p id="host-text">The host's own text.</p>
<button id="host-button" type="button">The host's button</button>
${withWidget ? `<spot-check theme="dark"${lang ? ` lang="${lang}"` : ""}></spot-check>` : ""}
</body></html>`;
}

// Loud host styles on every element type the widget uses, plus inherited ones.
const HOST_CSS = `body { color: ${RED}; font: 31px monospace; }
h1, h2, p, button, input, label, section, div { color: ${RED}; background: rgb(0, 0, 255); font-family: monospace; }`;
const HOST_JS = `window.results = [];
document.addEventListener("spotcheck:result", (e) => window.results.push({ level: e.detail.triage.level, bubbles: e.bubbles, composed: e.composed }));`;

// The page's own words per language (data/i18n/<lang>/ui.json).
const words = (lang) => JSON.parse(readFileSync(new URL(`../../data/i18n/${lang}/ui.json`, import.meta.url), "utf8"));

before(async () => {
  const appServer = await serve({ dir: distDir, port: 0, host: "127.0.0.1", headers: { "Access-Control-Allow-Origin": "*" } });
  app = appServer;
  appUrl = `http://127.0.0.1:${appServer.address().port}`;
  writeFileSync(join(hostDir, "index.html"), hostPage(appUrl, true));
  writeFileSync(join(hostDir, "plain.html"), hostPage(appUrl, false));
  for (const { id } of OTHER_LANGUAGES) writeFileSync(join(hostDir, `${id}.html`), hostPage(appUrl, true, id));
  writeFileSync(join(hostDir, "host.css"), HOST_CSS);
  writeFileSync(join(hostDir, "host.js"), HOST_JS);
  const csp = `default-src 'self'; script-src 'self' ${appUrl} 'wasm-unsafe-eval'; style-src 'self' ${appUrl}; img-src 'self' data: ${appUrl}; connect-src 'self' ${appUrl}; object-src 'none'; base-uri 'none'`;
  host = await serve({ dir: hostDir, port: 0, host: "localhost", headers: { "Content-Security-Policy": csp } });
  hostUrl = `http://localhost:${host.address().port}`;
});

after(async () => {
  await new Promise((ok) => app.close(ok));
  await new Promise((ok) => host.close(ok));
  rmSync(hostDir, { recursive: true, force: true });
});

// Computed styles of the host's own elements, to compare with and without the widget.
function hostStyles(page) {
  return page.evaluate(() => ["host-heading", "host-text", "host-button"].map((id) => {
    const s = getComputedStyle(document.getElementById(id));
    return [id, s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.margin, s.padding, s.borderRadius, s.borderStyle];
  }));
}

eachEngine((browser) => {
  test("the embed runs a whole interview on another origin's page and reports results as events", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const violations = await watchViolations(page);
    const origins = new Set();
    page.on("request", (r) => origins.add(new URL(r.url()).origin));
    await page.goto(`${hostUrl}/index.html`);

    const widget = page.locator("spot-check");
    assert.equal(await page.evaluate(() => document.querySelector("spot-check").shadowRoot?.mode), "open");
    assert.equal(await page.evaluate(() => document.querySelector("spot-check").ready.then((el) => el === document.querySelector("spot-check"))), true);

    const { level, asked } = await walkInterview(widget, { findings: { fever: true, blanches_on_pressure: false } });
    assert.equal(level, "emergency");
    const results = await page.evaluate(() => window.results);
    assert.ok(results.length >= 1, "a spotcheck:result event reached the host's document");
    assert.deepEqual(results.at(-1), { level: "emergency", bubbles: true, composed: true });
    assert.ok(asked.length >= 2, `asked ${asked.join(", ")}`);

    assert.deepEqual([...origins].sort(), [appUrl, hostUrl].sort(), "requests go to the host and the script's origin only");
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("host styles do not reach into the widget, and the widget's styles do not reach out", async () => {
    const page = await browser.newPage();
    await page.goto(`${hostUrl}/plain.html`);
    const without = await hostStyles(page);
    await page.goto(`${hostUrl}/index.html`);
    await page.evaluate(() => document.querySelector("spot-check").ready);
    assert.deepEqual(await hostStyles(page), without, "the host's elements look the same with the widget on the page");

    const inside = await page.evaluate(() => {
      const root = document.querySelector("spot-check").shadowRoot;
      return ["h1", "p", "button"].map((tag) => {
        const el = root.querySelector(tag);
        const s = getComputedStyle(el);
        return { tag, color: s.color, background: s.backgroundColor, font: s.fontFamily, size: s.fontSize };
      });
    });
    for (const el of inside) {
      assert.notEqual(el.color, "rgb(255, 0, 0)", `${el.tag} keeps its own colour`);
      assert.notEqual(el.background, "rgb(0, 0, 255)", `${el.tag} keeps its own background`);
      assert.doesNotMatch(el.font, /monospace/, `${el.tag} keeps its own font`);
      assert.notEqual(el.size, "31px", `${el.tag} does not inherit the host's font size`);
    }
    await page.close();
  });

  test("the theme and compact attributes change the widget, and the properties reflect them", async () => {
    const page = await browser.newPage();
    await page.goto(`${hostUrl}/index.html`);
    await page.evaluate(() => document.querySelector("spot-check").ready);
    const look = () => page.evaluate(() => {
      const el = document.querySelector("spot-check");
      const view = el.shadowRoot.querySelector(".sc-app");
      const s = getComputedStyle(view);
      return { theme: el.theme, compact: el.compact, background: s.backgroundColor, color: s.color, padding: s.padding, scheme: s.colorScheme };
    });
    const dark = await look();
    await page.evaluate(() => document.querySelector("spot-check").setAttribute("theme", "light"));
    const light = await look();
    assert.equal(dark.theme, "dark");
    assert.equal(light.theme, "light");
    assert.notEqual(dark.background, light.background, "dark and light backgrounds differ");
    assert.notEqual(dark.color, light.color, "dark and light text colours differ");

    await page.evaluate(() => { document.querySelector("spot-check").compact = true; });
    const compact = await look();
    assert.equal(compact.compact, true);
    assert.equal(await page.evaluate(() => document.querySelector("spot-check").hasAttribute("compact")), true);
    assert.notEqual(compact.padding, light.padding, "compact is tighter");
    await page.close();
  });

  test("<spot-check lang> shows the app in that language, and a new lang redraws it", async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const shown = () => page.evaluate(() => {
      const root = document.querySelector("spot-check").shadowRoot;
      const app = root.querySelector(".sc-app");
      return [app.lang, app.dir, root.querySelector("[data-testid='start']")?.textContent ?? null];
    });
    for (const [i, { id, dir }] of OTHER_LANGUAGES.entries()) {
      await page.goto(`${hostUrl}/${id}.html`);
      await page.evaluate(() => document.querySelector("spot-check").ready);
      assert.deepEqual(await shown(), [id, dir, words(id)["ui.start.start"]]);
      // Another language set on the element: the same app redraws in it.
      const next = OTHER_LANGUAGES[(i + 1) % OTHER_LANGUAGES.length];
      const to = next.id === id ? "en" : next.id;
      await page.evaluate((l) => document.querySelector("spot-check").setAttribute("lang", l), to);
      await page.waitForFunction((l) => document.querySelector("spot-check").shadowRoot.querySelector(`.sc-app[lang='${l}'] [data-testid='start']`), to);
      assert.deepEqual(await shown(), [to, to === "en" ? "ltr" : next.dir, words(to)["ui.start.start"]]);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
