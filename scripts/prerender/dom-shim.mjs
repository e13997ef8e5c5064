// Just enough of the DOM for web/ui/ to draw a screen in Node, and HTML out:
// the build draws the start screen with the UI's own code (scripts/prerender/
// start-screen.mjs), so index.html paints it before any script has run and
// the app, once loaded, draws the very same nodes (nothing moves).
// Events are not kept: a prerendered page is inert until the app mounts.
const SVG_NS = "http://www.w3.org/2000/svg";
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

const escapeText = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
const escapeAttr = (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;");

export class ShimNode {
  parent = null;
  remove() {
    if (!this.parent) return;
    this.parent.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = null;
  }
}

export class ShimText extends ShimNode {
  constructor(text) { super(); this.text = text; }
  get textContent() { return this.text; }
  get html() { return escapeText(this.text); }
}

export class ShimElement extends ShimNode {
  constructor(tag, ns = null) {
    super();
    this.tagName = tag;
    this.ns = ns;
    this.attributes = new Map();
    this.children = [];
    const el = this;
    // data-* attributes, read and written as the DOM's dataset does.
    const attrName = (key) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    this.dataset = new Proxy({}, {
      get: (_, key) => el.getAttribute(attrName(String(key))) ?? undefined,
      set: (_, key, value) => { el.setAttribute(attrName(String(key)), String(value)); return true; },
    });
    this.classList = {
      toggle(name, on) {
        const names = new Set((el.getAttribute("class") ?? "").split(/\s+/).filter(Boolean));
        if (on ?? !names.has(name)) names.add(name); else names.delete(name);
        if (names.size) el.setAttribute("class", [...names].join(" ")); else el.removeAttribute("class");
      },
    };
  }
  setAttribute(name, value) { this.attributes.set(name, String(value)); }
  getAttribute(name) { return this.attributes.get(name) ?? null; }
  removeAttribute(name) { this.attributes.delete(name); }
  addEventListener() {}
  set hidden(on) { if (on) this.setAttribute("hidden", ""); else this.removeAttribute("hidden"); }
  get hidden() { return this.attributes.has("hidden"); }
  append(...nodes) {
    for (const node of nodes) {
      const child = node instanceof ShimNode ? node : new ShimText(String(node));
      child.remove();
      child.parent = this;
      this.children.push(child);
    }
  }
  replaceChildren(...nodes) {
    for (const child of [...this.children]) child.remove();
    this.append(...nodes);
  }
  set textContent(text) { this.replaceChildren(new ShimText(String(text))); }
  get textContent() { return this.children.map((c) => c.textContent).join(""); }
  querySelector() { return null; }
  focus() {}
  get innerHTML() { return this.children.map((c) => c.html).join(""); }
  get html() {
    const attrs = [...this.attributes].map(([k, v]) => (v === "" ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join("");
    if (this.ns === SVG_NS && !this.children.length) return `<${this.tagName}${attrs}/>`;
    if (VOID.has(this.tagName)) return `<${this.tagName}${attrs}>`;
    return `<${this.tagName}${attrs}>${this.innerHTML}</${this.tagName}>`;
  }
}

/** Installs the shim as the globals web/ui/ uses; returns a root element to mount into. */
export function installDomShim(baseURI) {
  globalThis.Node = ShimNode;
  globalThis.document = {
    baseURI,
    createElement: (tag) => new ShimElement(tag),
    createElementNS: (ns, tag) => new ShimElement(tag, ns),
    createTextNode: (text) => new ShimText(text),
  };
  return new ShimElement("main");
}
