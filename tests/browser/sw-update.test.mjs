// A new build is a new cache: the page says "a new version is ready: reload",
// the person reloads, the new version runs and the old cache is gone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eachEngine } from "./lib/each-engine.mjs";
import { startServer, distDir } from "./lib/server.mjs";
import { watchViolations } from "./lib/violations.mjs";
import { waitForController, cacheNames } from "./lib/sw.mjs";
import { writeServiceWorker } from "../../scripts/build-sw.mjs";

const swSource = fileURLToPath(new URL("../../web/sw.js", import.meta.url));

function deployNewVersion(site) {
  const index = join(site, "index.html");
  writeFileSync(index, readFileSync(index, "utf8").replace("</body>", "<p data-testid=\"new-version\">v2</p>\n</body>"));
  writeFileSync(join(site, "sw.js"), readFileSync(swSource));
  return writeServiceWorker(site).cache;
}

eachEngine((browser) => {
  // A copy of dist/ that the test can "redeploy", one per engine.
  let site, server;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), "spotcheck-update-"));
    // A copy, so a redeploy never writes into dist/.
    cpSync(distDir, site, { recursive: true, dereference: true });
    server = await startServer({ dir: site, csp: true });
  });
  after(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  test("a new version is announced, and reloading switches to it and drops the old cache", async () => {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(server.url);
    await page.locator("[data-testid='start']").waitFor();
    await waitForController(page);
    const [oldCache] = await cacheNames(page);

    const newCache = deployNewVersion(site);
    assert.notEqual(newCache, oldCache);
    // Browsers look for a new sw.js on navigation; update() asks now.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.locator("[data-testid='update-ready']");
    await banner.waitFor();
    assert.match(await banner.textContent(), /new version is ready/i);
    // Until the person chooses, the old version keeps running.
    assert.equal(await page.locator("[data-testid='new-version']").count(), 0);

    await page.waitForLoad(() => banner.getByRole("button", { name: "Reload" }).click());
    await page.locator("[data-testid='new-version']").waitFor();
    await page.locator("[data-testid='start']").waitFor();
    assert.deepEqual(await cacheNames(page), [newCache]);
    assert.deepEqual(await violations(), []);
    await page.close();
  });
});
