// Firefox adapter: Debian's /usr/bin/firefox-esr through puppeteer-core over
// WebDriver BiDi (no browser download). Each page gets its own user context.
import puppeteer from "puppeteer-core";

export const supports = {
  offline: true, // BiDi emulation.setNetworkConditions through page.setOfflineMode
  serviceWorker: true,
  loadErrors: true, // "pageerror" from BiDi log.entryAdded
};

export async function launch() {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: "/usr/bin/firefox-esr",
    headless: true,
    // Phones draw overlay scrollbars that take no layout width, as do the
    // Chromium and WebKit runs; without this, headless Firefox lays out 12 px narrower.
    extraPrefsFirefox: { "ui.useOverlayScrollbars": 1 },
  });
  return {
    async newPage({ width, height }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      return {
        raw: page,
        goto: async (url) => { await page.goto(url, { waitUntil: "load" }); },
        reload: async () => { await page.reload({ waitUntil: "load" }); },
        url: async () => page.url(),
        eval: (expression) => page.evaluate(expression),
        runScript: async (source) => { await page.evaluate(source); },
        click: (x, y) => page.mouse.click(x, y),
        async press(keys) {
          const mods = keys.slice(0, -1);
          for (const k of mods) await page.keyboard.down(k);
          await page.keyboard.press(keys.at(-1));
          for (const k of mods.reverse()) await page.keyboard.up(k);
        },
        typeText: (text) => page.keyboard.type(text),
        setViewport: (w, h) => page.setViewport({ width: w, height: h }),
        screenshot: async (path, { fullPage }) => { await page.screenshot({ path, fullPage }); },
        setOffline: (offline) => page.setOfflineMode(offline),
        errors: () => [...errors],
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
