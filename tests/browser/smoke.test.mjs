// The page loads the wasm and shows a result for a case link, in every engine (ENGINES).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ENGINES, launch } from "./lib/engines.mjs";
import { startServer } from "./lib/server.mjs";
import { caseFragment } from "./lib/interview.mjs";

const server = await startServer();
after(() => server.close());

for (const name of ENGINES) {
  test(`the page loads the engine and shows a triage (${name})`, async (t) => {
    const engine = await launch(name);
    try {
      const started = Date.now();
      const page = await engine.newPage();
      const errors = [];
      // WebKit reports errors from the end of the load on (engine.supports.loadErrors).
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.url}index.html${caseFragment({ age: 16, findings: { blanches_on_pressure: false, fever: true } })}`);
      const triage = "[data-testid='triage'][data-triage-level]";
      await page.waitFor(triage, { timeout: 15000 });
      assert.equal(await page.attribute(triage, "data-triage-level"), "emergency");
      assert.deepEqual(errors, []);
      await page.close();
      t.diagnostic(`${name}: launch ${engine.launchMs} ms, page + test ${Date.now() - started} ms`);
    } finally {
      await engine.close();
    }
  });
}
