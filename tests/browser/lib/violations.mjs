// Collects Content-Security-Policy violations on a page two ways: the DOM's
// securitypolicyviolation event (installed before any page script runs) and
// the console messages browsers print for a blocked load.

/** Starts watching `page`; returns a function giving the violations so far. */
export async function watchViolations(page) {
  const fromConsole = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) fromConsole.push(m.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return async () => [...(await page.evaluate(() => window.__cspViolations ?? [])), ...fromConsole];
}
