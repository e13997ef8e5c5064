// The page API every browser test uses, whatever the engine. An engine adapter
// supplies a small driver (navigation, script evaluation, native mouse and
// keyboard input, viewport, screenshot); finding elements, waiting and
// actionability are done by the same in-page code in every engine
// (engine-dom.mjs, engine-locator.mjs).
//
// Selector methods (click, text, ...) act on the first match of a CSS selector
// that pierces open shadow roots; page.locator(css) and page.getByRole() give
// Playwright-style strict locators. Events, with Playwright's shapes:
// "pageerror" (an Error), "console" ({ type(), text() }), "request" ({ url() }).
import { EventEmitter } from "node:events";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { wrapCall } from "./engine-dom.mjs";
import { Locator, DEFAULT_TIMEOUT } from "./engine-locator.mjs";
import { splitChord } from "./keys.mjs";

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

export class Page extends EventEmitter {
  constructor(engineName, context) {
    super();
    this.engine = engineName;
    this.ctx = context;
    this.driver = null; // set by Context.newPage
    this.ownsContext = false; // set by engine.newPage
  }

  /** Adapters report events here. */
  report(kind, payload) {
    if (kind === "pageerror") this.emit("pageerror", payload instanceof Error ? payload : new Error(String(payload)));
    else if (kind === "console") this.emit("console", { type: () => payload.type, text: () => payload.text });
    // data: URLs are no network requests: Chromium does not report them, Firefox
    // does (for a font of its own too); about:blank is WebKit's first document.
    else if (kind === "request" && !/^(data|about):/.test(payload.url)) this.emit("request", { url: () => payload.url });
  }

  context() { return this.ctx; }
  /** Loads url and waits for the load event; rejects when the page could not be loaded. */
  goto(url) { return this.driver.goto(url); }
  reload() { return this.driver.reload(); }
  url() { return this.driver.url(); }

  /** Calls fn (a function or its source) in the page with JSON-able args; resolves to its JSON-able result. */
  async evaluate(fn, ...args) {
    const text = await this.driver.eval(wrapCall(String(fn), args));
    return text === "undefined" ? undefined : JSON.parse(text);
  }

  /** Polls fn(arg) in the page until it returns a truthy value; resolves to that value. */
  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${this.engine}: waitForFunction timed out after ${timeout} ms`);
      await sleep(50);
    }
  }

  /** Runs action (e.g. a click that reloads) and waits until a new document has loaded. */
  async waitForLoad(action, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.evaluate(() => { window.__engineOldDocument = true; });
    await action();
    const deadline = Date.now() + timeout;
    for (;;) {
      // While the old document unloads, evaluate may fail: try again.
      const fresh = await this.evaluate(() => !window.__engineOldDocument && document.readyState === "complete").catch(() => false);
      if (fresh) return;
      if (Date.now() > deadline) throw new Error(`${this.engine}: no new document loaded within ${timeout} ms`);
      await sleep(50);
    }
  }

  /** Runs a classic script (e.g. axe-core's source) in the page's global scope, whatever the page's CSP. */
  addScript(source) { return this.driver.runScript(source); }

  /**
   * Runs fn (or source) in every document this page loads from now on, before
   * the page's own scripts where engine.supports.initScript (else right after load).
   */
  addInitScript(fn) {
    return this.driver.addInitScript(typeof fn === "function" ? `(${fn})();` : String(fn));
  }

  locator(css) { return new Locator(this, [{ css }]); }
  getByRole(role, options) { return new Locator(this, []).getByRole(role, options); }
  #first(selector) { return this.locator(selector).first(); }

  /** Waits for the first match (state: "visible" default, "attached", "hidden", "detached"). */
  waitFor(selector, options) { return this.#first(selector).waitFor(options); }
  count(selector) { return this.locator(selector).count(); }
  isVisible(selector) { return this.#first(selector).isVisible(); }
  /** textContent of the first match (waits for it to exist). */
  text(selector, options) { return this.#first(selector).textContent(options); }
  innerText(selector, options) { return this.#first(selector).innerText(options); }
  /** An attribute of the first match, or null (waits for the element to exist). */
  attribute(selector, name, options) { return this.#first(selector).getAttribute(name, options); }
  /** A real mouse click in the middle of the first match, once visible, enabled and not covered. */
  click(selector, options) { return this.#first(selector).click(options); }
  /** Focuses the first match and types text after its value, key by key. */
  type(selector, text, options) { return this.#first(selector).pressSequentially(text, options); }
  /** Focuses the first match, selects its value and types text over it ("" clears it). */
  fill(selector, text, options) { return this.#first(selector).fill(text, options); }

  /** Presses a key (or chord, "Shift+Tab") on whatever has focus. */
  press(key) { return this.driver.press(splitChord(key)); }

  /** Sets the layout viewport to width x height CSS pixels. */
  setViewport(width, height) { return this.driver.setViewport(width, height); }

  /** Writes a PNG of the whole page (or only the viewport with fullPage: false). */
  async screenshot(path, { fullPage = true } = {}) {
    await mkdir(dirname(path), { recursive: true });
    await this.driver.screenshot(path, { fullPage });
  }

  /** Closes the page (and its context when it came from engine.newPage). */
  async close() {
    await this.closeOnly();
    if (this.ownsContext) await this.ctx.close();
  }

  closeOnly() {
    this.closing ??= this.driver.close().finally(() => this.ctx.pages.delete(this));
    return this.closing;
  }
}
