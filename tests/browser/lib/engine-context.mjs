// A browser context: pages that share storage, service workers and network
// state, isolated from every other context (Playwright's BrowserContext).
import { EventEmitter } from "node:events";
import { Page } from "./engine-page.mjs";

export class Context extends EventEmitter {
  constructor(engineName, driver, viewport, supports) {
    super();
    this.engine = engineName;
    this.supports = supports;
    this.driver = driver;
    this.viewport = viewport;
    this.pages = new Set();
    // Requests of the whole context (service workers included) where the
    // adapter sees them, else those its pages report.
    driver.onRequest?.((url) => { if (!/^(data|about):/.test(url)) this.emit("request", { url: () => url }); });
  }

  async newPage() {
    const page = new Page(this.engine, this);
    page.driver = await this.driver.newPage(this.viewport, (kind, payload) => page.report(kind, payload));
    if (!this.driver.onRequest) page.on("request", (r) => this.emit("request", r));
    this.pages.add(page);
    return page;
  }

  /** Network off (true) or on for every page, where engine.supports.offline. */
  setOffline(offline) {
    if (!this.driver.setOffline) throw new Error(`${this.engine}: no offline emulation`);
    return this.driver.setOffline(offline);
  }

  /** Cookies the context holds for its pages: [{ name, value, domain, path }]. */
  cookies() { return this.driver.cookies(); }

  close() {
    this.closing ??= (async () => {
      for (const page of [...this.pages]) await page.closeOnly().catch(() => {});
      await this.driver.close();
    })();
    return this.closing;
  }
}
