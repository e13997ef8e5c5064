// The page loads the wasm and shows a result for a case link, in every engine (ENGINES).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ENGINES, launch } from "./lib/engines.mjs";
import { startServer } from "./lib/server.mjs";
import { caseFragment } from "./lib/interview.mjs";
import { createChecker } from "spotcheck";

const server = await startServer();
after(() => server.close());

// The description the engine gives the case's top cause (Node, the same build).
async function topCauseDescription(kase) {
  const checker = await createChecker();
  const top = checker.assess(kase).conditions[0].id;
  return checker.describe().conditions.find((c) => c.id === top).description;
}

for (const name of ENGINES) {
  test(`the page loads the engine and shows a triage (${name})`, async (t) => {
    const engine = await launch(name);
    try {
      const started = Date.now();
      const page = await engine.newPage();
      const errors = [];
      // WebKit reports errors from the end of the load on (engine.supports.loadErrors).
      page.on("pageerror", (e) => errors.push(e.message));
      const kase = { age: 16, findings: { blanches_on_pressure: false, fever: true } };
      await page.goto(`${server.url}index.html${caseFragment(kase)}`);
      const triage = "[data-testid='triage'][data-triage-level]";
      await page.waitFor(triage, { timeout: 15000 });
      assert.equal(await page.attribute(triage, "data-triage-level"), "emergency");
      // The causes' longer texts (spotcheck_texts.json, kept out of the wasm)
      // arrive once the results show: the top cause's description is on the page.
      const description = await topCauseDescription(kase);
      await page.waitForFunction((text) => document.body.textContent.includes(text), description);
      assert.deepEqual(errors, []);
      await page.close();

      // ...and are not part of the first load: a page on its start screen, the
      // engine ready, has not asked for them.
      const fresh = await engine.newPage();
      await fresh.goto(`${server.url}index.html`);
      await fresh.waitFor("[data-testid='emergency-signs']", { timeout: 15000 });
      const asked = await fresh.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.endsWith("spotcheck_texts.json")));
      assert.deepEqual(asked, []);
      await fresh.close();
      t.diagnostic(`${name}: launch ${engine.launchMs} ms, page + test ${Date.now() - started} ms`);
    } finally {
      await engine.close();
    }
  });
}
