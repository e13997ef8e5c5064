// History that works (issue 15): each question is a history entry, so the
// browser's (or phone's) Back and Forward move through the interview and
// never lose an answer; a reload keeps the interview for the tab
// (sessionStorage), with nothing written to localStorage without consent.
// Subtests run inside app-navigation.test.mjs's launch of each engine.
import assert from "node:assert/strict";
import { openApp, andRerender, currentQuestion, answerRows, startInterview as startWith, notSure } from "../lib/app-walk.mjs";
import { readFileSync } from "node:fs";

// The page's own English words (data/i18n/en/ui.json).
const UI = JSON.parse(readFileSync(new URL("../../../data/i18n/en/ui.json", import.meta.url), "utf8"));

const APP = "[data-testid='spotcheck']";
const screenOf = (page) => page.attribute(APP, "data-screen");
const back = (page) => andRerender(page, () => page.evaluate(() => history.back()));
const forward = (page) => andRerender(page, () => page.evaluate(() => history.forward()));

const startInterview = (page) => startWith(page, { age: "3", sex: "male" });

/** Where the app is: the screen, the question shown (if any), and how many answers it lists. */
async function place(page) {
  const screen = await screenOf(page);
  return { screen, question: screen === "question" ? (await currentQuestion(page)).id : null, answers: await answerRows(page) };
}

export async function historySubtests(t, engine, server) {
  await t.test("Back and Forward move through the interview and back again without losing answers", async () => {
    const { page, errors } = await openApp(engine, server.url, { width: 360, height: 740 });
    await page.waitFor("[data-testid='start']");
    await startInterview(page);
    const ids = [await notSure(page), await notSure(page), await notSure(page)];
    const fourth = (await currentQuestion(page)).id;
    assert.ok(!ids.includes(fourth));
    const here = { screen: "question", question: fourth, answers: 3 };
    assert.deepEqual(await place(page), here);

    // Back through every question to the about step and the start screen.
    for (const id of [...ids].reverse()) {
      await back(page);
      assert.deepEqual(await place(page), { screen: "question", question: id, answers: 3 }, `Back to ${id}`);
      assert.equal(await page.attribute("[data-testid='question'] [data-answer='unsure']", "aria-pressed"), "true", "its answer is marked");
    }
    await back(page);
    assert.equal(await screenOf(page), "about");
    assert.equal(await page.locator("[data-testid='age']").inputValue(), "3");
    assert.equal(await page.locator("[data-testid='sex-male']").isChecked(), true);
    await back(page);
    assert.equal(await screenOf(page), "start");

    // Forward all the way: the same questions, then the one not yet answered, all answers kept.
    await forward(page);
    assert.equal(await screenOf(page), "about");
    for (const id of ids) {
      await forward(page);
      assert.deepEqual(await place(page), { screen: "question", question: id, answers: 3 }, `Forward to ${id}`);
    }
    await forward(page);
    assert.deepEqual(await place(page), here);

    // Back twice and answer again: the answer is replaced, the later ones stay.
    await back(page);
    await back(page);
    assert.equal((await currentQuestion(page)).id, ids[1]);
    await andRerender(page, () => page.click("[data-testid='question'] [data-answer='unsure']"));
    assert.deepEqual(await place(page), { screen: "question", question: ids[2], answers: 3 });

    // Nothing on the device without consent; the tab keeps one copy for itself.
    const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
    assert.deepEqual(stored, { local: [], session: ["spotcheck:tab"] });
    assert.deepEqual(errors, []);
    await page.close();
  });

  await t.test("a reload keeps the interview and its history; the results survive a reload too", async () => {
    const { page, errors } = await openApp(engine, server.url, { width: 360, height: 740 });
    await page.waitFor("[data-testid='start']");
    await startInterview(page);
    const ids = [await notSure(page), await notSure(page)];
    const third = (await currentQuestion(page)).id;

    await page.reload();
    await page.waitFor(`${APP}[data-screen='question']`);
    assert.deepEqual(await place(page), { screen: "question", question: third, answers: 2 });
    assert.equal(await page.text("[data-testid='answer-about'] .sc-answer-a"), UI["ui.answers.who"].replace("{age}", UI["ui.answers.age_years"].replace("{years}", "3")).replace("{sex}", UI["ui.answers.sex_male"]));
    // The history from before the reload still works.
    await back(page);
    assert.deepEqual(await place(page), { screen: "question", question: ids[1], answers: 2 });
    await forward(page);
    assert.deepEqual(await place(page), { screen: "question", question: third, answers: 2 });

    await andRerender(page, () => page.click("[data-testid='results-now']"));
    const level = await page.attribute("[data-testid='triage']", "data-triage-level");
    await page.reload();
    await page.waitFor(`${APP}[data-screen='results']`);
    assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), level);
    assert.equal(await answerRows(page), 2);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], "nothing on the device without consent");

    // Start again, then Back: the answers before it come back.
    await andRerender(page, () => page.click("[data-testid='restart']"));
    assert.equal(await answerRows(page), 0);
    await back(page);
    assert.equal(await screenOf(page), "results");
    assert.equal(await answerRows(page), 2);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
