// axe-core in the page under test (WCAG 2.0 / 2.1, levels A and AA). The
// source is run as a script through the driver, which works under the app's
// strict CSP where a <script> tag would be blocked.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The violations on the page as it is now: [{ id, impact, help, nodes: [selectors] }]. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScript(axeSource);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  }, TAGS);
}

/**
 * Forces the app's dark or light theme (the same CSS the system setting
 * selects), then waits for the colour transitions so contrast is measured on
 * the final colours.
 */
export function setAppTheme(page, theme) {
  return page.evaluate(async (t) => {
    document.querySelector("[data-testid='spotcheck']").dataset.theme = t;
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {})));
  }, theme);
}
