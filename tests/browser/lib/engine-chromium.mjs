// Chromium adapter: Debian's /usr/bin/chromium through playwright-core (CDP).
import { launchChromium } from "./chromium.mjs";

export const supports = {
  offline: true, // context.setOffline (CDP network emulation, service workers included)
  serviceWorker: true,
  loadErrors: true, // "pageerror" from the first script on
  initScript: true,
  console: true,
  requestEvents: true, // context "request" events, service workers' own fetches included
};

export async function launch() {
  const browser = await launchChromium();
  return {
    async newContext() {
      const context = await browser.newContext();
      return {
        onRequest: (report) => context.on("request", (r) => report(r.url())),
        async newPage({ width, height }, report) {
          const page = await context.newPage();
          await page.setViewportSize({ width, height });
          page.on("pageerror", (e) => report("pageerror", e));
          page.on("console", (m) => report("console", { type: m.type(), text: m.text() }));
          page.on("request", (r) => report("request", { url: r.url() }));
          return {
            raw: page,
            goto: async (url) => { await page.goto(url); },
            reload: async () => { await page.reload(); },
            url: async () => page.url(),
            eval: (expression) => page.evaluate(expression),
            runScript: async (source) => { await page.evaluate(source); },
            addInitScript: (source) => page.addInitScript(source),
            click: (x, y) => page.mouse.click(x, y),
            press: (keys) => page.keyboard.press(keys.join("+")),
            typeText: (text) => page.keyboard.type(text),
            setViewport: (w, h) => page.setViewportSize({ width: w, height: h }),
            screenshot: async (path, { fullPage }) => { await page.screenshot({ path, fullPage }); },
            close: () => page.close(),
          };
        },
        setOffline: (offline) => context.setOffline(offline),
        cookies: () => context.cookies(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
