// The browser engines the browser tests run in, behind one page API:
//   for (const name of ENGINES) test(`... (${name})`, async () => {
//     const engine = await launch(name);
//     const page = await engine.newPage({ width: 360, height: 740 });
//     await page.goto(url); await page.click("button"); ...
//   });
// ENGINES defaults to all three; SPOTCHECK_ENGINES=chromium,firefox narrows it.
import { Page } from "./engine-page.mjs";
import * as chromium from "./engine-chromium.mjs";
import * as firefox from "./engine-firefox.mjs";
import * as webkit from "./engine-webkit.mjs";

const ADAPTERS = { chromium, firefox, webkit };
export const ALL_ENGINES = Object.keys(ADAPTERS);

export const ENGINES = (process.env.SPOTCHECK_ENGINES ?? ALL_ENGINES.join(","))
  .split(",").map((s) => s.trim()).filter(Boolean);
for (const name of ENGINES) {
  if (!ADAPTERS[name]) throw new Error(`SPOTCHECK_ENGINES: unknown engine "${name}" (known: ${ALL_ENGINES.join(", ")})`);
}

/**
 * Starts an engine. Resolves to { name, supports, launchMs, newPage({width, height}), close() };
 * supports = { offline, serviceWorker, loadErrors } says where automation differs.
 */
export async function launch(name) {
  const adapter = ADAPTERS[name];
  if (!adapter) throw new Error(`unknown engine "${name}"`);
  const started = Date.now();
  const browser = await adapter.launch();
  const pages = new Set();
  return {
    name,
    supports: { ...adapter.supports },
    launchMs: Date.now() - started,
    async newPage({ width = 1280, height = 800 } = {}) {
      const page = new Page(name, await browser.newPage({ width, height }));
      const close = page.close.bind(page);
      page.close = async () => { pages.delete(page); await close(); };
      pages.add(page);
      return page;
    },
    async close() {
      await Promise.allSettled([...pages].map((p) => p.close()));
      await browser.close();
    },
  };
}
