// Functions that run inside the page, the same in every engine. They are sent
// as source text, so each must be self-contained (no closures over this module).
//
// A locator is a chain of steps resolved from the document:
//   { css }       descendants of the current elements matching css, piercing
//                 open shadow roots (as Playwright's css engine does)
//   { nth }       the nth element (-1: the last)
//   { or: chain } the current elements plus those of another chain
//   { hasText }   those whose textContent contains the text

/** Resolves chain and reports what an action (want) on its element needs. */
export function probe(chain, want, strict) {
  const under = (root, css) => {
    const out = [];
    const walk = (r) => {
      for (const el of r.querySelectorAll("*")) {
        if (el.matches(css)) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  };
  const resolve = (steps) => {
    let set = [document];
    for (const step of steps) {
      if ("css" in step) set = [...new Set(set.flatMap((root) => under(root, step.css)))];
      else if ("nth" in step) set = set.at(step.nth) ? [set.at(step.nth)] : [];
      else if ("hasText" in step) set = set.filter((el) => el.textContent.includes(step.hasText));
      else if ("or" in step) {
        const both = [...new Set([...set, ...resolve(step.or)])];
        // Document order; elements in different shadow trees keep their order.
        set = both.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0)
          - (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0));
      }
    }
    return set;
  };
  const all = resolve(chain);
  if (want === "count") return { count: all.length };
  const el = all[0];
  if (!el) return { state: "missing" };
  if (strict && all.length > 1) return { state: `strict: ${all.length} elements match` };
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  if (want === "text") return { state: "ok", value: el.textContent };
  if (want === "innerText") return { state: "ok", value: el.innerText };
  if (want === "visible") return { state: visible ? "visible" : "hidden" };
  if (want === "checked") return { state: "ok", value: el.checked ?? el.getAttribute("aria-checked") === "true" };
  if (want === "value") return { state: "ok", value: el.value };
  if (want.startsWith("attr:")) return { state: "ok", value: el.getAttribute(want.slice(5)) };
  if (want.startsWith("call:")) {
    // Hands the element to a function (see Locator.evaluate); kept on window for the next call.
    window.__engineTarget = el;
    return { state: "ok" };
  }
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
  // A click on a <label> reaches its control: accept a hit on the element's labels too.
  const targets = [el, ...(el.labels ?? [])];
  for (let n = hit; n; n = n.parentNode || n.host) if (targets.includes(n)) return { state: "ok", x, y };
  const who = hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ""}` : "nothing";
  return { state: `covered by ${who}` };
}

/** Runs a function given as source with JSON arguments; returns JSON text. */
export function wrapCall(fnSource, args) {
  return `(async () => { const v = await (${fnSource})(...${JSON.stringify(args)});` +
    ` return v === undefined ? "undefined" : JSON.stringify(v); })()`;
}
