// The page loads the wasm and shows a result, in every engine (ENGINES).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ENGINES, launch } from "./lib/engines.mjs";
import { startServer } from "./lib/server.mjs";

const server = await startServer();
after(() => server.close());

for (const name of ENGINES) {
  test(`the page loads the engine and shows a triage (${name})`, async (t) => {
    const engine = await launch(name);
    try {
      const started = Date.now();
      const page = await engine.newPage();
      await page.goto(server.url);
      const triage = "[data-triage-level]:not([data-triage-level=''])";
      await page.waitFor(triage, { timeout: 15000 });
      assert.ok(["emergency", "urgent", "consult", "self_care"].includes(await page.attribute(triage, "data-triage-level")));
      // In WebKit errors are seen only from the end of the load on (engine.supports.loadErrors).
      assert.deepEqual(await page.errors(), []);
      await page.close();
      t.diagnostic(`${name}: launch ${engine.launchMs} ms, page + test ${Date.now() - started} ms`);
    } finally {
      await engine.close();
    }
  });
}
