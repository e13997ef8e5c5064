// Walks a whole Spotcheck interview through the page, as a person would, using
// only the data-* hooks the UI exposes. `root` is a Playwright Page or Locator
// (a Locator on <spot-check> reaches into its open shadow root).

/** "#case=..." for a case, as web/ui/caselink.js writes it (base64url of the JSON). */
export function caseFragment(kase) {
  return `#case=${Buffer.from(JSON.stringify(kase)).toString("base64url")}`;
}

/**
 * Answers every question until the results show; returns the triage level and
 * the ids of the questions asked. `findings` maps a finding id to true or
 * false: each question is answered from the findings it asks about (so the
 * walk does not depend on how the engine groups its questions); findings not
 * listed are answered No, None of these, or the first option. `tone`: a skin
 * tone id to choose on the about step (none by default).
 */
export async function walkInterview(root, { age = "30", sex = "female", tone = null, findings = {}, maxQuestions = 60 } = {}) {
  await root.locator("[data-testid='start']").click();
  await root.locator("[data-testid='age']").fill(age);
  await root.locator(`[data-testid='sex-${sex}']`).check();
  if (tone) await root.locator(`[data-testid='tone-${tone}']`).check();
  await root.locator("[data-testid='about-continue']").click();
  const asked = [];
  const question = root.locator("[data-testid='question']");
  const triage = root.locator("[data-testid='triage']");
  for (let i = 0; i < maxQuestions; i++) {
    // Either the next question or the results.
    await question.or(triage).first().waitFor();
    if (await triage.count()) return { level: await triage.getAttribute("data-triage-level"), asked };
    const id = await question.getAttribute("data-question-id");
    if (asked.at(-1) === id) throw new Error(`question ${id} was asked twice in a row`);
    asked.push(id);
    await answer(question, await question.getAttribute("data-question-type"), (await question.getAttribute("data-findings")).split(" "), findings);
    // Wait for this question to be replaced before reading the next one.
    await root.locator(`[data-testid='question'][data-question-id='${id}']`).waitFor({ state: "detached" });
  }
  throw new Error(`no results after ${maxQuestions} questions: ${asked.join(", ")}`);
}

async function answer(question, type, asks, findings) {
  const yes = asks.filter((f) => findings[f] === true);
  if (type === "yes_no") return question.locator(`[data-answer='${yes.length ? "yes" : "no"}']`).click();
  if (type === "single") {
    return (yes.length ? question.locator(`[data-answer='option'][data-finding='${yes[0]}']`) : question.locator("[data-answer='option']").first()).click();
  }
  if (yes.length === 0) return question.locator("[data-answer='none']").click();
  for (const f of yes) await question.locator(`input[data-finding='${f}']`).check();
  return question.locator("[data-answer='submit']").click();
}
