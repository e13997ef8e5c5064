// Three whole interviews, answered as each person would whatever order the
// engine asks in: an emergency, an urgent case (on a 360 px phone screen) and
// a self-care case by keyboard alone. Each result must survive a case link
// opened in a fresh page, and changing an answer must update the advice.
// Every clinical text on the way is the engine's (describe()): the start
// screen's emergency signs with their sources, the advice in the banner and
// the note under every result. They run again in each other
// language data/i18n/ holds (?lang=), in the same browser session, with axe on
// the results, <html lang dir>, and a 360 px screenshot of the results
// (test-results/screens/); and a case link opened in that language shows no
// English (parts/languages.mjs), with its own 360 px screenshot. In the
// other languages each engine walks one of the three people, a different one
// per engine (whoWalks): across the engines every person is walked in every
// language and every engine shows every language, in 15 walks rather than 27
// (each is about 9 s).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { ENGINES, launch } from "./lib/engines.mjs";
import { startServer } from "./lib/server.mjs";
import { PEOPLE } from "./lib/app-people.mjs";
import { walkAsPerson, copyLink, andRerender, tabTo, openApp, startInterview, notSure } from "./lib/app-walk.mjs";
import { axeViolations } from "./lib/app-axe.mjs";
import { caseFragment } from "./lib/interview.mjs";
import { OTHER_LANGUAGES, englishTexts, englishLeft } from "./parts/languages.mjs";
import { createChecker } from "spotcheck";

const server = await startServer({ csp: true });
after(() => server.close());

const LEVELS = ["emergency", "urgent", "consult", "self_care"];
const LANGS = ["en", ...OTHER_LANGUAGES.map((l) => l.id)];
const DIRS = Object.fromEntries([["en", "ltr"], ...OTHER_LANGUAGES.map((l) => [l.id, l.dir])]);
// What the knowledge base says, from the package itself (never typed in), in each language.
const checker = await createChecker();
if (checker.setLanguage) for (const lang of LANGS) await checker.setLanguage(lang);
const DESCRIBED_IN = Object.fromEntries(LANGS.map((lang) => [lang, checker.describe({ lang })]));
const DESCRIBED = DESCRIBED_IN.en;
const CAUSES = DESCRIBED.conditions.length;
const adviceIn = (lang) => Object.fromEntries(DESCRIBED_IN[lang].triage_levels.map((l) => [l.id, l.advice]));
const sourceUrls = (ids) => ids.map((id) => DESCRIBED.sources[id].url).filter(Boolean).map((url) => new URL(url).href);
// The page's own words in each language (data/i18n/<lang>/ui.json), placeholders filled.
const UI = Object.fromEntries(LANGS.map((lang) => [lang, JSON.parse(readFileSync(new URL(`../../data/i18n/${lang}/ui.json`, import.meta.url), "utf8"))]));
const words = (lang, id, params = {}) => UI[lang][id].replace(/\{(\w+)\}/g, (all, name) => params[name] ?? all);
const ENGLISH = englishTexts();
const SCREENS = "test-results/screens";
mkdirSync(SCREENS, { recursive: true });

// <html lang dir> and the app's own say the language.
async function assertLanguage(page, lang) {
  const said = await page.evaluate(() => {
    const app = document.querySelector("[data-testid='spotcheck']");
    return [document.documentElement.lang, document.documentElement.dir || "ltr", app.lang, app.dir];
  });
  assert.deepEqual(said, [lang, DIRS[lang], lang, DIRS[lang]], "html and the app are in the language");
}

// The start screen shows the engine's emergency signs, in order, with their sources as links.
async function assertEmergencySigns(page, lang) {
  await page.waitFor("[data-testid='emergency-signs'] li");
  const shown = await page.evaluate(() => {
    const box = document.querySelector("[data-testid='emergency-signs']");
    const texts = (css) => [...box.querySelectorAll(css)].map((el) => el.textContent.trim());
    return { title: texts("h3")[0], intro: texts("p")[0], items: texts(".sc-signs-list li"), last: texts(".sc-signs-last")[0],
      links: [...box.querySelectorAll(".sc-sources a")].map((a) => a.href) };
  });
  const signs = DESCRIBED_IN[lang].emergency_signs;
  assert.ok(signs.items.length >= 3 && signs.sources.length >= 1, "the knowledge base has emergency signs with sources");
  assert.deepEqual(shown, { title: signs.title, intro: signs.intro, items: signs.items, last: signs.last, links: sourceUrls(signs.sources) });
}

async function topCauses(page, n = 3) {
  const ids = [];
  for (let i = 0; i < n; i++) ids.push(await page.locator("[data-testid='causes'] [data-condition-id]").nth(i).getAttribute("data-condition-id"));
  return ids;
}

// What every result page must show, whatever the level.
async function assertResultPage(page, person, walk, lang) {
  assert.equal(walk.level, person.expectLevel, `asked ${walk.asked.join(", ")}`);
  assert.ok(await page.isVisible("[data-testid='not-a-diagnosis']"), "'not a diagnosis' is on the results");
  const note = DESCRIBED_IN[lang].results_note;
  assert.equal(await page.text("[data-testid='results-note']"), `${note.title}: ${note.text}`, "the note's clinical words are the engine's");
  assert.equal(await page.count("[data-testid='not-a-diagnosis'] .sc-sources a"), sourceUrls(note.sources).length);
  // Every warning-sign question was asked, so the advice is complete.
  assert.equal(await page.count("[data-testid='advice-incomplete']"), 0);
  assert.ok(await page.isVisible("[data-testid='changes']"), "what would change the advice is shown");
  assert.ok((await topCauses(page)).includes(person.expectCause), `${person.expectCause} is among the top three causes`);
  // Every cause can be shown, or is named as not fitting the person (a teenager: the adult-only ones, conditions' applies_to).
  const shown = await page.count("[data-testid='causes'] [data-condition-id]");
  assert.equal(shown + await page.count("[data-testid='not-fitting'] li[data-cause]"), CAUSES, "all causes can be shown or are named as left out");
  for (const id of walk.asked) assert.equal(await page.count(`[data-testid='answer-${id}']`), 1, `the answer to ${id} is listed`);
  // The doctor's summary (print only) holds the advice and every answer.
  const summary = await page.text("[data-testid='print-summary']");
  assert.ok(summary.includes(await page.text("[data-testid='causes'] [data-condition-id] h3")), "the summary names the top cause");
  assert.equal(await page.count("[data-testid='print-summary'] table:last-of-type tbody tr"), walk.asked.length + 1);
  assert.equal(await page.isVisible("[data-testid='print-summary']"), false, "the summary shows only in print");
  await assertLanguage(page, lang);
  assert.deepEqual(await axeViolations(page), [], `axe on the results (${lang})`);
}

// The link carries the whole case: a fresh page (own context, opened after
// this one closes) shows the same advice and the same answers.
async function closeAndReopenLink(engine, page, errors, level, lang) {
  const link = await copyLink(page);
  assert.ok(link.startsWith(server.url) && link.includes("#case="), link);
  const answers = await page.text("[data-testid='answers']");
  assert.deepEqual(errors, []);
  await page.close();
  const fresh = await openApp(engine, link);
  await fresh.page.waitFor("[data-testid='triage']");
  assert.equal(await fresh.page.attribute("[data-testid='triage']", "data-triage-level"), level);
  assert.equal(await fresh.page.text("[data-testid='answers']"), answers);
  await assertLanguage(fresh.page, lang);
  assert.deepEqual(fresh.errors, []);
  await fresh.page.close();
}

// Everything the page loaded came from its own origin.
async function assertOnlyOwnOrigin(page) {
  const origins = await page.evaluate(() => [...new Set(performance.getEntriesByType("resource").map((e) => new URL(e.name).origin))]);
  assert.deepEqual(origins.filter((o) => o !== new URL(server.url).origin), []);
}

// The people an engine walks in a language: all three in English; in another
// language one, turning with the engine and the language (a Latin square),
// or all three when fewer engines run than there are people.
const PEOPLE_KINDS = Object.keys(PEOPLE);
function whoWalks(engineIndex, lang) {
  const other = OTHER_LANGUAGES.findIndex((l) => l.id === lang);
  if (other < 0 || ENGINES.length < PEOPLE_KINDS.length) return PEOPLE_KINDS;
  return [PEOPLE_KINDS[(engineIndex + other) % PEOPLE_KINDS.length]];
}

for (const [engineIndex, name] of ENGINES.entries()) {
  test(`three whole interviews as people would answer them, in every language (${name})`, async (t) => {
    const engine = await launch(name);
    try {
      for (const lang of LANGS) await interviews(t, engine, name, lang, whoWalks(engineIndex, lang));
      await t.test("a case link opened in each language shows no English", async () => {
        for (const { id: lang } of OTHER_LANGUAGES) {
          const link = `${server.url}index.html?lang=${lang}${caseFragment({ age: 16, sex: "male", findings: { fever: true, blanches_on_pressure: false, headache: true } })}`;
          const { page, errors } = await openApp(engine, link, { width: 360, height: 740 });
          await page.waitFor("[data-testid='triage']");
          assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), "emergency");
          await assertLanguage(page, lang);
          assert.deepEqual(await englishLeft(page, ENGLISH), [], `no English on the results (${lang})`);
          // Every engine's results in every language at 360 px, whichever people it walked in it.
          await page.screenshot(`${SCREENS}/${name}-${lang}-link-results-360.png`);
          assert.deepEqual(errors, []);
          await page.close();
        }
      });
      await t.test("the language menu: another language mid-interview and on the results keeps every answer; the summary for the doctor in English", async () => {
        for (const { id: lang } of OTHER_LANGUAGES) {
          const { page, errors } = await openApp(engine, server.url);
          await startInterview(page);
          await notSure(page);
          await notSure(page);
          const place = async () => [await page.attribute("[data-testid='question']", "data-question-id"),
            await page.evaluate(() => [...document.querySelectorAll("[data-testid^='answer-q']")].map((el) => el.dataset.testid))];
          const before = await place();
          // Every language by its own name, marked with its lang.
          assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("[data-testid='language'] option")].map((o) => [o.value, o.lang, o.textContent])),
            LANGS.map((l) => [l, l, UI[l]["ui.language.name"]]));
          await andRerender(page, () => pickLanguage(page, lang));
          await assertLanguage(page, lang);
          assert.deepEqual(await place(), before, "the same question and answers");
          assert.equal(await page.text("[data-testid='back']"), words(lang, "ui.common.back"));
          // The tab keeps the language (and the answers) through a reload.
          await page.reload();
          await page.waitFor("[data-testid='question']");
          await assertLanguage(page, lang);
          assert.deepEqual(await place(), before);
          await andRerender(page, () => page.click("[data-testid='results-now']"));
          // The summary for the doctor: the page's language, or English on request.
          const summary = async () => [await page.attribute("[data-testid='print-summary']", "lang"), await page.text("[data-testid='print-summary'] h2")];
          assert.deepEqual(await summary(), [lang, words(lang, "ui.summary.title")]);
          await page.locator("[data-testid='print-lang-en']").check();
          assert.deepEqual(await summary(), ["en", words("en", "ui.summary.title")]);
          assert.equal(await page.count("[data-testid='print-summary'] table:last-of-type tbody tr"), before[1].length + 1, "every answer is in it");
          // And back to English: no menu for the summary's language then.
          await andRerender(page, () => pickLanguage(page, "en"));
          await assertLanguage(page, "en");
          assert.equal(await page.count("[data-testid='print-language']"), 0);
          assert.deepEqual(errors, []);
          await page.close();
        }
      });
    } finally {
      await engine.close();
    }
  });
}

// Picks a language in the app's menu, as a person's choice does (a change event).
function pickLanguage(page, lang) {
  return page.evaluate((l) => {
    const menu = document.querySelector("[data-testid='language']");
    menu.value = l;
    menu.dispatchEvent(new Event("change", { bubbles: true }));
  }, lang);
}

// The people `kinds` names, in one language (the page's words and the engine's in it).
async function interviews(t, engine, name, lang, kinds) {
  const url = lang === "en" ? server.url : `${server.url}?lang=${lang}`;
  const ADVICE = adviceIn(lang);
  if (kinds.includes("emergency")) await t.test(`${lang}: emergency: a teenager with a fever and spots that do not fade under a glass`, async () => {
    const person = PEOPLE.emergency;
    const { page, errors } = await openApp(engine, url);
    await assertEmergencySigns(page, lang);
    const alerts = [];
    const walk = await walkAsPerson(page, person, {
      onQuestion: async () => {
        if (await page.count("[data-testid='emergency-alert']")) alerts.push(await page.text("[data-testid='emergency-alert'] p"));
      },
    });
    await assertResultPage(page, person, walk, lang);
    assert.ok(walk.sawEmergencyAlert, "the emergency was shown during the interview, not only at the end");
    assert.deepEqual(alerts.filter((text) => text !== `${words(lang, "ui.interview.could_be_emergency")} ${ADVICE.emergency}`), [], "the alert gives the engine's advice");
    // Call emergency services comes first, before any other text of the banner.
    const banner = await page.innerText("[data-testid='triage']");
    assert.ok(banner.trim().startsWith(words(lang, "ui.level.emergency.title")), banner);
    assert.ok(await page.isVisible("[data-testid='call-now']"));
    // What to do is the engine's advice for an emergency, word for word.
    assert.equal(await page.text("[data-testid='call-now']"), ADVICE.emergency);
    // Each reason from a rule links its sources.
    assert.ok(await page.count("[data-testid='triage'] li[data-rule] .sc-sources a") >= 1, "the rules' sources are linked");
    await assertOnlyOwnOrigin(page);
    await closeAndReopenLink(engine, page, errors, "emergency", lang);
  });

  if (kinds.includes("urgent")) await t.test(`${lang}: urgent: pinpoint spots that do not fade, with bleeding gums (360 px wide)`, async () => {
    const person = PEOPLE.urgent;
    const { page, errors } = await openApp(engine, url, { width: 360, height: 740 });
    const walk = await walkAsPerson(page, person);
    await assertResultPage(page, person, walk, lang);
    assert.equal(await page.count("[data-testid='call-now']"), 0, "no emergency call for an urgent case");
    assert.equal(await page.text("[data-testid='triage'] [data-testid='advice']"), ADVICE.urgent);
    await page.screenshot(`${SCREENS}/${name}-${lang}-results-360.png`);
    await closeAndReopenLink(engine, page, errors, "urgent", lang);
  });

  if (kinds.includes("self_care")) await t.test(`${lang}: self-care by keyboard alone: cherry angiomas at 50; a changed answer updates the advice`, async () => {
    const person = PEOPLE.self_care;
    const { page, errors } = await openApp(engine, url);
    const walk = await walkAsPerson(page, person, { keyboard: true });
    await assertResultPage(page, person, walk, lang);
    assert.ok(walk.asked.includes("q_glass_test"), "the glass test is always asked");

    // Say the spots do NOT fade after all: the advice must not stay at self-care.
    const changeGlass = "[data-testid='answer-q_glass_test'] button";
    await tabTo(page, changeGlass);
    await andRerender(page, () => page.press("Enter"));
    assert.equal(await page.attribute("[data-testid='question']", "data-question-id"), "q_glass_test");
    assert.equal(await page.attribute("[data-answer='yes']", "aria-pressed"), "true", "the earlier answer is marked");
    await tabTo(page, "[data-answer='no']");
    await andRerender(page, () => page.press("Enter"));
    const changed = await page.attribute("[data-testid='triage']", "data-triage-level");
    assert.ok(LEVELS.indexOf(changed) < LEVELS.indexOf("self_care"), `non-blanching spots are never self-care (got ${changed})`);
    assert.ok((await page.text("[data-testid='live']")).startsWith(words(lang, "ui.live.updated").split("{")[0]));

    // And back: the advice returns to self-care.
    await tabTo(page, changeGlass);
    await andRerender(page, () => page.press("Enter"));
    await tabTo(page, "[data-answer='yes']");
    await andRerender(page, () => page.press("Enter"));
    assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), "self_care");
    await closeAndReopenLink(engine, page, errors, "self_care", lang);
  });
}
