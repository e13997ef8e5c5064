// The triage is the story on the results page (issue 15): under emergency
// advice no cause card comes above the advice, the cards are closed, a cause
// that needs care as fast as the advice comes first, a card calmer than the
// advice says why the advice is higher (the knowledge base's words), nothing
// invites answering more questions, and how well a cause fits is said in
// words with the number on request. Under the advice: a tap-to-call link with
// the number for the browser's region and what to do now, all from data.
// Subtests run inside app-navigation.test.mjs's launch of each engine.
import assert from "node:assert/strict";
import { openApp } from "../lib/app-walk.mjs";

const fragment = (kase) => `#case=${Buffer.from(JSON.stringify(kase)).toString("base64url")}`;
const WORDS = ["Most likely", "Possible", "Less likely"];
// A 3-year-old with a fever and purple spots that do not fade under a glass;
// the warning-sign questions after it are not answered yet.
const EMERGENCY = { age: 3, findings: { fever: true, blanches_on_pressure: false, color_purple: true } };
// The same child with no colour given: a virus, and four other calmer causes,
// rank above meningococcal disease (NICE NG240 treats it as meningococcal
// disease until proven otherwise: it still comes first).
const EMERGENCY_NO_COLOUR = { age: 3, findings: { fever: true, blanches_on_pressure: false } };
const URGENT = { age: 55, findings: { fever: false, blanches_on_pressure: false } };

/** Each cause card in page order: id, urgency, whether it comes after the advice, its note and likelihood words, open or not. */
function cards(page) {
  return page.evaluate(() => {
    const triage = document.querySelector("[data-testid='triage']");
    return [...document.querySelectorAll("[data-testid='causes'] [data-condition-id]")].map((li) => ({
      id: li.dataset.conditionId,
      urgency: li.dataset.urgency,
      afterAdvice: Boolean(triage.compareDocumentPosition(li) & Node.DOCUMENT_POSITION_FOLLOWING),
      note: li.querySelector("[data-testid='cause-below-advice']")?.textContent ?? null,
      words: li.querySelector("[data-testid='likelihood']").textContent,
      open: [...li.querySelectorAll("details")].some((d) => d.open),
    }));
  });
}

/** The region of the first language tag that has one, as the page's browser reports them. */
function regionIn(languages) {
  for (const tag of languages) {
    const m = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag);
    if (m) return m[1].toUpperCase();
  }
  return null;
}

function expectedNumber(call, region) {
  return (call.numbers.find((n) => n.regions.includes(region)) ?? call.numbers.find((n) => n.number === call.default_number)).number;
}

export async function resultsStorySubtests(t, engine, server, checker) {
  const described = checker.describe();
  const urgency = new Map(described.triage_levels.map((l, i) => [l.id, i])); // the engine's order, calmest first
  const call = described.emergency_call;

  await t.test("an emergency link: no cause above the advice, the dangerous cause first, no lower urgency unexplained", async () => {
    const result = checker.assess(EMERGENCY);
    assert.equal(result.triage.level, "emergency");
    assert.notEqual(result.next_question, null, "the engine would ask more: the page must not invite it");
    const page_level = urgency.get("emergency");
    const lower = result.conditions.filter((c) => urgency.get(c.urgency) < page_level);
    assert.ok(lower.length > 0 && urgency.get(result.conditions[0].urgency) < page_level,
      "the engine's top cause is calmer than the advice: the case tests what it should");

    const { page, errors } = await openApp(engine, `${server.url}index.html${fragment(EMERGENCY)}`, { width: 360, height: 740 });
    await page.waitFor("[data-testid='triage']");
    assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), "emergency");
    const shown = await cards(page);
    assert.equal(shown.length, result.conditions.length);
    assert.ok(shown.every((c) => c.afterAdvice), "every cause card comes after the advice");
    assert.ok(shown.every((c) => !c.open), "every cause card is closed");
    // The first card is the most likely of the top causes that need emergency care.
    const dangerous = result.conditions.slice(0, 5).find((c) => urgency.get(c.urgency) >= page_level);
    assert.ok(dangerous, "a cause needing emergency care is among the top five");
    assert.equal(shown[0].id, dangerous.id);
    for (const c of shown) {
      const calmer = urgency.get(c.urgency) < page_level;
      assert.equal(c.note, calmer ? described.cause_below_advice.text : null, `${c.id} (${c.urgency})`);
      assert.ok(WORDS.includes(c.words), `${c.id}: ${c.words}`);
    }
    assert.equal(await page.count("[data-testid='more-questions']"), 0, "no invitation to answer more under an emergency");
    assert.equal(await page.count("[data-testid='advice-incomplete']"), 0);

    // The number is there on request.
    const first = "[data-testid='causes'] [data-condition-id] .sc-likelihood";
    const isOpen = () => page.evaluate((css) => document.querySelector(css).open, first);
    assert.equal(await isOpen(), false, "the number is folded away");
    await page.click(`${first} summary`);
    assert.equal(await isOpen(), true);
    const score = result.conditions.find((c) => c.id === dangerous.id).score;
    const pct = Math.round(score * 100);
    assert.equal(await page.text(`${first} .sc-bar-text`), `Fits your answers: ${pct < 1 ? "under 1%" : `${pct}%`}`);
    assert.ok(await page.isVisible(`${first} .sc-bar-text`));
    assert.deepEqual(errors, []);
    await page.close();

    // With none of the top five needing emergency care, the most likely cause that does comes first.
    const other = checker.assess(EMERGENCY_NO_COLOUR);
    assert.equal(other.triage.level, "emergency");
    assert.ok(other.conditions.slice(0, 5).every((c) => urgency.get(c.urgency) < page_level), "the case tests what it should");
    const otherPage = (await openApp(engine, `${server.url}index.html${fragment(EMERGENCY_NO_COLOUR)}`, { width: 360, height: 740 })).page;
    await otherPage.waitFor("[data-testid='triage']");
    const otherShown = await cards(otherPage);
    assert.equal(otherShown[0].id, other.conditions.find((c) => urgency.get(c.urgency) >= page_level).id);
    assert.equal(otherShown[0].urgency, "emergency");
    await otherPage.close();
  });

  await t.test("urgent advice: the cards are closed and each calmer cause says why the advice is higher", async () => {
    const result = checker.assess(URGENT);
    assert.equal(result.triage.level, "urgent");
    const { page, errors } = await openApp(engine, `${server.url}index.html${fragment(URGENT)}`, { width: 360, height: 740 });
    await page.waitFor("[data-testid='triage']");
    const shown = await cards(page);
    assert.ok(shown.every((c) => c.afterAdvice && !c.open));
    for (const c of shown) {
      assert.equal(c.note, urgency.get(c.urgency) < urgency.get("urgent") ? described.cause_below_advice.text : null, c.id);
    }
    assert.ok(shown.some((c) => c.note), "a calmer cause is shown (cherry angioma, self-care)");
    assert.equal(await page.count("[data-testid='emergency-call']"), 0, "no call link under urgent advice");
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("under emergency advice: a tap-to-call link for the browser's region, the other numbers and what to do now", async () => {
    const { page, errors } = await openApp(engine, `${server.url}index.html${fragment(EMERGENCY)}`, { width: 360, height: 740 });
    await page.waitFor("[data-testid='call-link']");
    const languages = await page.evaluate(() => [...navigator.languages]);
    const number = expectedNumber(call, regionIn(languages));
    assert.equal(await page.attribute("[data-testid='call-link']", "href"), `tel:${number}`, `languages ${languages.join(", ")}`);
    assert.equal(await page.text("[data-testid='call-link']"), `Call ${number}`);
    assert.ok(await page.isVisible("[data-testid='call-link']"));
    const others = await page.evaluate(() => [...document.querySelectorAll("[data-testid='call-others'] a")].map((a) => a.getAttribute("href")));
    assert.deepEqual(others, call.numbers.filter((n) => n.number !== number).map((n) => `tel:${n.number}`));
    const steps = await page.evaluate(() => [...document.querySelectorAll("[data-testid='call-steps'] li")].map((li) => li.textContent));
    assert.deepEqual(steps, call.steps);
    // The link sits in the advice box, right under the advice.
    assert.equal(await page.evaluate(() => document.querySelector("[data-testid='call-now']").nextElementSibling.dataset.testid), "emergency-call");

    // Other regions, through mount()'s languages option: the number comes from the data.
    const tried = [["en-GB"], ["en-AU"], ["en-CA"], ["ga-IE"], ["fr"], ["de-DE", "en-US"], []];
    const numbers = await page.evaluate(async ({ tried, hash }) => {
      const [{ mount }, { createChecker }] = await Promise.all([import("./ui/mount.js"), import("./spotcheck.mjs")]);
      const checker = createChecker();
      const out = [];
      for (const languages of tried) {
        const host = document.createElement("div");
        document.body.append(host);
        const app = mount(host, { checker, languages, hash });
        await app.ready;
        for (let i = 0; i < 100 && !host.querySelector("[data-testid='call-link']"); i++) await new Promise((ok) => setTimeout(ok, 20));
        out.push(host.querySelector("[data-testid='call-link']")?.getAttribute("href") ?? null);
        app.unmount();
        host.remove();
      }
      return out;
    }, { tried, hash: fragment(EMERGENCY) });
    assert.deepEqual(numbers, tried.map((languages) => `tel:${expectedNumber(call, regionIn(languages))}`));
    assert.deepEqual(errors, []);
    await page.close();
  });
}
