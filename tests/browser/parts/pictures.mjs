// The pictures from the data (issue 14): the looks question shows a picture
// per option with its alt text, drawn on the skin tone chosen on the about
// step (screenshots at 360 px per tone and theme in test-results/screens/);
// a case link with &tone=dark keeps the tone for the pictures, their words
// and the glass test's help for dark skin, and the link the app writes keeps it.
// Subtests run inside app-navigation.test.mjs's launch of each engine.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openApp, andRerender, copyLink } from "../lib/app-walk.mjs";
import { axeViolations, setAppTheme } from "../lib/app-axe.mjs";

const fragment = (kase) => `#case=${Buffer.from(JSON.stringify(kase)).toString("base64url")}`;

// Results opened from a link, once the causes' texts are there (they arrive
// after the engine): a click then lands on the page as it stays.
async function openResults(engine, url, viewport) {
  const opened = await openApp(engine, url, viewport);
  await opened.page.waitFor("[data-testid='triage']");
  await opened.page.locator("[data-testid='cause-description']").first().waitFor({ state: "attached" });
  return opened;
}
// Screenshots of the pictures at 360 px, per engine and tone, to look at side by side.
const screens = fileURLToPath(new URL("../../../test-results/screens/", import.meta.url));
mkdirSync(screens, { recursive: true });

/** The pictures a question shows: [{ src, alt, tone, loaded }], in option order. */
function pictures(page, css = "[data-testid='question'] [data-picture]") {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((img) => ({
    picture: img.dataset.picture, src: img.getAttribute("src"), alt: img.getAttribute("alt"), tone: img.dataset.tone,
    loaded: img.complete && img.naturalWidth > 0,
  })), css);
}

async function loadedPictures(page) {
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => {}))));
  return pictures(page);
}

/** Opens every cause card's "Why, what to do" (a click on each closed summary), then waits for the pictures. */
async function expandCauseCards(page) {
  await page.evaluate(() => document.querySelectorAll("[data-testid='causes'] .sc-causes:not([hidden]) .sc-cause-more:not([open]) > summary")
    .forEach((s) => s.click()));
  await page.waitFor("[data-testid='cause-look'] img");
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => {}))));
}

/** The cause cards shown: [{ condition, open, picture, src, alt, tone, loaded }], picture fields null when none. */
function causePictures(page) {
  return page.evaluate(() => [...document.querySelectorAll("[data-testid='causes'] .sc-causes:not([hidden]) > .sc-cause")].map((card) => {
    const img = card.querySelector("[data-testid='cause-look'] img");
    return {
      condition: card.dataset.conditionId, open: card.querySelector(".sc-cause-more").open,
      picture: img?.dataset.picture ?? null, src: img?.getAttribute("src") ?? null, alt: img?.getAttribute("alt") ?? null,
      tone: img?.dataset.tone ?? null, loaded: Boolean(img?.complete && img.naturalWidth > 0),
    };
  }));
}

export async function pictureSubtests(t, engine, server, checker) {
  const described = checker.describe();
  const QUESTIONS = new Map(described.questions.map((q) => [q.id, q]));
  const TONES = described.skin_tones;
  const name = engine.name;
  /** What the data says a question's options show on a tone: [{ picture, alt, tone }]. */
  const expectedPictures = (questionId, tone) => QUESTIONS.get(questionId).options.filter((o) => o.picture)
    .map((o) => ({ picture: o.picture, alt: o.alt_by_tone?.[tone] ?? o.alt, tone }));

  await t.test("the looks question shows a picture per option with its alt text; choosing a skin tone redraws them all", async () => {
    const kase = { age: 30, findings: { fever: false, wheals: false, color_purple: true } };
    const { page, errors } = await openResults(engine, `${server.url}index.html${fragment(kase)}`, { width: 360, height: 740 });
    await andRerender(page, () => page.click("[data-testid='answer-q_appearance'] button"));
    const shown = await loadedPictures(page);
    const want = expectedPictures("q_appearance", TONES.default);
    assert.equal(want.length, QUESTIONS.get("q_appearance").options.length, "every option of the looks question has a picture");
    assert.deepEqual(shown.map(({ picture, alt, tone }) => ({ picture, alt, tone })), want);
    for (const p of shown) {
      assert.ok(p.alt.trim().length > 0, `${p.picture}: alt text`);
      assert.ok(p.loaded, `${p.src} loaded`);
      assert.match(p.src, new RegExp(`figures/${p.picture}-${TONES.default}\\.svg$`));
    }
    // The words stay beside each picture: each option's label still holds its text.
    for (const o of QUESTIONS.get("q_appearance").options) {
      assert.equal(await page.text(`label[for='${await page.attribute(`input[data-finding='${o.finding}']`, "id")}'] .sc-option-text`), o.text);
    }
    for (const theme of ["light", "dark"]) {
      await setAppTheme(page, theme);
      assert.deepEqual(await axeViolations(page), [], `looks question with pictures, ${theme} theme`);
    }
    await setAppTheme(page, "auto");

    // Each tone chosen on the about step: every picture is drawn on it.
    for (const { id } of TONES.tones) {
      await andRerender(page, () => page.click("[data-testid='answer-about'] button"));
      assert.equal(await page.count("[data-testid='tone'] input[type='radio']"), TONES.tones.length);
      assert.equal(await page.count("[data-testid='tone'] img[alt='']"), TONES.tones.length, "swatches beside their words");
      await page.locator(`[data-testid='tone-${id}']`).check();
      await andRerender(page, () => page.click("[data-testid='about-continue']"));
      await andRerender(page, () => page.click("[data-testid='answer-q_appearance'] button"));
      const redrawn = await loadedPictures(page);
      assert.deepEqual(redrawn.map(({ picture, alt, tone }) => ({ picture, alt, tone })), expectedPictures("q_appearance", id));
      redrawn.forEach((p, i) => {
        if (id !== TONES.default) assert.notEqual(p.src, shown[i].src);
        assert.ok(p.loaded, `${p.src} loaded`);
      });
      await page.evaluate(() => document.querySelector("[data-testid='question']").scrollIntoView());
      await page.screenshot(`${screens}${name}-360-q_appearance-${id}.png`);
      await setAppTheme(page, "dark");
      await page.screenshot(`${screens}${name}-360-q_appearance-${id}-dark-theme.png`);
      await setAppTheme(page, "auto");
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  // Issue 14's must-show: the same answers with &tone=dark and &tone=light give
  // result pages whose cause pictures differ, each with its text alternative
  // (the data's alt for that tone). A card's picture is fetched only when the
  // card is opened; screenshots of an opened card at 360 px per tone.
  await t.test("case links with &tone=light and &tone=dark: each cause card shows its typical look on that tone, with its alt text", async () => {
    const CONDITIONS = new Map(described.conditions.map((c) => [c.id, c]));
    const kase = { age: 55, findings: { fever: false, blanches_on_pressure: true, raised: true, color_bright_red: true, loc_trunk: true } };
    const byTone = {};
    for (const tone of ["light", "dark"]) {
      const { page, errors } = await openResults(engine, `${server.url}index.html${fragment(kase)}&tone=${tone}`, { width: 360, height: 740 });
      const before = await causePictures(page);
      assert.ok(before.length > 1, "several cause cards");
      // Lazy: a closed card holds no picture yet.
      for (const c of before) assert.equal(c.picture !== null, c.open, `${c.condition}: a picture only once its card is open`);
      await expandCauseCards(page);
      const cards = await causePictures(page);
      for (const c of cards) {
        const want = CONDITIONS.get(c.condition).figure;
        assert.ok(want?.picture, `${c.condition}: the data gives a picture`);
        assert.deepEqual({ picture: c.picture, alt: c.alt, tone: c.tone },
          { picture: want.picture, alt: want.alt_by_tone?.[tone] ?? want.alt, tone }, c.condition);
        assert.ok(c.alt.trim().length > 0, `${c.condition}: alt text`);
        assert.match(c.src, new RegExp(`figures/${want.picture}-${tone}\\.svg$`));
        assert.ok(c.loaded, `${c.src} loaded`);
      }
      byTone[tone] = cards;
      for (const theme of ["light", "dark"]) {
        await setAppTheme(page, theme);
        assert.deepEqual(await axeViolations(page), [], `results with cause pictures, ${tone} tone, ${theme} theme`);
      }
      await setAppTheme(page, "auto");
      // The top card, opened, in view.
      await page.evaluate(() => document.querySelector("[data-testid='causes'] .sc-cause").scrollIntoView());
      await page.screenshot(`${screens}${name}-360-results-cause-${tone}.png`, { fullPage: false });
      await setAppTheme(page, "dark");
      await page.screenshot(`${screens}${name}-360-results-cause-${tone}-dark-theme.png`, { fullPage: false });
      await setAppTheme(page, "auto");
      assert.deepEqual(errors, []);
      await page.close();
    }
    assert.deepEqual(byTone.light.map((c) => c.condition), byTone.dark.map((c) => c.condition), "the same causes");
    byTone.light.forEach((c, i) => assert.notEqual(c.src, byTone.dark[i].src, `${c.condition}: the pictures differ`));
  });

  await t.test("a case link with &tone=dark keeps the tone: pictures, their words and the glass-test help for dark skin", async () => {
    const kase = { age: 6, findings: { fever: false, blanches_on_pressure: true, color_purple: true } };
    const { page, errors } = await openResults(engine, `${server.url}index.html${fragment(kase)}&tone=dark`);
    const link = await copyLink(page);
    assert.ok(link.endsWith(`${fragment(kase)}&tone=dark`), link);

    await andRerender(page, () => page.click("[data-testid='answer-q_colour'] button"));
    assert.deepEqual((await loadedPictures(page)).map(({ picture, alt, tone }) => ({ picture, alt, tone })), expectedPictures("q_colour", "dark"));
    await andRerender(page, () => page.click("[data-testid='answer-q_glass_test'] button"));
    const glass = QUESTIONS.get("q_glass_test");
    assert.equal(await page.text("[data-testid='question'] .sc-help"), glass.help_by_tone.dark.text);
    assert.match(glass.help_by_tone.dark.text, /palms.*soles.*eyelids.*roof of the mouth/);
    const figure = (await pictures(page, "[data-testid='question-figure'] img"))[0];
    assert.deepEqual({ picture: figure.picture, alt: figure.alt, tone: figure.tone }, { picture: glass.figure.picture, alt: glass.figure.alt, tone: "dark" });
    assert.equal(await page.text("[data-testid='question-figure'] figcaption"), glass.figure.caption);

    // A link without a tone draws the data's default and shows the help for everyone.
    await andRerender(page, () => page.evaluate((h) => { location.hash = h; }, fragment(kase)));
    await andRerender(page, () => page.click("[data-testid='answer-q_glass_test'] button"));
    assert.equal(await page.text("[data-testid='question'] .sc-help"), glass.help);
    assert.equal((await pictures(page, "[data-testid='question-figure'] img"))[0].tone, TONES.default);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
