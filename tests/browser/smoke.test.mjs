// The page loads the wasm in real headless Chromium and shows a result.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium } from "./lib/chromium.mjs";
import { startServer } from "./lib/server.mjs";

const server = await startServer();
const browser = await launchChromium();
after(async () => {
  await browser.close();
  await server.close();
});

test("the page loads the engine and shows a triage", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(server.url);
  const triage = page.locator("[data-triage-level]:not([data-triage-level=''])");
  await triage.first().waitFor({ timeout: 15000 });
  assert.ok(["emergency", "urgent", "consult", "self_care"].includes(await triage.first().getAttribute("data-triage-level")));
  assert.deepEqual(errors, []);
  await page.close();
});
