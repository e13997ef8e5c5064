// The storage rule: a whole interview writes nothing to cookies, localStorage
// or IndexedDB and sends nothing off the page's origin, unless the person
// ticks "remember my answers"; "forget" (or unticking) clears it. The tab's
// own copy (sessionStorage, gone when the tab closes) goes with "forget".
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { eachEngine } from "./lib/each-engine.mjs";
import { startServer } from "./lib/server.mjs";
import { walkInterview } from "./lib/interview.mjs";
import { storedData, NOTHING_STORED } from "./lib/storage.mjs";

const server = await startServer();
after(() => server.close());

eachEngine((browser) => {
  test("a whole interview stores nothing and every request stays on the page's origin", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const origin = new URL(server.url).origin;
    const elsewhere = [];
    context.on("request", (r) => {
      if (new URL(r.url()).origin !== origin && !r.url().startsWith("data:")) elsewhere.push(r.url());
    });
    await page.goto(server.url);
    // Choosing a skin tone is part of the answers: stored only with consent too.
    const { level, asked } = await walkInterview(page, { age: "8", sex: "male", tone: "dark", findings: { fever: true, blanches_on_pressure: true } });
    assert.ok(level && asked.length >= 3);
    // The results' own controls: the case link, "answer more", "start again".
    await page.locator("[data-testid='restart']").click();
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    // The tab keeps its own copy (gone when the tab closes), under one key.
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), ["spotcheck:tab"]);
    assert.deepEqual(elsewhere, []);
    await context.close();
  });

  test("ticking remember keeps the answers across a reload; forget clears them", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator("[data-testid='start']").waitFor(); // loaded: the start screen's signs no longer move the page
    await page.locator("[data-testid='remember']").check();
    const { level } = await walkInterview(page, { age: "45", sex: "male", tone: "dark", findings: { fever: false, blanches_on_pressure: true } });
    const stored = await storedData(page);
    assert.deepEqual(stored.localStorage, ["spotcheck:answers"]);
    assert.deepEqual({ ...stored, localStorage: [] }, NOTHING_STORED, "no cookies and no IndexedDB even when remembering");
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("spotcheck:answers")));
    assert.equal(saved.tone, "dark", "the skin tone is kept with the answers, beside the case");
    const kase = saved.case;
    assert.equal(kase.age, 45);
    assert.equal(kase.sex, "male");
    assert.equal(kase.findings.fever, false);
    assert.equal(kase.findings.blanches_on_pressure, true);

    await page.reload();
    assert.equal(await page.locator("[data-testid='remember']").isChecked(), true);
    assert.equal(await page.locator("[data-testid='triage']").getAttribute("data-triage-level"), level, "the remembered answers are back");
    // The causes' texts may arrive after the results first show (deferTexts:
    // they are not waited for) and the page grows: wait for them, so the click below lands where the button is.
    await page.locator("[data-testid='cause-description']").first().waitFor({ state: "attached" });
    await page.locator("[data-testid='answer-about'] button").click();
    assert.equal(await page.locator("[data-testid='tone-dark']").isChecked(), true, "and the skin tone with them");

    await page.locator("[data-testid='forget']").click();
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), [], "forget clears the tab's copy too");
    assert.equal(await page.locator("[data-testid='remember']").isChecked(), false);
    await page.reload();
    await page.locator("[data-testid='start']").waitFor();
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    await context.close();
  });

  test("unticking remember clears what was saved", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator("[data-testid='start']").waitFor();
    const box = page.locator("[data-testid='remember']");
    await box.check();
    await walkInterview(page, { findings: { fever: true } });
    assert.deepEqual((await storedData(page)).localStorage, ["spotcheck:answers"]);
    await box.uncheck();
    assert.deepEqual(await storedData(page), NOTHING_STORED);
    await context.close();
  });

  test("remember.js stores the case only when asked, reads it back, and forget() clears it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator("[data-testid='start']").waitFor();
    const kase = { age: 30, sex: "female", findings: { fever: false, blanches_on_pressure: "unknown" } };
    const steps = await page.evaluate(async (kase) => {
      const store = await import("./remember.js");
      const before = store.remembered();
      const saved = store.remember(kase, { tone: "dark" });
      const after = store.remembered();
      const tone = store.rememberedTone();
      const keys = Object.keys(localStorage);
      localStorage.setItem("spotcheck:old-format", "x"); // a key an older version might have left
      localStorage.setItem("other-site-data", "kept");
      store.forget();
      return { before, saved, after, tone, keys, afterForget: store.remembered(), toneAfterForget: store.rememberedTone(), left: Object.keys(localStorage) };
    }, kase);
    assert.equal(steps.before, null);
    assert.equal(steps.saved, true);
    assert.deepEqual(steps.after, kase);
    assert.equal(steps.tone, "dark");
    assert.equal(steps.toneAfterForget, null);
    assert.deepEqual(steps.keys, ["spotcheck:answers"]);
    assert.equal(steps.afterForget, null);
    assert.deepEqual(steps.left, ["other-site-data"], "forget() removes Spotcheck's keys only");
    await context.close();
  });

  test("remember.js never throws: unreadable data is treated as nothing remembered", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    const result = await page.evaluate(async () => {
      const store = await import("./remember.js");
      const seen = [];
      for (const junk of ["{", "null", "[1,2]", '{"format":99,"case":{},"tone":"dark"}', '{"format":1,"case":"x","tone":5}']) {
        localStorage.setItem("spotcheck:answers", junk);
        seen.push(store.remembered() ?? store.rememberedTone());
      }
      store.forget();
      return { seen, left: localStorage.length };
    });
    assert.deepEqual(result, { seen: [null, null, null, null, null], left: 0 });
    await context.close();
  });
});
