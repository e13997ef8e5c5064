// Firefox adapter: Debian's /usr/bin/firefox-esr through puppeteer-core over
// WebDriver BiDi (no browser download). A context is a BiDi user context.
import puppeteer from "puppeteer-core";

export const supports = {
  offline: true, // BiDi emulation.setNetworkConditions through page.setOfflineMode
  serviceWorker: true,
  loadErrors: true, // "pageerror" from BiDi log.entryAdded
  initScript: true, // BiDi script.addPreloadScript
  console: true,
  requestEvents: true, // the page's requests (BiDi network events)
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
    async newContext() {
      const context = await browser.createBrowserContext();
      const pages = new Set();
      let offline = false;
      return {
        async newPage({ width, height }, report) {
          const page = await context.newPage();
          pages.add(page);
          await page.setViewport({ width, height });
          if (offline) await page.setOfflineMode(true);
          page.on("pageerror", (e) => report("pageerror", e));
          page.on("console", (m) => report("console", { type: m.type(), text: m.text() }));
          page.on("request", (r) => report("request", { url: r.url() }));
          return {
            raw: page,
            goto: async (url) => { await page.goto(url, { waitUntil: "load" }); },
            reload: async () => { await page.reload({ waitUntil: "load" }); },
            url: async () => page.url(),
            eval: (expression) => page.evaluate(expression),
            runScript: async (source) => { await page.evaluate(source); },
            addInitScript: (source) => page.evaluateOnNewDocument(source),
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
            close: async () => { pages.delete(page); await page.close(); },
          };
        },
        async setOffline(value) {
          offline = value;
          for (const page of pages) await page.setOfflineMode(value);
        },
        cookies: () => context.cookies(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
