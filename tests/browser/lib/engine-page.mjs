// The page API every browser test uses, whatever the engine. An engine adapter
// supplies a small driver (navigation, script evaluation, native mouse and
// keyboard input, viewport, screenshot); finding elements, waiting and
// actionability are done here, by the same in-page code in every engine.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { probe, wrapCall } from "./engine-dom.mjs";
import { splitChord } from "./keys.mjs";

export const DEFAULT_TIMEOUT = 10000;
const POLL_MS = 50;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

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

  /** Runs a classic script (e.g. axe-core's source) in the page's global scope, ignoring the page's CSP. */
  addScript(source) { return this.driver.runScript(source); }

  // Polls probe(selector, want) until accept(result) or the timeout.
  async #until(selector, want, accept, timeout = DEFAULT_TIMEOUT) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const r = await this.evaluate(probe, selector, want);
      if (accept(r)) return r;
      if (Date.now() > deadline) {
        throw new Error(`${this.engine}: ${want} "${selector}" timed out after ${timeout} ms (${r.state})`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Waits until the first match of selector is visible (state: "visible" | "attached" | "hidden" | "detached"). */
  async waitFor(selector, { timeout = DEFAULT_TIMEOUT, state = "visible" } = {}) {
    const want = state === "attached" || state === "detached" ? "count" : "visible";
    const accept = {
      visible: (r) => r.state === "visible",
      hidden: (r) => r.state === "hidden" || r.state === "missing",
      attached: (r) => r.count > 0,
      detached: (r) => r.count === 0,
    }[state];
    if (!accept) throw new Error(`unknown state ${state}`);
    await this.#until(selector, want, accept, timeout);
  }

  /** Number of elements matching selector now. */
  async count(selector) { return (await this.evaluate(probe, selector, "count")).count; }

  /** Whether the first match is visible now (false when there is none). */
  async isVisible(selector) { return (await this.evaluate(probe, selector, "visible")).state === "visible"; }

  /** textContent of the first match (waits for it to exist). */
  async text(selector, { timeout } = {}) {
    return (await this.#until(selector, "text", (r) => r.state === "ok", timeout)).value;
  }

  /** innerText (the rendered text) of the first match. */
  async innerText(selector, { timeout } = {}) {
    return (await this.#until(selector, "innerText", (r) => r.state === "ok", timeout)).value;
  }

  /** An attribute of the first match, or null (waits for the element to exist). */
  async attribute(selector, name, { timeout } = {}) {
    return (await this.#until(selector, `attr:${name}`, (r) => r.state === "ok", timeout)).value;
  }

  /** A real mouse click in the middle of the first match, once it is visible, enabled and not covered. */
  async click(selector, { timeout } = {}) {
    const { x, y } = await this.#until(selector, "click", (r) => r.state === "ok", timeout);
    await this.driver.click(x, y);
  }

  /** Presses a key (or chord, "Shift+Tab") on whatever has focus. */
  async press(key) {
    await this.driver.press(splitChord(key));
  }

  /** Focuses the first match and types text at the end of its value, key by key. */
  async type(selector, text, { timeout } = {}) {
    await this.#until(selector, "focus", (r) => r.state === "ok", timeout);
    await this.driver.typeText(String(text));
  }

  /** Focuses the first match, selects its value and types text over it ("" clears it). */
  async fill(selector, text, { timeout } = {}) {
    await this.#until(selector, "focus-select", (r) => r.state === "ok", timeout);
    if (String(text) === "") await this.driver.press(["Backspace"]);
    else await this.driver.typeText(String(text));
  }

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

  /** Uncaught errors and unhandled rejections seen so far (see engine.supports.loadErrors). */
  errors() { return this.driver.errors(); }

  close() { return this.driver.close(); }
}
