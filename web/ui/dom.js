// Tiny DOM builders. Text always goes in as text nodes (never innerHTML), and
// no `style` attribute is ever written, so the UI works under a strict CSP.
const SVG_NS = "http://www.w3.org/2000/svg";

function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") el.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("p", { class: "x", onclick }, "text", child). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  return append(el, children);
}

/** An SVG element, same signature as h(). */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  return append(el, children);
}

/** Unique ids per mounted app, so two apps on one page never share an id. */
let appCount = 0;
export function idMaker() {
  const prefix = `sc${++appCount}`;
  let n = 0;
  return (name) => `${prefix}-${name}-${++n}`;
}

/** Outbound links only for http(s) URLs, and without a referrer. */
export function safeLink(url, text, t) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    // not a URL: shown as plain text
  }
  if (!parsed || !["https:", "http:"].includes(parsed.protocol)) return h("span", {}, text);
  return h("a", { href: parsed.href, rel: "noopener noreferrer", referrerpolicy: "no-referrer", target: "_blank" }, text,
    h("span", { class: "sc-visually-hidden" }, t("ui.common.opens_new_tab")));
}
