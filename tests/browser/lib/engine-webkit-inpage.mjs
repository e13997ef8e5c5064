// In-page support for the WebKit adapter, whose classic WebDriver has no
// events: after each load a listener collects errors, console messages and
// (from resource timing) requests, and every evaluate drains them.

/** Installs the collector once per document (a classic script body). */
export const INSTALL = `if (!window.__engineDrain) {
  const errors = [], logs = [];
  addEventListener("error", (e) => errors.push(e.message));
  addEventListener("unhandledrejection", (e) => errors.push(String((e.reason && e.reason.message) || e.reason)));
  for (const type of ["log", "info", "warn", "error", "debug"]) {
    const original = console[type];
    console[type] = function (...args) {
      logs.push({ type: type === "warn" ? "warning" : type, text: args.map(String).join(" ") });
      return original.apply(this, args);
    };
  }
  if (performance.setResourceTimingBufferSize) performance.setResourceTimingBufferSize(100000);
  let seen = 0;
  let first = true;
  window.__engineDrain = () => {
    const entries = performance.getEntriesByType("resource");
    const requests = entries.slice(seen).map((e) => e.name);
    seen = entries.length;
    if (first) requests.unshift(location.href);
    first = false;
    return { errors: errors.splice(0), console: logs.splice(0), requests };
  };
}`;

/** A WebDriver script body: evaluates expression, returns [value, drained events or "fresh"]. */
export function evalBody(expression) {
  return `return Promise.resolve(${expression}).then((v) => [v, window.__engineDrain ? window.__engineDrain() : "fresh"]);`;
}

/** Reports drained events through report(kind, payload). */
export function reportDrained(drained, report) {
  for (const message of drained.errors) report("pageerror", new Error(message));
  for (const entry of drained.console) report("console", entry);
  for (const url of drained.requests) report("request", { url });
}
