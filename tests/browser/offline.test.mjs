// After one visit the app works with the network off: the service worker
// controls the page, the whole interview runs, and a case link opens offline.
// In every engine: the network goes off by the engine's emulation where it has
// one (Chromium, Firefox) and, everywhere, by stopping the server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eachEngine } from "./lib/each-engine.mjs";
import { distDir } from "./lib/server.mjs";
import { startOfflineableServer } from "./lib/offline.mjs";
import { walkInterview, caseFragment } from "./lib/interview.mjs";
import { waitForController, cacheNames } from "./lib/sw.mjs";
import { OTHER_LANGUAGES } from "./parts/languages.mjs";

const builtSw = readFileSync(join(distDir, "sw.js"), "utf8");
const builtCache = builtSw.match(/"cache":"(spotcheck-[0-9a-f]+)"/)[1];

eachEngine((browser) => {
  test("one visit, then the app, a whole interview and a case link work offline", async () => {
    const server = await startOfflineableServer();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.locator("[data-testid='start']").waitFor();
      assert.equal(await waitForController(page), `${server.url}sw.js`);
      assert.deepEqual(await cacheNames(page), [builtCache]);

      await server.offline(context);
      // The server is unreachable from here on: a request that got through would fail the page.
      await page.reload();
      const { level } = await walkInterview(page, { findings: { fever: false, blanches_on_pressure: true } });
      assert.ok(["emergency", "urgent", "consult", "self_care"].includes(level));

      // A case link opened offline in a new tab (a full load, not a hash change).
      const linkPage = await context.newPage();
      linkPage.on("pageerror", (e) => errors.push(e.message));
      await linkPage.goto(`${server.url}index.html${caseFragment({ age: 16, findings: { blanches_on_pressure: false, fever: true } })}`);
      assert.equal(await linkPage.locator("[data-testid='triage']").getAttribute("data-triage-level"), "emergency");
      assert.ok(await linkPage.evaluate(() => navigator.serviceWorker.controller !== null), "the service worker served it");

      // The same link in each other language: its catalog is precached too.
      for (const { id: lang, dir } of OTHER_LANGUAGES) {
        assert.ok(builtSw.includes(`"i18n/${lang}.json"`), `dist/i18n/${lang}.json is precached (written by the catalog build before the service worker's list)`);
        const langPage = await context.newPage();
        langPage.on("pageerror", (e) => errors.push(e.message));
        await langPage.goto(`${server.url}index.html?lang=${lang}${caseFragment({ age: 16, findings: { blanches_on_pressure: false, fever: true } })}`);
        assert.equal(await langPage.locator("[data-testid='triage']").getAttribute("data-triage-level"), "emergency");
        assert.deepEqual(await langPage.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir]);
        await langPage.close();
      }

      // The embed example too: everything it loads is in the precache.
      const embedPage = await context.newPage();
      await embedPage.goto(`${server.url}embed/example.html`);
      assert.equal(await embedPage.evaluate(() => document.querySelector("spot-check").ready.then(() => true)), true);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test("offline, without a visit first, the page does not load (the test's offline switch is real)", async () => {
    const server = await startOfflineableServer();
    const context = await browser.newContext();
    try {
      await server.offline(context);
      const page = await context.newPage();
      await assert.rejects(page.goto(server.url));
    } finally {
      await context.close();
    }
  });
});
