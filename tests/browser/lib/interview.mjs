// Walks a whole Spotcheck interview through the page, as a person would, using
// only the data-* hooks the UI exposes. `root` is a Playwright Page or Locator
// (a Locator on <spot-check> reaches into its open shadow root).

/** "#case=..." for a case, as web/ui/caselink.js writes it (base64url of the JSON). */
export function caseFragment(kase) {
  return `#case=${Buffer.from(JSON.stringify(kase)).toString("base64url")}`;
}

/**
 * Answers every question until the results show; returns the triage level and
 * the ids of the questions asked. `answers` maps a question id to "yes", "no",
 * "unsure", "none" or a finding id to pick; anything else gets "no" / "none" /
 * the first option, so the walk always ends.
 */
export async function walkInterview(root, { age = "30", sex = "female", answers = {}, maxQuestions = 60 } = {}) {
  await root.locator("[data-testid='start']").click();
  await root.locator("[data-testid='age']").fill(age);
  await root.locator(`[data-testid='sex-${sex}']`).check();
  await root.locator("[data-testid='about-continue']").click();
  const asked = [];
  const question = root.locator("[data-testid='question']");
  const triage = root.locator("[data-testid='triage']");
  for (let i = 0; i < maxQuestions; i++) {
    // Either the next question or the results.
    await question.or(triage).first().waitFor();
    if (await triage.count()) return { level: await triage.getAttribute("data-triage-level"), asked };
    const id = await question.getAttribute("data-question-id");
    const type = await question.getAttribute("data-question-type");
    if (asked.at(-1) === id) throw new Error(`question ${id} was asked twice in a row`);
    asked.push(id);
    await answer(question, type, answers[id]);
    // Wait for this question to be replaced before reading the next one.
    await root.locator(`[data-testid='question'][data-question-id='${id}']`).waitFor({ state: "detached" });
  }
  throw new Error(`no results after ${maxQuestions} questions: ${asked.join(", ")}`);
}

async function answer(question, type, wanted) {
  if (wanted === "unsure" || wanted === "yes" || wanted === "no" || wanted === "none") {
    return question.locator(`[data-answer='${wanted}']`).click();
  }
  if (wanted) {
    // A finding id: the option button (single) or its checkbox (multiple).
    const option = question.locator(`[data-finding='${wanted}']`);
    if (type === "multiple") {
      await option.check();
      return question.locator("[data-answer='submit']").click();
    }
    return option.click();
  }
  if (type === "yes_no") return question.locator("[data-answer='no']").click();
  if (type === "multiple") return question.locator("[data-answer='none']").click();
  return question.locator("[data-answer='option']").first().click();
}
