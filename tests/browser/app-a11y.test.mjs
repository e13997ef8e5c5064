// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) finds nothing on the start
// page, the about step, every question of a whole interview and the results
// (every cause card opened, with its picture), in the light and the dark
// theme, at 1280 and 360 px. Keyboard focus is visible. Screenshots of each
// screen go to test-results/screenshots/.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { ENGINES, launch } from "./lib/engines.mjs";
import { startServer } from "./lib/server.mjs";
import { PEOPLE } from "./lib/app-people.mjs";
import { walkAsPerson, openApp, andRerender, tabTo } from "./lib/app-walk.mjs";
import { axeViolations, setAppTheme } from "./lib/app-axe.mjs";

const server = await startServer({ csp: true });
after(() => server.close());
const shots = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

// axe in the light theme and again in the dark one; then back to the system's.
async function assertNoViolations(page, where) {
  for (const theme of ["light", "dark"]) {
    await setAppTheme(page, theme);
    assert.deepEqual(await axeViolations(page), [], `${where}, ${theme} theme`);
  }
  await setAppTheme(page, "auto");
}

for (const name of ENGINES) {
  test(`no WCAG A/AA violations on any screen, light and dark, 1280 and 360 px (${name})`, async () => {
    const engine = await launch(name);
    try {
      for (const width of [1280, 360]) {
        const shot = (screen) => `${shots}${name}-${width}-${screen}.png`;
        const { page, errors } = await openApp(engine, server.url, { width, height: width > 800 ? 800 : 740 });
        await page.waitFor("[data-testid='emergency-signs'] .sc-sources a"); // the engine's signs, with their sources
        await assertNoViolations(page, `start page at ${width}`);
        await page.screenshot(shot("start"));

        await andRerender(page, () => page.click("[data-testid='start']"));
        await assertNoViolations(page, `about step at ${width}`);

        const checked = [];
        const walk = await walkAsPerson(page, PEOPLE.emergency, {
          onQuestion: async (q) => {
            await assertNoViolations(page, `question ${q.id} at ${width}`);
            checked.push(q.id);
            if (["q_glass_test", "q_location"].includes(q.id)) await page.screenshot(shot(q.id));
            if (q.id === "q_glass_test") {
              await setAppTheme(page, "dark");
              await page.screenshot(shot(`${q.id}-dark`));
              await setAppTheme(page, "auto");
            }
          },
        });
        assert.deepEqual(checked, walk.asked);
        assert.ok(checked.includes("q_glass_test"), "the glass test (with its picture) was checked");

        // Every cause card opened, so each shows its typical look (loaded once opened).
        await page.evaluate(() => document.querySelectorAll("[data-testid='causes'] .sc-cause-more:not([open]) > summary").forEach((s) => s.click()));
        await page.waitFor("[data-testid='cause-look'] img");
        await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => {}))));
        assert.ok(await page.count("[data-testid='cause-look'] img[alt]:not([alt=''])") > 0, "cause pictures with alt text");
        await assertNoViolations(page, `results with the causes' pictures at ${width}`);
        await page.screenshot(shot("results"));
        await setAppTheme(page, "dark");
        await page.screenshot(shot("results-dark"));
        await setAppTheme(page, "auto");
        assert.deepEqual(errors, []);
        // The check can fail: an unlabelled button is reported.
        await page.evaluate(() => document.querySelector("[data-testid='spotcheck']").append(document.createElement("button")));
        assert.deepEqual((await axeViolations(page)).map((v) => v.id), ["button-name"]);
        await page.close();
      }
    } finally {
      await engine.close();
    }
  });

  test(`keyboard focus is always visible (${name})`, async () => {
    const engine = await launch(name);
    try {
      const { page } = await openApp(engine, server.url);
      await page.waitFor("[data-testid='start']");
      assert.equal(await page.evaluate(() => document.hasFocus()), true, "the window has focus, so :focus-visible can match");
      const outline = () => page.evaluate(() => {
        const s = getComputedStyle(document.activeElement);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      await tabTo(page, "[data-testid='start']");
      assert.deepEqual(await outline(), { style: "solid", width: 3 });
      await andRerender(page, () => page.press("Enter"));
      await tabTo(page, "[data-testid='age']");
      assert.deepEqual(await outline(), { style: "solid", width: 3 });
      await page.close();
    } finally {
      await engine.close();
    }
  });
}
