// Who the check is for, a baby's age in months, and causes that do not fit
// the person (issue 15): the about step asks "Me / My child / Someone else"
// and the questions' words follow it (data/questions.json subjects and
// text_for); an age in months reaches the engine as age_months and gets the
// babies' own rules (NICE NG143, data/red_flags.json); a 3-year-old's results
// show no adult-only cause (conditions' applies_to). Texts and ids come from
// the data through describe(), never typed here.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ENGINES, launch } from "./lib/engines.mjs";
import { startServer } from "./lib/server.mjs";
import { openApp, andRerender, currentQuestion, copyLink } from "./lib/app-walk.mjs";
import { createChecker } from "spotcheck";
import { readFileSync } from "node:fs";

const server = await startServer({ csp: true });
after(() => server.close());

const checker = await createChecker();
const DESCRIBED = checker.describe();
const SUBJECTS = DESCRIBED.subjects;
const QUESTIONS = new Map(DESCRIBED.questions.map((q) => [q.id, q]));
const APP = "[data-testid='spotcheck']";
const RULES = new Map(JSON.parse(readFileSync(new URL("../../data/red_flags.json", import.meta.url), "utf8")).rules.map((r) => [r.id, r]));

const fragment = (kase) => `#case=${Buffer.from(JSON.stringify(kase)).toString("base64url")}`;
const caseOf = (link) => JSON.parse(Buffer.from(new URL(link).hash.slice("#case=".length).split("&")[0], "base64url").toString("utf8"));
const wordsFor = (q, subject) => q.text_for?.[subject] ?? q.text;
// The page's own English words (data/i18n/en/ui.json): a 2-month-old of no given sex.
const UI = JSON.parse(readFileSync(new URL("../../data/i18n/en/ui.json", import.meta.url), "utf8"));
const TWO_MONTHS = UI["ui.answers.who"].replace("{age}", UI["ui.answers.age_months"].replace("{months}", "2")).replace("{sex}", UI["ui.answers.sex_none"]);

/** Start, then the about step: who it is for, the age (in a unit), Continue. */
async function about(page, { subject, age, unit = "years" }) {
  await andRerender(page, () => page.click("[data-testid='start']"));
  await page.locator(`[data-testid='subject-${subject}']`).check();
  await page.locator(`[data-testid='age-unit-${unit}']`).check();
  await page.fill("[data-testid='age']", String(age));
  await andRerender(page, () => page.click("[data-testid='about-continue']"));
}

for (const name of ENGINES) {
  test(`who the check is for, age in months, causes that fit (${name})`, async (t) => {
    const engine = await launch(name);
    try {
      await t.test("the about step's title and the questions' words follow who the check is for", async () => {
        const { page, errors } = await openApp(engine, server.url);
        await andRerender(page, () => page.click("[data-testid='start']"));
        for (const subject of SUBJECTS.options) {
          await page.locator(`[data-testid='subject-${subject.id}']`).check();
          assert.equal(await page.text("[data-testid='about-title']"), subject.title, subject.id);
        }
        const worded = new Set();
        for (const subject of SUBJECTS.options) {
          await page.locator(`[data-testid='subject-${subject.id}']`).check();
          await page.fill("[data-testid='age']", "30");
          await andRerender(page, () => page.click("[data-testid='about-continue']"));
          const q = QUESTIONS.get((await currentQuestion(page)).id);
          const shown = await page.text("[data-testid='question'] h1");
          assert.equal(shown, wordsFor(q, subject.id), subject.id);
          worded.add(shown);
          await andRerender(page, () => page.click("[data-testid='back']"));
          assert.equal(await page.text("[data-testid='about-title']"), subject.title, "the choice is kept");
        }
        // The first question has its own words for each subject in the data.
        assert.equal(worded.size, SUBJECTS.options.length);
        assert.deepEqual(errors, []);
        await page.close();
      });

      await t.test("a 2-month-old entered in months reaches the engine as age_months 2 and gets the under-3-months rule; the link, the tab and the words keep it", async () => {
        const { page, errors } = await openApp(engine, server.url);
        await about(page, { subject: "child", age: 2, unit: "months" });
        const fever = QUESTIONS.get((await currentQuestion(page)).id);
        assert.deepEqual(fever.findings, ["fever"]);
        assert.equal(await page.text("[data-testid='question'] h1"), wordsFor(fever, "child"));
        await andRerender(page, () => page.click("[data-testid='question'] [data-answer='yes']"));
        // What the engine says for a 2-month-old with a fever, and why: a rule that reads the age in months.
        const expected = checker.assess({ age: 0, age_months: 2, findings: { fever: true } });
        const monthRules = expected.triage.reason_details.filter((d) => JSON.stringify(RULES.get(d.rule)?.when ?? {}).includes("age_months"));
        assert.ok(monthRules.length > 0, "a rule on the age in months sets the advice");
        // The same fever at 5 months is calmer: the months are what made it an emergency.
        assert.notEqual(checker.assess({ age: 0, age_months: 5, findings: { fever: true } }).triage.level, expected.triage.level);
        assert.equal(await page.attribute(APP, "data-level"), expected.triage.level);
        await andRerender(page, () => page.click("[data-testid='results-now']"));
        assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), expected.triage.level);
        assert.equal(await page.text("[data-testid='answer-about'] .sc-answer-a"), TWO_MONTHS);
        const link = await copyLink(page);
        assert.deepEqual(caseOf(link), { age: 0, age_months: 2, findings: { fever: true } });
        assert.equal(new URLSearchParams(new URL(link).hash.split("&").slice(1).join("&")).get("for"), "child");

        await page.reload(); // the tab keeps the months and who it is for
        await page.waitFor(`${APP}[data-screen='results']`);
        assert.equal(await page.text("[data-testid='answer-about'] .sc-answer-a"), TWO_MONTHS);
        assert.equal(await page.text("[data-testid='answer-q_fever'] .sc-answer-q"), wordsFor(fever, "child"));

        const opened = await openApp(engine, link); // a fresh page from the link
        await opened.page.waitFor(`${APP}[data-screen='results']`);
        assert.equal(await opened.page.attribute("[data-testid='triage']", "data-triage-level"), expected.triage.level);
        assert.equal(await opened.page.text("[data-testid='answer-q_fever'] .sc-answer-q"), wordsFor(fever, "child"));
        await andRerender(opened.page, () => opened.page.click("[data-testid='answer-about'] button"));
        assert.equal(await opened.page.evaluate(() => document.querySelector("[data-testid='age']").value), "2");
        assert.equal(await opened.page.evaluate(() => document.querySelector("[data-testid='age-unit-months']").checked), true);
        assert.equal(await opened.page.evaluate(() => document.querySelector("[data-testid='subject-child']").checked), true);
        assert.deepEqual([...errors, ...opened.errors], []);
        await opened.page.close();
        await page.close();
      });

      await t.test("who it is for and the months are stored on the device only once Remember is ticked", async () => {
        const { page, errors } = await openApp(engine, server.url);
        await about(page, { subject: "child", age: 2, unit: "months" });
        assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], "nothing without consent");
        await page.locator("[data-testid='remember']").check();
        const saved = await page.evaluate(() => Object.values(localStorage).map((v) => JSON.parse(v)));
        assert.equal(saved.length, 1);
        assert.equal(saved[0].subject, "child");
        assert.equal(saved[0].case.age_months, 2);
        assert.deepEqual(errors, []);
        await page.close();
      });

      await t.test("months over 23 are refused with a plain reason; an old link without who it is for still opens in the neutral words", async () => {
        const { page, errors } = await openApp(engine, server.url);
        await andRerender(page, () => page.click("[data-testid='start']"));
        await page.locator("[data-testid='age-unit-months']").check();
        await page.fill("[data-testid='age']", "30");
        await page.click("[data-testid='about-continue']");
        assert.equal(await page.attribute(APP, "data-screen"), "about");
        assert.match(await page.text("[data-testid='age'] ~ [role='alert']"), /0 to 23/);
        await page.close();

        const old = await openApp(engine, server.url + fragment({ age: 3, findings: { fever: true } }));
        await old.page.waitFor(`${APP}[data-screen='results']`);
        assert.equal(await old.page.text("[data-testid='answer-q_fever'] .sc-answer-q"), QUESTIONS.get("q_fever").text);
        assert.deepEqual([...errors, ...old.errors], []);
        await old.page.close();
      });

      await t.test("a 3-year-old's results show no cause that does not fit a child, and say which were left out", async () => {
        const kase = { age: 3, findings: { fever: true, blanches_on_pressure: "unknown", color_purple: true, size_pinpoint: true, loc_lower_legs_feet: true } };
        const result = checker.assess(kase);
        const leftOut = result.not_fitting.map((c) => c.id);
        assert.ok(leftOut.length > 0);
        const { page, errors } = await openApp(engine, server.url + fragment(kase));
        await page.waitFor(`${APP}[data-screen='results']`);
        const shown = await page.evaluate(() => [...document.querySelectorAll("[data-condition-id]")].map((li) => li.dataset.conditionId));
        assert.deepEqual(shown.filter((id) => leftOut.includes(id)), []);
        // Every cause the engine ranks is there (the page orders them by the advice: causes.js causeOrder).
        assert.deepEqual([...shown].sort(), result.conditions.map((c) => c.id).sort());
        const named = await page.evaluate(() => [...document.querySelectorAll("[data-testid='not-fitting'] li")].map((li) => [li.dataset.cause, li.textContent]));
        assert.deepEqual(named, result.not_fitting.map((c) => [c.id, `${c.name}. ${c.reason}`]));
        assert.deepEqual(errors, []);
        await page.close();
      });
    } finally {
      await engine.close();
    }
  });
}
