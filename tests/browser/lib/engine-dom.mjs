// Functions that run inside the page, the same in every engine. They are sent
// as source text, so each must be self-contained (no closures over this module).
//
// A locator is a chain of steps resolved from the document:
//   { css }          descendants of the current elements matching css, piercing
//                    open shadow roots (as Playwright's css engine does)
//   { role, name, exact }  descendants with that ARIA role (explicit or implicit)
//                    and an accessible name containing name (case-insensitive)
//                    or equal to it (exact); hidden elements never match
//   { nth }          the nth element (-1: the last)
//   { or: chain }    the current elements plus those of another chain
//   { hasText }      those whose textContent contains the text

/** Resolves chain and reports what an action (want) on its element needs. */
export function probe(chain, want, strict) {
  const under = (root, test) => {
    const out = [];
    const walk = (r) => {
      for (const el of r.querySelectorAll("*")) {
        if (test(el)) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  };
  const text = (el) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
  const INPUT_ROLES = { button: "button", submit: "button", reset: "button", image: "button", checkbox: "checkbox",
    radio: "radio", range: "slider", number: "spinbutton", text: "textbox", email: "textbox", search: "searchbox",
    tel: "textbox", url: "textbox", password: "textbox" };
  const TAG_ROLES = { BUTTON: "button", TEXTAREA: "textbox", SELECT: "combobox", H1: "heading", H2: "heading",
    H3: "heading", H4: "heading", H5: "heading", H6: "heading", UL: "list", OL: "list", LI: "listitem", NAV: "navigation",
    MAIN: "main", DIALOG: "dialog", FIELDSET: "group", OUTPUT: "status", PROGRESS: "progressbar", TABLE: "table",
    HEADER: "banner", FOOTER: "contentinfo", ASIDE: "complementary", OPTION: "option", DETAILS: "group", SUMMARY: "button" };
  const roleOf = (el) => {
    const explicit = el.getAttribute("role");
    if (explicit) return explicit.split(/\s+/)[0];
    if (el.tagName === "A" && el.hasAttribute("href")) return "link";
    if (el.tagName === "INPUT") return INPUT_ROLES[(el.getAttribute("type") || "text").toLowerCase()] ?? null;
    if (el.tagName === "IMG") return el.getAttribute("alt") === "" ? "presentation" : "img";
    if (el.tagName === "SECTION" && (el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby"))) return "region";
    return TAG_ROLES[el.tagName] ?? null;
  };
  const NAME_FROM_CONTENT = new Set(["button", "link", "heading", "checkbox", "radio", "option", "tab", "menuitem",
    "listitem", "switch", "cell", "row", "tooltip", "treeitem"]);
  const nameOf = (el, role) => {
    const by = el.getAttribute("aria-labelledby");
    if (by) {
      const scope = el.getRootNode();
      return by.split(/\s+/).map((id) => text(scope.getElementById?.(id) ?? document.getElementById(id))).join(" ").trim();
    }
    const label = el.getAttribute("aria-label");
    if (label?.trim()) return label.trim();
    if (el.labels?.length) return [...el.labels].map(text).join(" ");
    if (el.tagName === "IMG") return el.getAttribute("alt") ?? "";
    if (el.tagName === "INPUT" && /^(button|submit|reset)$/.test(el.type)) return el.value;
    if (NAME_FROM_CONTENT.has(role)) return text(el);
    return el.getAttribute("title") ?? "";
  };
  const hidden = (el) => {
    for (let n = el; n; n = n.parentNode || n.host) {
      if (n.nodeType === 1 && (n.getAttribute("aria-hidden") === "true" || n.hidden)) return true;
    }
    const st = getComputedStyle(el);
    return st.display === "none" || st.visibility === "hidden" || el.getClientRects().length === 0;
  };
  const roleTest = ({ role, name, exact }) => (el) => {
    if (roleOf(el) !== role || hidden(el)) return false;
    if (name === undefined) return true;
    const n = nameOf(el, role);
    return exact ? n === name : n.toLowerCase().includes(String(name).toLowerCase());
  };
  const resolve = (steps) => {
    let set = [document];
    for (const step of steps) {
      if ("css" in step) set = [...new Set(set.flatMap((root) => under(root, (el) => el.matches(step.css))))];
      else if ("role" in step) set = [...new Set(set.flatMap((root) => under(root, roleTest(step))))];
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
