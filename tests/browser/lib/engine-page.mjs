// The page API every browser test uses, whatever the engine. An engine adapter
// supplies a small driver (navigation, script evaluation, native mouse and
// keyboard input, viewport, screenshot); finding elements, waiting and
// actionability are done by the same in-page code in every engine
// (engine-dom.mjs, engine-locator.mjs).
//
// Selector methods (click, text, ...) act on the first match of a CSS selector
// that pierces open shadow roots; page.locator(css) gives Playwright-style
// strict locators.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { wrapCall } from "./engine-dom.mjs";
import { Locator } from "./engine-locator.mjs";
import { splitChord } from "./keys.mjs";

export class Page {
  /** @param driver see the engine-*.mjs adapters */
  constructor(engineName, driver) {
    this.engine = engineName;
    this.driver = driver;
  }

  goto(url) { return this.driver.goto(url); }
  reload() { return this.driver.reload(); }
  url() { return this.driver.url(); }

  /** Calls fn (a function or its source) in the page with JSON-able args; resolves to its JSON-able result. */
  async evaluate(fn, ...args) {
    const text = await this.driver.eval(wrapCall(String(fn), args));
    return text === "undefined" ? undefined : JSON.parse(text);
  }

  /** Runs a classic script (e.g. axe-core's source) in the page's global scope, whatever the page's CSP. */
  addScript(source) { return this.driver.runScript(source); }

  locator(css) { return new Locator(this, [{ css }]); }
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

  /** Network off (true) or back on, where engine.supports.offline. */
  setOffline(offline) {
    if (!this.driver.setOffline) throw new Error(`${this.engine}: no offline emulation`);
    return this.driver.setOffline(offline);
  }

  /** Uncaught errors and unhandled rejections so far (see engine.supports.loadErrors). */
  async errors() { return this.driver.errors(); }

  close() { return this.driver.close(); }
}
