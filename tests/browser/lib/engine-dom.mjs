// Functions that run inside the page, the same in every engine. They are sent
// as source text, so each must be self-contained (no closures over this module).
// Selectors are CSS, matched in the document and inside every open shadow root
// (as Playwright's css engine does), first match in tree order.

/** Finds an element and reports what an action on it needs. */
export function probe(selector, want) {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.matches(selector)) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const el = all[0];
  if (want === "count") return { count: all.length };
  if (!el) return { state: "missing" };
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  if (want === "text") return { state: "ok", value: el.textContent };
  if (want === "innerText") return { state: "ok", value: el.innerText };
  if (want === "visible") return { state: visible ? "visible" : "hidden" };
  if (want.startsWith("attr:")) return { state: "ok", value: el.getAttribute(want.slice(5)) };
  if (want === "focus" || want === "focus-select") {
    el.focus();
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active !== el) return { state: "unfocusable" };
    if (/^(INPUT|TEXTAREA)$/.test(el.tagName)) {
      // fill() replaces the value; type() appends to it. Number and email
      // inputs have no caret API (setSelectionRange throws), only select().
      if (want === "focus-select") el.select();
      else try { el.setSelectionRange(el.value.length, el.value.length); } catch {}
    }
    return { state: "ok" };
  }
  // want === "click": a point inside the element that hits it, after scrolling.
  if (!visible) return { state: "hidden" };
  if (el.disabled || el.closest("fieldset[disabled]")) return { state: "disabled" };
  el.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
  const r = el.getBoundingClientRect();
  const x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  for (let n = hit; n; n = n.parentNode || n.host) if (n === el) return { state: "ok", x, y };
  const who = hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ""}` : "nothing";
  return { state: `covered by ${who}` };
}

/** Runs a function given as source with JSON arguments; returns JSON text. */
export function wrapCall(fnSource, args) {
  return `(async () => { const v = await (${fnSource})(...${JSON.stringify(args)});` +
    ` return v === undefined ? "undefined" : JSON.stringify(v); })()`;
}
