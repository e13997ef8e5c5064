// The app and the embed under the strict Content-Security-Policy, with a
// securitypolicyviolation listener: any violation fails the test. In every
// engine; in WebKit the listener starts when the load ends
// (supports.initScript), so only the functional checks cover the load itself.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { eachEngine } from "./lib/each-engine.mjs";
import { startServer } from "./lib/server.mjs";
import { watchViolations } from "./lib/violations.mjs";
import { walkInterview, caseFragment } from "./lib/interview.mjs";
import { STRICT_CSP } from "../../scripts/serve.mjs";

const server = await startServer({ csp: true });
after(() => server.close());

eachEngine((browser) => {
  async function openStrict(path) {
    // The header is the server's: read from Node, the same in every engine.
    const response = await fetch(server.url + path);
    assert.equal(response.headers.get("content-security-policy"), STRICT_CSP, "the page is served with the strict CSP");
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const violations = await watchViolations(page);
    await page.goto(server.url + path);
    return { page, errors, violations };
  }

  test("a whole interview in the app runs with no CSP violation", async () => {
    const { page, errors, violations } = await openStrict("index.html");
    const { level, asked } = await walkInterview(page, { findings: { fever: true, blanches_on_pressure: false } });
    assert.equal(level, "emergency");
    assert.ok(asked.length >= 2);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a case link opens its results with no CSP violation", async () => {
    const { page, errors, violations } = await openStrict(`index.html${caseFragment({ age: 40, findings: { blanches_on_pressure: true, fever: false } })}`);
    await page.locator("[data-testid='triage']").waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the embed example page runs an interview inside <spot-check> with no CSP violation", async () => {
    const { page, errors, violations } = await openStrict("embed/example.html");
    const widget = page.locator("spot-check");
    const { level } = await walkInterview(widget, { findings: { difficulty_breathing: true } });
    assert.equal(level, "emergency");
    assert.match(await page.locator("#last-result").textContent(), /^emergency: /);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the violation listener does see a violation (so silence above means none happened)", async () => {
    const { page, violations } = await openStrict("index.html");
    await page.locator("[data-testid='start']").waitFor();
    // An inline <style> is what style-src 'self' forbids.
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { outline: 1px solid red; }";
      document.head.append(style);
    });
    await page.waitForFunction(() => window.__cspViolations.length > 0);
    assert.match((await violations()).join("\n"), /style-src/);
    await page.close();
  });
});
