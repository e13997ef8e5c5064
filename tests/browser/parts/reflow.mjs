// Large text and reflow (WCAG 1.4.4 and 1.4.10, issue 15): no sideways
// scrolling on a 320 px wide screen, nor at 200% text on a 360 px phone, on
// the start page, the about step, the questions (the glass test with its
// picture, the body map) and the results; and one h1 on every screen, none
// of its words cut in two.
// Subtests run inside app-navigation.test.mjs's launch of each engine.
import assert from "node:assert/strict";
import { openApp, andRerender } from "../lib/app-walk.mjs";

const fragment = (kase) => `#case=${Buffer.from(JSON.stringify(kase)).toString("base64url")}`;
const SETTINGS = [
  { width: 320, text: null },
  { width: 360, text: "200%" },
];
// An emergency (the glass test answered), and a calm case with places (the body map).
const EMERGENCY = { age: 3, findings: { fever: true, blanches_on_pressure: false } };
const CALM = { age: 30, findings: { fever: false, blanches_on_pressure: true, loc_trunk: true } };

async function assertFits(page, where) {
  const size = await page.evaluate(() => {
    const se = document.scrollingElement;
    // Words of the h1 split over two lines (a title too big for the screen).
    const split = [];
    const h1 = document.querySelector("h1");
    const walker = document.createTreeWalker(h1 ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); h1 && node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
    return { scrollWidth: se.scrollWidth, clientWidth: se.clientWidth, h1: document.querySelectorAll("h1").length,
      rootFont: getComputedStyle(document.documentElement).fontSize, split };
  });
  assert.ok(size.scrollWidth <= size.clientWidth, `${where}: ${size.scrollWidth} px of content in ${size.clientWidth} px (root font ${size.rootFont})`);
  assert.equal(size.h1, 1, `${where}: one h1`);
  assert.deepEqual(size.split, [], `${where}: no word of the h1 cut in two`);
}

async function openLink(page, kase) {
  await andRerender(page, () => page.evaluate((h) => { location.hash = h; }, fragment(kase)));
  await page.waitFor("[data-testid='triage']");
}

export async function reflowSubtests(t, engine, server) {
  for (const { width, text } of SETTINGS) {
    const label = `${width} px${text ? `, ${text} text` : ""}`;
    await t.test(`no sideways scrolling and an h1 on every screen at ${label}`, async () => {
      const { page, errors } = await openApp(engine, server.url, { width, height: 740 });
      await page.waitFor("[data-testid='emergency-signs'] li");
      if (text) {
        await page.evaluate((size) => { document.documentElement.style.fontSize = size; }, text);
        assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "32px", "200% of 16 px");
      }
      await assertFits(page, `start, ${label}`);
      await andRerender(page, () => page.click("[data-testid='start']"));
      await assertFits(page, `about, ${label}`);
      await page.fill("[data-testid='age']", "3");
      await andRerender(page, () => page.click("[data-testid='about-continue']"));
      await assertFits(page, `first question, ${label}`);

      await openLink(page, EMERGENCY);
      assert.equal(await page.attribute("[data-testid='triage']", "data-triage-level"), "emergency");
      await assertFits(page, `emergency results, ${label}`);
      // Opened once the causes' texts are there, so each card shows its picture too.
      await page.locator("[data-testid='cause-description']").first().waitFor({ state: "attached" });
      await page.evaluate(() => document.querySelectorAll("[data-testid='causes'] details").forEach((d) => { d.open = true; }));
      await page.waitFor("[data-testid='cause-look'] img");
      await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => {}))));
      await assertFits(page, `emergency results with every cause opened, with their pictures, ${label}`);
      await andRerender(page, () => page.click("[data-testid='answer-q_glass_test'] button"));
      assert.ok(await page.isVisible("[data-testid='question'] svg, [data-testid='question'] img"), "the glass test has its picture");
      await assertFits(page, `the glass test, ${label}`);

      await openLink(page, CALM);
      await assertFits(page, `results, ${label}`);
      await andRerender(page, () => page.click("[data-testid='answer-q_location'] button"));
      assert.ok(await page.isVisible("[data-testid^='map-front-']"), "the body map shows");
      await assertFits(page, `the body map, ${label}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}
