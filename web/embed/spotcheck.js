// <spot-check>: the whole Spotcheck interview and results on any page, from
// one classic script tag (the build moves this file to dist/spotcheck.js):
//
//   <script src="https://example.org/spotcheck/spotcheck.js" defer></script>
//   <spot-check theme="auto" compact></spot-check>
//
// Everything else (the engine module, its wasm, the UI modules and their CSS)
// is loaded relative to this script's own URL, so the files can live on
// another origin (which must then send Access-Control-Allow-Origin).
// Attributes: theme="light|dark|auto" (default auto), compact (boolean).
// Property: ready, a promise that resolves to the element once the
// interview is on screen. Event: spotcheck:result (bubbles, composed) with
// the result as detail, after every answer.
(() => {
  "use strict";
  // currentScript is only set while this script first runs; keep its URL.
  const script = document.currentScript;
  const base = new URL("./", script && script.src ? script.src : document.baseURI);
  const THEMES = ["light", "dark", "auto"];

  if (customElements.get("spot-check")) return; // the tag included twice

  // The CSS goes into each shadow root as <link>s: relative url()s in it then
  // resolve against the CSS file, and the host's CSP style-src applies as usual.
  const STYLESHEETS = ["ui/spotcheck.css", "embed/spotcheck-host.css"];

  function linkStyles(root) {
    return Promise.all(STYLESHEETS.map((path) => new Promise((resolve, reject) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = new URL(path, base).href;
      link.addEventListener("load", resolve, { once: true });
      link.addEventListener("error", () => reject(new Error(`Spotcheck could not load ${link.href}`)), { once: true });
      root.append(link);
    })));
  }

  // One engine and one UI module per page, however many elements.
  let modules = null;
  function loadModules() {
    modules ??= Promise.all([
      import(new URL("spotcheck.mjs", base).href).then((m) => m.createChecker()),
      import(new URL("ui/mount.js", base).href),
    ]);
    return modules;
  }

  class SpotCheckElement extends HTMLElement {
    static get observedAttributes() {
      return ["theme", "compact"];
    }

    constructor() {
      super();
      this.attachShadow({ mode: "open" });
      this._view = document.createElement("div");
      this._view.className = "spot-check";
      this._view.setAttribute("part", "app");
      this._started = false;
      this.ready = new Promise((resolve, reject) => {
        this._resolveReady = resolve;
        this._rejectReady = reject;
      });
      this.ready.catch(() => {}); // a failure is shown in the element; no unhandled rejection
    }

    connectedCallback() {
      this._upgradeProperty("theme");
      this._upgradeProperty("compact");
      this._reflect();
      if (this._started) return;
      this._started = true;
      this._start().then(() => this._resolveReady(this), (e) => {
        this._showProblem(e);
        this._rejectReady(e);
      });
    }

    attributeChangedCallback() {
      this._reflect();
    }

    get theme() {
      const t = this.getAttribute("theme");
      return THEMES.includes(t) ? t : "auto";
    }

    set theme(value) {
      this.setAttribute("theme", value);
    }

    get compact() {
      return this.hasAttribute("compact");
    }

    set compact(value) {
      this.toggleAttribute("compact", Boolean(value));
    }

    // A property set before this script ran shadows the accessor: move it over.
    _upgradeProperty(name) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }

    // The view carries the settings for the CSS: data-theme and data-compact.
    _reflect() {
      this._view.dataset.theme = this.theme;
      this._view.toggleAttribute("data-compact", this.compact);
    }

    async _start() {
      const root = this.shadowRoot;
      const [, [checker, ui]] = await Promise.all([linkStyles(root), loadModules()]);
      root.append(this._view);
      ui.mount(this._view, {
        checker,
        assetBase: base.href,
        onResult: (result) => this.dispatchEvent(new CustomEvent("spotcheck:result", { detail: result, bubbles: true, composed: true })),
      });
    }

    _showProblem(error) {
      const p = document.createElement("p");
      p.setAttribute("role", "alert");
      p.dataset.testid = "embed-error";
      p.textContent = `Spotcheck could not start: ${error && error.message ? error.message : error}`;
      this.shadowRoot.append(p);
    }
  }

  customElements.define("spot-check", SpotCheckElement);
})();
