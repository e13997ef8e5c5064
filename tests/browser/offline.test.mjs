// After one visit the app works with the network off: the service worker
// controls the page, the whole interview runs, and a case link opens offline.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./lib/chromium.mjs";
import { startServer, distDir } from "./lib/server.mjs";
import { walkInterview, caseFragment } from "./lib/interview.mjs";
import { waitForController, cacheNames } from "./lib/sw.mjs";

const server = await startServer();
const browser = await launchChromium();
after(async () => {
  await browser.close();
  await server.close();
});

const builtCache = readFileSync(join(distDir, "sw.js"), "utf8").match(/"cache":"(spotcheck-[0-9a-f]+)"/)[1];

test("one visit, then the app, a whole interview and a case link work offline", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator("[data-testid='start']").waitFor();
  assert.equal(await waitForController(page), `${server.url}sw.js`);
  assert.deepEqual(await cacheNames(page), [builtCache]);

  await context.setOffline(true);
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

  // The embed example too: everything it loads is in the precache.
  const embedPage = await context.newPage();
  await embedPage.goto(`${server.url}embed/example.html`);
  assert.equal(await embedPage.evaluate(() => document.querySelector("spot-check").ready.then(() => true)), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline, without a visit first, the page does not load (the test's offline switch is real)", async () => {
  const context = await browser.newContext();
  await context.setOffline(true);
  const page = await context.newPage();
  await assert.rejects(page.goto(server.url));
  await context.close();
});
