// Locators: the subset of Playwright's Locator that the tests use, the same in
// every engine. Built from page.locator(css); actions wait for the element,
// and like Playwright's they are strict (one element must match) unless the
// locator was narrowed with first(), last() or nth().
import { probe, wrapCall } from "./engine-dom.mjs";

export const DEFAULT_TIMEOUT = 10000;
const POLL_MS = 50;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

export class Locator {
  constructor(page, chain) {
    this.page = page;
    this.chain = chain;
  }

  locator(css) { return new Locator(this.page, [...this.chain, { css }]); }
  /** Elements with an ARIA role and (optionally) an accessible name, as Playwright's getByRole. */
  getByRole(role, { name, exact = false } = {}) { return new Locator(this.page, [...this.chain, { role, name, exact }]); }
  first() { return this.nth(0); }
  last() { return this.nth(-1); }
  nth(index) { return new Locator(this.page, [...this.chain, { nth: index }]); }
  or(other) { return new Locator(this.page, [...this.chain, { or: other.chain }]); }
  filter({ hasText }) { return new Locator(this.page, [...this.chain, { hasText }]); }
  toString() { return JSON.stringify(this.chain); }

  #probe(want) {
    return this.page.evaluate(probe, this.chain, want, true);
  }

  // Polls until accept(result) or the timeout.
  async #until(want, accept, timeout = DEFAULT_TIMEOUT) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const r = await this.#probe(want);
      if (accept(r)) return r;
      if (Date.now() > deadline) {
        throw new Error(`${this.page.engine}: ${want} ${this} timed out after ${timeout} ms (${r.state})`);
      }
      await sleep(POLL_MS);
    }
  }
  #ok(want, timeout) { return this.#until(want, (r) => r.state === "ok", timeout); }

  /** state: "visible" (default) | "attached" | "hidden" | "detached". */
  async waitFor({ state = "visible", timeout } = {}) {
    const want = state === "attached" || state === "detached" ? "count" : "visible";
    const accept = {
      visible: (r) => r.state === "visible",
      hidden: (r) => r.state === "hidden" || r.state === "missing",
      attached: (r) => r.count > 0,
      detached: (r) => r.count === 0,
    }[state];
    if (!accept) throw new Error(`unknown state ${state}`);
    // Waiting is not strict (as in Playwright for attached/detached; visible looks at the first).
    const deadline = Date.now() + (timeout ?? DEFAULT_TIMEOUT);
    for (;;) {
      const r = await this.page.evaluate(probe, this.chain, want, false);
      if (accept(r)) return;
      if (Date.now() > deadline) throw new Error(`${this.page.engine}: waitFor ${state} ${this} timed out (${r.state ?? r.count})`);
      await sleep(POLL_MS);
    }
  }

  async count() { return (await this.#probe("count")).count; }
  async isVisible() { return (await this.#probe("visible")).state === "visible"; }
  async textContent({ timeout } = {}) { return (await this.#ok("text", timeout)).value; }
  async innerText({ timeout } = {}) { return (await this.#ok("innerText", timeout)).value; }
  async getAttribute(name, { timeout } = {}) { return (await this.#ok(`attr:${name}`, timeout)).value; }
  async inputValue({ timeout } = {}) { return (await this.#ok("value", timeout)).value; }
  async isChecked({ timeout } = {}) { return (await this.#ok("checked", timeout)).value; }

  /** A real mouse click in the middle of the element once it is visible, enabled and not covered. */
  async click({ timeout } = {}) {
    const { x, y } = await this.#ok("click", timeout);
    await this.page.driver.click(x, y);
  }

  /** Clicks a checkbox or radio unless it is checked already, then checks that it is. */
  async check({ timeout } = {}) { await this.#setChecked(true, timeout); }

  async uncheck({ timeout } = {}) { await this.#setChecked(false, timeout); }

  // Once in CI (WebKit, stop 22) a click on the sex radio right
  // after typing the age left it unchecked (most likely the click's point was measured,
  // then the page moved before WebDriver's pointer landed). So: click, wait a
  // moment for the state, and click once more (a fresh point) before failing.
  // A second click can never undo a first that landed, as the state is read
  // before it.
  async #setChecked(want, timeout) {
    for (let attempt = 0; attempt < 2; attempt++) {
      if ((await this.isChecked({ timeout })) === want) return;
      await this.click({ timeout });
      if (await this.#settles(want)) return;
    }
    throw new Error(`${this.page.engine}: ${want ? "check" : "uncheck"} ${this} left it ${want ? "unchecked" : "checked"}`);
  }

  async #settles(want, ms = 1000) {
    const deadline = Date.now() + ms;
    for (;;) {
      if ((await this.isChecked()) === want) return true;
      if (Date.now() > deadline) return false;
      await sleep(POLL_MS);
    }
  }

  async focus({ timeout } = {}) { await this.#ok("focus", timeout); }

  /** Focuses the element, selects its value and types text over it ("" clears it). */
  async fill(text, { timeout } = {}) {
    await this.#ok("focus-select", timeout);
    if (String(text) === "") await this.page.driver.press(["Backspace"]);
    else await this.page.driver.typeText(String(text));
    await this.#settleAfterTyping(String(text), timeout);
  }

  // Once in CI (Firefox, stop 26, 200% text) a click on Continue right after
  // typing the age did nothing. Firefox scrolls the caret into view after a
  // key, a frame or two later; a click point measured before that scroll
  // lands on what moved under it. So: wait until the page holds the text,
  // then two frames, before anything measures a point.
  async #settleAfterTyping(text, timeout) {
    await this.#until("value", (r) => r.state === "ok" && r.value === text, timeout);
    await this.page.evaluate(() => new Promise((done) =>
      requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  }

  /** Focuses the element and types text after its value, key by key. */
  async pressSequentially(text, { timeout } = {}) {
    await this.#ok("focus", timeout);
    await this.page.driver.typeText(String(text));
  }

  /** Focuses the element and presses a key or chord ("Shift+Tab"). */
  async press(key, { timeout } = {}) {
    await this.#ok("focus", timeout);
    await this.page.press(key);
  }

  /** Calls fn(element, ...args) in the page; resolves to its JSON-able result. */
  async evaluate(fn, ...args) {
    await this.#ok("text");
    const call = `(chain, args) => { (${probe})(chain, "call:", true); const el = window.__engineTarget;` +
      ` delete window.__engineTarget; if (!el) throw new Error("no element for " + JSON.stringify(chain));` +
      ` return (${fn})(el, ...args); }`;
    const text = await this.page.driver.eval(wrapCall(call, [this.chain, args]));
    return text === "undefined" ? undefined : JSON.parse(text);
  }
}
