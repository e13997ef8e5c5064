// Walks the web app's interview as a person would, with the mouse or with the
// keyboard alone, through the driver-neutral page API (engines.mjs). It reads
// the current question from data-* hooks, so it follows whatever order the
// engine asks in.
import { decide } from "./app-people.mjs";

const APP = "[data-testid='spotcheck']";
const MAX_QUESTIONS = 60;
const MAX_TABS = 80;

/** A page in a context of its own, its uncaught errors collected from the start. */
export async function openApp(engine, url, { width = 1280, height = 800 } = {}) {
  const page = await engine.newPage({ width, height });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e?.message ?? String(e)));
  await page.goto(url);
  return { page, errors };
}

// Generous: on a loaded 2-core machine WebKit's first click may wait for the
// engine's wasm to compile.
const RERENDER_TIMEOUT = 30000;

/** Runs fn, then waits until the app has rendered again. */
export async function andRerender(page, fn) {
  const before = await page.attribute(APP, "data-render");
  await fn();
  try {
    await page.waitFor(`${APP}:not([data-render='${before}'])`, { state: "attached", timeout: RERENDER_TIMEOUT });
  } catch (e) {
    // Say what the screen showed, so a failure in CI can be read without a rerun.
    const seen = await page.evaluate(() => ({
      screen: document.querySelector("[data-testid='spotcheck']")?.dataset.screen,
      problems: [...document.querySelectorAll(".sc-problem")].map((p) => p.textContent).filter(Boolean),
      focused: document.activeElement?.dataset?.testid ?? document.activeElement?.tagName,
      scrollY: Math.round(scrollY),
    })).catch(() => "unreadable");
    throw new Error(`${e.message}; the page showed ${JSON.stringify(seen)}`);
  }
}

/** Whether the focused element (looking inside open shadow roots) matches css. */
function focusedMatches(page, css) {
  return page.evaluate((sel) => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return Boolean(el && el.matches(sel));
  }, css);
}

/** Presses Tab until the focused element matches css; fails after MAX_TABS. */
export async function tabTo(page, css) {
  for (let i = 0; i < MAX_TABS; i++) {
    if (await focusedMatches(page, css)) return;
    await page.press("Tab");
  }
  throw new Error(`Tab never reached ${css}`);
}

/** Presses a key until the focused element matches css (arrow keys in a group). */
async function arrowTo(page, css, key = "ArrowDown") {
  for (let i = 0; i < 20; i++) {
    if (await focusedMatches(page, css)) return;
    await page.press(key);
  }
  throw new Error(`${key} never reached ${css}`);
}

async function aboutThePerson(page, person, keyboard) {
  const sex = `[data-testid='sex-${person.sex}']`;
  if (!keyboard) {
    await page.fill("[data-testid='age']", String(person.age));
    await page.locator(sex).check();
    return andRerender(page, () => page.click("[data-testid='about-continue']"));
  }
  await tabTo(page, "[data-testid='age']");
  for (const digit of String(person.age)) await page.press(digit);
  await page.press("Tab"); // to the first radio of the group
  await page.press(" ");
  await arrowTo(page, sex); // arrow keys move and tick within the group
  await tabTo(page, "[data-testid='about-continue']");
  await andRerender(page, () => page.press("Enter"));
}

async function answerWithMouse(page, q, choice) {
  const inQuestion = (css) => `[data-testid='question'] ${css}`;
  if (choice.answer) return page.click(inQuestion(`[data-answer='${choice.answer}']`));
  if (choice.pick) return page.click(inQuestion(`[data-answer='option'][data-finding='${choice.pick}']`));
  for (const f of choice.tick) {
    // Places go on the body map where it has them, else in the list.
    const region = inQuestion(`[data-testid^='map-front-'][data-region-finding='${f}']`);
    if (await page.count(region)) {
      await page.click(`${region} > :first-child`); // a region's middle may be a gap (between the legs)
    } else {
      await page.locator(inQuestion(`input[data-finding='${f}']`)).check();
    }
  }
  return page.click(inQuestion("[data-answer='submit']"));
}

async function answerWithKeyboard(page, q, choice) {
  if (choice.answer) {
    await tabTo(page, `[data-answer='${choice.answer}']`);
    return page.press("Enter");
  }
  if (choice.pick) {
    await tabTo(page, `[data-answer='option'][data-finding='${choice.pick}']`);
    return page.press("Enter");
  }
  for (const f of choice.tick) {
    if (await page.count(`[data-testid='question'] [data-testid^='map-front-'][data-region-finding='${f}']`)) {
      await tabTo(page, "[data-testid^='map-front-']"); // one Tab stop per figure, arrows inside
      await arrowTo(page, `[data-testid^='map-front-'][data-region-finding='${f}']`);
    } else {
      await tabTo(page, `input[data-finding='${f}']`);
    }
    await page.press(" ");
  }
  await tabTo(page, "[data-answer='submit']");
  return page.press("Enter");
}

/** The question on screen: { id, type, findings }. */
export async function currentQuestion(page) {
  return {
    id: await page.attribute("[data-testid='question']", "data-question-id"),
    type: await page.attribute("[data-testid='question']", "data-question-type"),
    findings: (await page.attribute("[data-testid='question']", "data-findings")).split(" "),
  };
}

/** How many answers the app lists (the interview's answer rows). */
export const answerRows = (page) => page.count("[data-testid^='answer-q']");

/** From the start screen to the first question: Start, then age and sex. */
// Once (WebKit, session 38's clean-clone run, nothing else running) a click on
// Start left the page on its start screen for 30 s with Start focused: most
// likely the page moved between WebDriver measuring the point and the pointer
// landing (as for check(), engine-locator.mjs). So: click, and click once more
// if the page is still on its start screen a moment later. A second click
// never undoes a first that landed: the screen is read before it.
async function clickStart(page) {
  for (let attempt = 0; attempt < 2; attempt++) {
    if ((await page.attribute(APP, "data-screen")) !== "start") return;
    await page.click("[data-testid='start']");
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      if ((await page.attribute(APP, "data-screen")) !== "start") return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function startInterview(page, { age = "30", sex = "female" } = {}) {
  await andRerender(page, () => clickStart(page));
  await page.fill("[data-testid='age']", age);
  await page.locator(`[data-testid='sex-${sex}']`).check();
  await andRerender(page, () => page.click("[data-testid='about-continue']"));
}

/** Answers the current question "Not sure" (every question offers it); returns its id. */
export async function notSure(page) {
  const { id } = await currentQuestion(page);
  await andRerender(page, () => page.click("[data-testid='question'] [data-answer='unsure']"));
  return id;
}

/** Clicks "copy a link" on the results and returns the link it shows. */
export async function copyLink(page) {
  await page.click("[data-testid='copy-link']");
  await page.waitFor("[data-testid='case-link']");
  return page.locator("[data-testid='case-link']").inputValue();
}

/**
 * From the start screen (or the about step) to the results, answering as `person` would;
 * onQuestion(q) runs before each answer (checks, screenshots).
 * Returns { level, asked: [question ids], sawEmergencyAlert }.
 */
export async function walkAsPerson(page, person, { keyboard = false, onQuestion = null } = {}) {
  await page.waitFor("[data-testid='start'], [data-testid='age']"); // the start screen, or already past it
  if (await page.count("[data-testid='start']")) {
    if (keyboard) {
      await tabTo(page, "[data-testid='start']");
      await andRerender(page, () => page.press("Enter"));
    } else {
      await andRerender(page, () => page.click("[data-testid='start']"));
    }
  }
  await page.waitFor("[data-testid='age']");
  await aboutThePerson(page, person, keyboard);
  const asked = [];
  let sawEmergencyAlert = false;
  for (let i = 0; i < MAX_QUESTIONS; i++) {
    const screen = await page.attribute(APP, "data-screen");
    if (screen === "results") {
      return { level: await page.attribute("[data-testid='triage']", "data-triage-level"), asked, sawEmergencyAlert };
    }
    if (screen !== "question") throw new Error(`unexpected screen ${screen} after ${asked.join(", ")}`);
    const q = await currentQuestion(page);
    if (asked.includes(q.id)) throw new Error(`question ${q.id} asked again after ${asked.join(", ")}`);
    asked.push(q.id);
    sawEmergencyAlert ||= (await page.count("[data-testid='emergency-alert']")) > 0;
    await onQuestion?.(q);
    const choice = decide(q, person.story);
    await andRerender(page, () => (keyboard ? answerWithKeyboard(page, q, choice) : answerWithMouse(page, q, choice)));
  }
  throw new Error(`no results after ${MAX_QUESTIONS} questions: ${asked.join(", ")}`);
}
