// Chromium adapter: Debian's /usr/bin/chromium through playwright-core (CDP).
// Each page gets its own browser context (own storage and service workers).
import { launchChromium } from "./chromium.mjs";

export const supports = {
  offline: true, // context.setOffline (CDP network emulation, service workers included)
  serviceWorker: true,
  loadErrors: true, // "pageerror" events from the first script on
};

export async function launch() {
  const browser = await launchChromium();
  return {
    async newPage({ width, height }) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      return {
        raw: page,
        goto: async (url) => { await page.goto(url); },
        reload: async () => { await page.reload(); },
        url: async () => page.url(),
        eval: (expression) => page.evaluate(expression),
        runScript: async (source) => { await page.evaluate(source); },
        click: (x, y) => page.mouse.click(x, y),
        press: (keys) => page.keyboard.press(keys.join("+")),
        typeText: (text) => page.keyboard.type(text),
        setViewport: (w, h) => page.setViewportSize({ width: w, height: h }),
        screenshot: async (path, { fullPage }) => { await page.screenshot({ path, fullPage }); },
        setOffline: (offline) => context.setOffline(offline),
        errors: () => [...errors],
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
