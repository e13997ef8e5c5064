// Runs a block of tests once per engine in ENGINES, each in a describe() named
// after the engine, with the engine launched before and closed after:
//   eachEngine((browser) => {
//     test("...", async () => { const page = await browser.newPage(); ... });
//   });
// `browser` stands for the launched engine: name and supports are there at
// once, newPage/newContext once the block's before() hook has run.
import { describe, before, after } from "node:test";
import { ENGINES, launch, supportsOf } from "./engines.mjs";

export function eachEngine(body) {
  for (const name of ENGINES) {
    describe(name, () => {
      let engine = null;
      const browser = {
        name,
        supports: supportsOf(name),
        get launchMs() { return engine?.launchMs; },
        newPage: (viewport) => engine.newPage(viewport),
        newContext: (viewport) => engine.newContext(viewport),
      };
      before(async () => { engine = await launch(name); });
      after(() => engine?.close());
      body(browser);
    });
  }
}
