// Moving around the interview without losing anything: Back, changing an
// earlier answer, age validation, damaged and valid case links arriving
// mid-interview, Start again with Undo, and the body map kept in step with
// the list (by mouse and by keyboard). Results opened with warning-sign
// questions left say the advice is not complete and lead through them; a rash
// that fits no known cause says so above the causes. The same launch runs
// parts/: browser Back, Forward and reload (history.mjs), large text and
// reflow (reflow.mjs), and the results page led by its advice, with a
// tap-to-call link under an emergency (results-story.mjs), and the pictures
// from the data on each skin tone, kept by case links (pictures.mjs).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { ENGINES, launch } from "./lib/engines.mjs";
import { startServer } from "./lib/server.mjs";
import { openApp, andRerender, currentQuestion, tabTo, answerRows, startInterview, notSure } from "./lib/app-walk.mjs";
import { axeViolations, setAppTheme } from "./lib/app-axe.mjs";
import { createChecker } from "spotcheck";
import { historySubtests } from "./parts/history.mjs";
import { reflowSubtests } from "./parts/reflow.mjs";
import { resultsStorySubtests } from "./parts/results-story.mjs";
import { pictureSubtests } from "./parts/pictures.mjs";

const server = await startServer({ csp: true });
after(() => server.close());

const checker = await createChecker();
const DESCRIBED = checker.describe();
const QUESTIONS = new Map(DESCRIBED.questions.map((q) => [q.id, q]));
const LABELS = new Map(DESCRIBED.findings.map((f) => [f.id, f.label]));

const fragment = (kase) => `#case=${Buffer.from(JSON.stringify(kase)).toString("base64url")}`;

/** [question id, text] of each question a results box lists. */
function listedQuestions(page, testid) {
  return page.evaluate((id) => [...document.querySelectorAll(`[data-testid='${id}'] li[data-question-id]`)]
    .map((li) => [li.dataset.questionId, li.textContent]), testid);
}

const questionsWithText = (ids) => ids.map((id) => [id, QUESTIONS.get(id).text]);

/** A definite answer instead: No, None of these, or the first option. */
async function answerOtherwise(page) {
  const { type } = await currentQuestion(page);
  const css = { yes_no: "[data-answer='no']", multiple: "[data-answer='none']", single: "[data-answer='option']" }[type];
  await andRerender(page, () => page.locator(`[data-testid='question'] ${css}`).first().click());
}

for (const name of ENGINES) {
  test(`moving around without losing answers (${name})`, async (t) => {
    const engine = await launch(name);
    try {
      await t.test("Back shows the previous question with its answer marked; answering again replaces it", async () => {
        const { page, errors } = await openApp(engine, server.url);
        await startInterview(page);
        const ids = [await notSure(page), await notSure(page), await notSure(page)];
        await andRerender(page, () => page.click("[data-testid='back']"));
        assert.equal((await currentQuestion(page)).id, ids[2]);
        assert.equal(await page.attribute("[data-testid='question'] [data-answer='unsure']", "aria-pressed"), "true");
        await answerOtherwise(page);
        assert.ok(!ids.includes((await currentQuestion(page)).id), "on to a new question");
        assert.equal(await answerRows(page), 3, "still three answers");
        assert.doesNotMatch(await page.text(`[data-testid='answer-${ids[2]}'] .sc-answer-a`), /Not sure/);
        // Back to the first question, then to the about step (kept), then the start.
        for (let i = 0; i < 3; i++) await andRerender(page, () => page.click("[data-testid='back']"));
        assert.equal((await currentQuestion(page)).id, ids[0]);
        await andRerender(page, () => page.click("[data-testid='back']"));
        assert.equal(await page.locator("[data-testid='age']").inputValue(), "30");
        assert.equal(await page.locator("[data-testid='sex-female']").isChecked(), true);
        await andRerender(page, () => page.click("[data-testid='back']"));
        assert.ok(await page.isVisible("[data-testid='start']"));
        assert.deepEqual(errors, []);
        await page.close();
      });

      // Issue 15: the progress text tells the truth. It says how many questions
      // are likely left after this one, the engine's estimate (questions_left,
      // which counts the question on screen), for a person who is never sure.
      await t.test("the progress says how many questions are likely left, from the engine", async () => {
        const { page, errors } = await openApp(engine, server.url);
        await startInterview(page);
        const kase = { age: 30, sex: "female", findings: {} };
        const expected = (after) => after === 0 ? "this may be the last" : after === 1 ? "about 1 more" : `about ${after} more`;
        for (let number = 1; number <= 8; number++) {
          const after = checker.assess(structuredClone(kase), { questionsLeft: true }).questions_left - 1;
          assert.equal(await page.text("[data-testid='progress'] .sc-progress-text"), `Question ${number} · ${expected(after)}`);
          const id = await notSure(page);
          for (const f of QUESTIONS.get(id).findings) kase.findings[f] = "unknown";
        }
        // Back to the last answer: the question that was next is ahead again.
        await andRerender(page, () => page.click("[data-testid='back']"));
        const after = checker.assess(structuredClone(kase), { questionsLeft: true }).questions_left;
        assert.equal(await page.attribute("[data-testid='progress']", "data-questions-after"), String(after));
        assert.deepEqual(errors, []);
        await page.close();
      });

      await t.test("Change on an earlier answer asks it again, then goes on from where the person was", async () => {
        const { page, errors } = await openApp(engine, server.url);
        await startInterview(page);
        const first = await notSure(page);
        const second = await notSure(page);
        await andRerender(page, () => page.click(`[data-testid='answer-${first}'] button`));
        assert.equal((await currentQuestion(page)).id, first);
        await answerOtherwise(page);
        const now = (await currentQuestion(page)).id;
        assert.ok(![first, second].includes(now), `not asked again: ${now}`);
        assert.equal(await answerRows(page), 2);
        assert.doesNotMatch(await page.text(`[data-testid='answer-${first}'] .sc-answer-a`), /Not sure/);
        assert.deepEqual(errors, []);
        await page.close();
      });

      await t.test("age must be whole years from 0 to 120, or left out", async () => {
        const { page } = await openApp(engine, server.url);
        await andRerender(page, () => page.click("[data-testid='start']"));
        for (const bad of ["abc", "130", "4.5"]) {
          await page.fill("[data-testid='age']", bad);
          await page.click("[data-testid='about-continue']"); // checked at once, nothing re-rendered
          assert.equal(await page.attribute("[data-testid='spotcheck']", "data-screen"), "about", bad);
          assert.equal(await page.attribute("[data-testid='age']", "aria-invalid"), "true", bad);
          assert.match(await page.text("[data-testid='spotcheck'] .sc-problem"), /whole number of years from 0 to 120/);
        }
        await page.fill("[data-testid='age']", "");
        await andRerender(page, () => page.click("[data-testid='about-continue']"));
        assert.match(await page.text("[data-testid='answer-about']"), /Age not given/);
        await page.close();
      });

      await t.test("a damaged link says so clearly and never loses answers", async () => {
        const { page, errors } = await openApp(engine, `${server.url}index.html#case=%%%not-base64`);
        await page.waitFor("[data-testid='error']");
        assert.match(await page.text("[data-testid='error']"), /could not be opened/);
        assert.ok(await page.isVisible("[data-testid='start']"), "the start screen is still there");

        // Valid base64 and JSON, but a finding the engine does not know.
        await page.click("[data-testid='error'] button"); // Dismiss
        await page.waitFor("[data-testid='error']", { state: "detached" });
        await page.evaluate((h) => { location.hash = h; }, fragment({ findings: { fevr: true } }));
        await page.waitFor("[data-testid='error']");
        assert.match(await page.text("[data-testid='error']"), /fevr/);

        // A key given twice: refused (duplicate_key), not read as its last value.
        await page.click("[data-testid='error'] button");
        await page.waitFor("[data-testid='error']", { state: "detached" });
        const twice = '{"age":16,"findings":{"blanches_on_pressure":false,"fever":true,"fever":false}}';
        await page.evaluate((h) => { location.hash = h; }, `#case=${Buffer.from(twice).toString("base64url")}`);
        await page.waitFor("[data-testid='error']");
        assert.match(await page.text("[data-testid='error']"), /could not be opened/);
        assert.equal(await page.count("[data-testid='triage']"), 0, "no advice is shown from a link that says two things");

        // Mid-interview: a broken link changes nothing.
        await startInterview(page);
        await notSure(page);
        await notSure(page);
        const asking = (await currentQuestion(page)).id;
        await page.evaluate(() => { location.hash = "#case=AAAA!"; });
        await page.waitFor("[data-testid='error']");
        assert.match(await page.text("[data-testid='error']"), /Your own answers are still here/);
        assert.equal((await currentQuestion(page)).id, asking);
        assert.equal(await answerRows(page), 2);

        // A valid link replaces them, with a way back to one's own answers.
        await andRerender(page, () => page.evaluate((h) => { location.hash = h; },
          fragment({ age: 16, findings: { blanches_on_pressure: false, fever: true } })));
        assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), "emergency");
        assert.match(await page.text("[data-testid='notice']"), /answers from the link/);
        await andRerender(page, () => page.click("[data-testid='notice'] button"));
        assert.equal((await currentQuestion(page)).id, asking);
        assert.equal(await answerRows(page), 2);
        assert.deepEqual(errors, []);
        await page.close();
      });

      await t.test("warning-sign questions left: the advice says it is not complete and leads through them", async () => {
        const kase = { findings: { fever: true } };
        const missing = checker.assess(kase).triage.unanswered_red_flags;
        assert.ok(missing.includes("q_glass_test"), "the glass test is among the questions left");
        const { page, errors } = await openApp(engine, `${server.url}index.html${fragment(kase)}`);
        await page.waitFor("[data-testid='triage']");
        assert.match(await page.text("[data-testid='advice-incomplete'] p"), /^This advice is not complete: some warning-sign questions are not answered yet\.$/);
        assert.deepEqual(await listedQuestions(page, "advice-incomplete"), questionsWithText(missing));
        assert.equal(await page.count("[data-testid='advice-unsure']"), 0);
        // The box sits right under the advice.
        assert.equal(await page.evaluate(() => document.querySelector("[data-testid='triage']").nextElementSibling.dataset.testid), "advice-incomplete");

        // Back from the first of them returns to the results.
        await andRerender(page, () => page.click("[data-testid='answer-warning-questions']"));
        assert.equal((await currentQuestion(page)).id, missing[0]);
        await andRerender(page, () => page.click("[data-testid='back']"));
        assert.equal(await page.attribute("[data-testid='spotcheck']", "data-screen"), "results");

        // Each one in the engine's order, then the results again: answered "Not sure",
        // the advice is complete but says which warning signs are not ruled out.
        await andRerender(page, () => page.click("[data-testid='answer-warning-questions']"));
        const asked = [];
        for (let i = 0; i <= missing.length && (await page.attribute("[data-testid='spotcheck']", "data-screen")) === "question"; i++) {
          asked.push(await notSure(page));
        }
        assert.deepEqual(asked, missing);
        assert.equal(await page.attribute("[data-testid='spotcheck']", "data-screen"), "results");
        assert.equal(await page.count("[data-testid='advice-incomplete']"), 0);
        const unsureCase = { findings: { ...kase.findings } };
        for (const id of missing) for (const f of QUESTIONS.get(id).findings) unsureCase.findings[f] = "unknown";
        const unsure = checker.assess(unsureCase).triage;
        assert.deepEqual(unsure.unanswered_red_flags, []);
        assert.deepEqual(unsure.unsure_red_flags, missing);
        assert.match(await page.text("[data-testid='advice-unsure'] p"), /Not sure.*not ruled out/);
        assert.deepEqual(await listedQuestions(page, "advice-unsure"), questionsWithText(unsure.unsure_red_flags));
        assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), unsure.level);
        assert.deepEqual(errors, []);
        await page.close();
      });

      await t.test("a rash that fits no cause Spotcheck knows says so above the causes", async () => {
        // A young woman with a large pink rash on the face for weeks, joint
        // pain and tiredness, no fever: none of the known causes fits.
        const kase = {
          age: 28, sex: "female",
          findings: { loc_face: true, joint_pain: true, fatigue: true, present_over_3_weeks: true, itchy: false, fever: false,
            blanches_on_pressure: true, size_large: true, color_pink_or_skin: true },
        };
        const result = checker.assess(kase);
        assert.equal(result.fit.matches_known_causes, false, "the engine finds that no known cause fits");
        assert.ok(result.fit.unexplained.length > 0);
        const reason = result.triage.reason_details.find((r) => r.unexplained);
        assert.ok(reason?.sources?.length, "the engine gives the safety net's reason with its sources");

        const { page, errors } = await openApp(engine, `${server.url}index.html${fragment(kase)}`);
        await page.waitFor("[data-testid='fit-message']");
        assert.equal(await page.text("[data-testid='fit-message'] p"), result.fit.message);
        assert.match(await page.text("[data-testid='fit-message'] h3"), /^Answers these causes do not explain$/);
        assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("[data-testid='fit-unexplained'] li")].map((li) => li.textContent)),
          result.fit.unexplained.map((id) => LABELS.get(id)));
        assert.ok(await page.evaluate(() => {
          const box = document.querySelector("[data-testid='fit-message']");
          const firstCause = document.querySelector("[data-testid='causes'] [data-condition-id]");
          return Boolean(box.compareDocumentPosition(firstCause) & Node.DOCUMENT_POSITION_FOLLOWING);
        }), "the message comes before the causes");
        // The safety net's reason shows its sources, as a rule's reason does.
        assert.ok((await page.text("[data-testid='triage'] li[data-unexplained='true']")).startsWith(reason.text));
        const links = await page.evaluate(() => [...document.querySelectorAll("[data-testid='triage'] li[data-unexplained='true'] .sc-sources a")].map((a) => a.href));
        assert.deepEqual(links, reason.sources.map((id) => DESCRIBED.sources[id].url).filter(Boolean).map((u) => new URL(u).href));
        // Both boxes (this case leaves warning-sign questions too) and the opened sources pass axe.
        assert.equal(await page.count("[data-testid='advice-incomplete']"), 1);
        await page.evaluate(() => document.querySelectorAll(".sc-sources-more").forEach((d) => { d.open = true; }));
        for (const theme of ["light", "dark"]) {
          await setAppTheme(page, theme);
          assert.deepEqual(await axeViolations(page), [], `results with the fit message, ${theme} theme`);
        }
        await setAppTheme(page, "auto");
        assert.deepEqual(errors, []);
        await page.close();
      });

      await t.test("Start again clears the answers; Undo brings them back", async () => {
        const link = `${server.url}index.html${fragment({ age: 50, sex: "male", findings: { fever: false, blanches_on_pressure: true } })}`;
        const { page } = await openApp(engine, link);
        await page.waitFor("[data-testid='triage']");
        const level = await page.attribute("[data-testid='triage']", "data-triage-level");
        await andRerender(page, () => page.click("[data-testid='restart']"));
        assert.ok(await page.isVisible("[data-testid='start']"));
        assert.match(await page.text("[data-testid='notice']"), /cleared/);
        await andRerender(page, () => page.click("[data-testid='notice'] button"));
        assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), level);
        assert.equal(await answerRows(page), 2);
        await page.close();
      });

      await t.test("the body map and the list tick the same places, by mouse and by keyboard", async () => {
        const link = `${server.url}index.html${fragment({ age: 30, findings: { loc_trunk: true } })}`;
        const { page, errors } = await openApp(engine, link, { width: 360, height: 740 });
        await page.waitFor("[data-testid='triage']");
        await andRerender(page, () => page.click("[data-testid='answer-q_location'] button"));
        assert.equal((await currentQuestion(page)).id, "q_location");
        const region = (side, f) => `[data-testid='map-${side}-${f}']`;
        const box = (f) => page.locator(`input[data-finding='${f}']`);
        const ticked = async (f) => [
          await page.attribute(region("front", f), "aria-checked"), await page.attribute(region("back", f), "aria-checked"), await box(f).isChecked(),
        ];
        assert.deepEqual(await ticked("loc_trunk"), ["true", "true", true], "the earlier answer is on the map and in the list");

        await page.click(`${region("back", "loc_lower_legs_feet")} > :first-child`);
        assert.deepEqual(await ticked("loc_lower_legs_feet"), ["true", "true", true], "a click on the map ticks the list");
        await box("loc_lower_legs_feet").uncheck();
        assert.deepEqual(await ticked("loc_lower_legs_feet"), ["false", "false", false], "the list unticks the map");

        // Keyboard: one Tab stop per figure, arrows to move, Space to tick.
        await tabTo(page, "[data-testid^='map-front-']");
        for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.dataset.regionFinding === "loc_forearms_hands")); i++) {
          await page.press("ArrowDown");
        }
        await page.press(" ");
        assert.deepEqual(await ticked("loc_forearms_hands"), ["true", "true", true]);
        await page.press(" ");
        assert.deepEqual(await ticked("loc_forearms_hands"), ["false", "false", false]);

        for (const theme of ["light", "dark"]) {
          await setAppTheme(page, theme);
          assert.deepEqual(await axeViolations(page), [], `body map, ${theme} theme`);
        }
        await setAppTheme(page, "auto");

        // Nothing ticked: Continue explains instead of guessing.
        await box("loc_trunk").uncheck();
        await page.click("[data-answer='submit']");
        assert.match(await page.text("[data-testid='question'] .sc-problem"), /Tick at least one/);
        assert.equal((await currentQuestion(page)).id, "q_location");

        await page.click(`${region("front", "loc_face")} > :first-child`);
        await box("loc_neck").check();
        await andRerender(page, () => page.click("[data-answer='submit']"));
        assert.equal(await page.attribute("[data-testid='spotcheck']", "data-screen"), "results", "back to the results it came from");
        const shown = await page.text("[data-testid='answer-q_location'] .sc-answer-a");
        assert.match(shown, /Face/);
        assert.match(shown, /Neck/);
        assert.doesNotMatch(shown, /Chest/);
        assert.deepEqual(errors, []);
        await page.close();
      });

      // A parent may know most warning signs but not one (how much a toddler is
      // drinking): that option alone can be Not sure, and the advice reads it
      // as not ruled out (NICE NG143: reduced fluid intake with a fever is amber).
      await t.test("one option of a tick list can be Not sure: the answer says so, the advice reads it, Change shows it marked", async () => {
        const serious = QUESTIONS.get("q_serious_signs").findings;
        const kase = { age: 1, age_months: 18, sex: "female",
          findings: { fever: true, blanches_on_pressure: true, feels_very_unwell: false, ...Object.fromEntries(serious.map((f) => [f, false])) } };
        const { page, errors } = await openApp(engine, `${server.url}index.html${fragment(kase)}`, { width: 360, height: 740 });
        await page.waitFor("[data-testid='triage']");
        const before = await page.attribute("[data-testid='triage']", "data-triage-level");
        await andRerender(page, () => page.click("[data-testid='answer-q_serious_signs'] button"));
        const unsure = "[data-testid='question'] [data-answer='option-unsure'][data-finding='poor_fluid_intake']";
        assert.equal(await page.attribute(unsure, "aria-pressed"), "false");
        await page.click(unsure);
        assert.equal(await page.attribute(unsure, "aria-pressed"), "true");
        await andRerender(page, () => page.click("[data-answer='submit']"));
        kase.findings.poor_fluid_intake = "unknown";
        const expected = checker.assess(structuredClone(kase)).triage.level;
        assert.notEqual(expected, before, "the Not sure changes the advice");
        assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), expected);
        assert.match(await page.text("[data-testid='answer-q_serious_signs'] .sc-answer-a"), /^Not sure: /);
        await andRerender(page, () => page.click("[data-testid='answer-q_serious_signs'] button"));
        assert.equal(await page.attribute(unsure, "aria-pressed"), "true", "Change shows the option marked Not sure");
        // Ticking the option answers it Yes instead.
        await page.locator("[data-testid='question'] input[data-finding='poor_fluid_intake']").check();
        assert.equal(await page.attribute(unsure, "aria-pressed"), "false");
        assert.deepEqual(errors, []);
        await page.close();
      });

      await historySubtests(t, engine, server);
      await reflowSubtests(t, engine, server);
      await resultsStorySubtests(t, engine, server, checker);
      await pictureSubtests(t, engine, server, checker);
    } finally {
      await engine.close();
    }
  });
}
