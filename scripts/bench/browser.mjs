// Headless Chromium: the page's cold start (navigation to the first question
// on screen, a person clicking as fast as the page allows), what the page
// fetched, and the engine's cold start and assess times in the browser
// (assess: medians of 10-call batch means, as the page's clock is coarse).
import { launchChromium } from "../../tests/browser/lib/chromium.mjs";
import { serve } from "../serve.mjs";
import { summary } from "./stats.mjs";

// Runs in the page before its own scripts: clicks Start as soon as it shows,
// continues past age and sex as soon as that shows, and records when each
// screen appeared (ms since navigation start).
function autoDriver() {
  const marks = (window.__bench = {});
  const seen = (name) => (marks[name] ??= performance.now());
  new MutationObserver(() => {
    const start = document.querySelector("[data-testid=start]");
    if (start && !marks.start_visible) {
      seen("start_visible");
      // What the page fetched before the person's first move (the engine loads on it).
      window.__benchBeforeStart = performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname);
      start.click();
    }
    const about = document.querySelector("[data-testid=about-continue]");
    if (about && !marks.about_visible) {
      seen("about_visible");
      document.querySelector("[data-testid=age]").value = "34";
      about.click();
    }
    if (document.querySelector("[data-question-id]") && !marks.first_question) {
      seen("first_question");
      // What had come before the first question showed (a request still on
      // its way, such as the causes' texts asked for as it is drawn, is not listed).
      window.__benchBeforeQuestion = performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

const ms = (s) => ({ p50: s.p50 / 1000, p99: s.p99 / 1000, runs: s.runs });

async function pageColdStart(browser, url, runs) {
  const keys = ["start_visible", "about_visible", "first_question"];
  const samples = Object.fromEntries(keys.map((k) => [k, []]));
  let fetched = [];
  let beforeStart = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(); // empty cache: a first visit
    const page = await context.newPage();
    await page.addInitScript(autoDriver);
    await page.goto(url);
    await page.waitForSelector("[data-question-id]", { timeout: 30000 });
    const marks = await page.evaluate(() => window.__bench);
    for (const k of keys) samples[k].push(marks[k] * 1000);
    fetched = await page.evaluate(() => window.__benchBeforeQuestion);
    beforeStart = await page.evaluate(() => window.__benchBeforeStart);
    await context.close();
  }
  return { ...Object.fromEntries(keys.map((k) => [`${k}_ms`, ms(summary(samples[k]))])), fetched, beforeStart };
}

// A first visit on a mid-range phone, as Lighthouse's mobile preset simulates
// it (4x slower CPU, 1.6 Mbit/s down, 150 ms round trips; here applied, not
// simulated), by a person: Start as soon as it shows, then some seconds on the
// about step (choosing, typing an age) before Continue. What the person waits
// for: the about step after Start, the first question after Continue.
const PHONE = { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 };
async function phoneVisit(browser, url, { runs, aboutMs = 3000 }) {
  const samples = { start_visible: [], about_after_start: [], question_after_continue: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpu });
    await page.goto(url);
    await page.waitForSelector("[data-testid=start]", { timeout: 60000 });
    samples.start_visible.push(await page.evaluate(() => performance.now()) * 1000);
    const clicked = await page.evaluate(() => { document.querySelector("[data-testid=start]").click(); return performance.now(); });
    await page.waitForSelector("[data-testid=about-continue]", { timeout: 60000 });
    samples.about_after_start.push((await page.evaluate(() => performance.now()) - clicked) * 1000);
    await page.fill("[data-testid=age]", "34");
    await page.waitForTimeout(aboutMs);
    const continued = await page.evaluate(() => { document.querySelector("[data-testid=about-continue]").click(); return performance.now(); });
    await page.waitForSelector("[data-question-id]", { timeout: 60000 });
    samples.question_after_continue.push((await page.evaluate(() => performance.now()) - continued) * 1000);
    await context.close();
  }
  return { about_step_ms: aboutMs, ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [`${k}_ms`, ms(summary(v))])) };
}

// In a blank same-origin page: import + createChecker (the engine alone), then assess timings.
async function engineInPage(browser, url, { knowledgeBaseText, cases, runs, assessRuns }) {
  const create = [];
  let timings = null;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}bench-blank`); // a 404 page of the same origin: nothing of the app runs
    const out = await page.evaluate(async ({ base, kbText, cases, assessRuns, measure }) => {
      const t0 = performance.now();
      const { createChecker } = await import(`${base}spotcheck.mjs`);
      const checker = await createChecker(kbText === null ? {} : { knowledgeBase: kbText });
      const createMs = performance.now() - t0;
      if (!measure) return { createMs };
      // The page's clock ticks in 0.1 ms steps: each sample is the mean of a batch of 10 calls.
      const perCase = cases.map((kase) => {
        for (let w = 0; w < 5; w++) checker.assess(kase);
        const s = [];
        for (let r = 0; r < assessRuns; r++) {
          const a = performance.now();
          for (let b = 0; b < 10; b++) checker.assess(kase);
          s.push((performance.now() - a) * 100);
        }
        return s;
      });
      return { createMs, perCase };
    }, { base: url, kbText: knowledgeBaseText ?? null, cases, assessRuns, measure: i === runs - 1 });
    create.push(out.createMs * 1000);
    if (out.perCase) timings = out.perCase.map((s, k) => ({ answered: Object.keys(cases[k].findings).length, assess_us: summary(s) }));
    await context.close();
  }
  return { create_ms: ms(summary(create)), cases: timings };
}

export async function chromiumBench(distDir, { cases, knowledgeBaseText, runs = 5, assessRuns = 200 }) {
  const server = await serve({ dir: distDir, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium();
  try {
    return {
      version: browser.version(),
      page: await pageColdStart(browser, url, runs),
      phone: await phoneVisit(browser, url, { runs: Math.min(runs, 3) }),
      engine: await engineInPage(browser, url, { cases, runs, assessRuns }),
      engine_kb10: await engineInPage(browser, url, { knowledgeBaseText, cases, runs: Math.min(runs, 3), assessRuns: Math.max(3, Math.round(assessRuns / 20)) }),
    };
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
}
