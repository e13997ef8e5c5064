// The browser engines the browser tests run in, behind one page API:
//   for (const name of ENGINES) test(`... (${name})`, async () => {
//     const engine = await launch(name);
//     const page = await engine.newPage({ width: 360, height: 740 });
//     await page.goto(url); await page.click("button"); ...
//   });
// ENGINES defaults to all three; SPOTCHECK_ENGINES=chromium,firefox narrows it.
import { Context } from "./engine-context.mjs";
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

/** What an engine's automation can do (see launch). */
export function supportsOf(name) {
  if (!ADAPTERS[name]) throw new Error(`unknown engine "${name}"`);
  return { ...ADAPTERS[name].supports };
}

/**
 * Starts an engine. Resolves to { name, supports, launchMs, newContext(), newPage(), close() }.
 * supports says where automation differs: offline (network emulation),
 * serviceWorker, loadErrors (errors thrown while a page loads are seen),
 * initScript (init scripts run before the page's scripts), console,
 * requestEvents (every request, else those in the page's resource timing).
 */
export async function launch(name) {
  const adapter = ADAPTERS[name];
  if (!adapter) throw new Error(`unknown engine "${name}"`);
  const started = Date.now();
  const browser = await adapter.launch();
  const contexts = new Set();
  const engine = {
    name,
    supports: { ...adapter.supports },
    launchMs: Date.now() - started,
    /** A new isolated context whose pages have a width x height viewport. */
    async newContext({ width = 1280, height = 800 } = {}) {
      const context = new Context(name, await browser.newContext(), { width, height }, adapter.supports);
      const close = context.close.bind(context);
      context.close = async () => { contexts.delete(context); await close(); };
      contexts.add(context);
      return context;
    },
    /** A page in a context of its own (closed with the page). */
    async newPage(viewport) {
      const context = await engine.newContext(viewport);
      const page = await context.newPage();
      page.ownsContext = true;
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
    },
  };
  return engine;
}
