// <spot-check>: the whole Spotcheck interview and results on any page, from
// one classic script tag (the build moves this file to dist/spotcheck.js):
//
//   <script src="https://example.org/spotcheck/spotcheck.js" defer></script>
//   <spot-check theme="auto" compact></spot-check>
//
// Everything else (the engine module, its wasm, the UI module and its CSS)
// is loaded relative to this script's own URL, so the files can live on
// another origin (which must then send Access-Control-Allow-Origin).
// Attributes: theme="light|dark|auto" (default auto), compact (boolean),
// lang="es" (a language the build offers; default: the first of the
// browser's languages it offers, else English; changing it redraws the app).
// Properties: theme and compact (reflecting the attributes), and ready, a
// promise that resolves to the element once the engine has loaded (rejects
// if it cannot). Event: spotcheck:result (bubbles, composed) with the result
// as detail, each time the results show a new result.
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

  // The files ui/mount.js imports (its shared chunk), asked for with it rather
  // than a round trip later, once it has been read. Written in by the build
  // (scripts/bundle-ui.mjs); none when served unbuilt.
  const UI_IMPORTS = [];

  // One engine and one UI module per page, however many elements.
  let checker = null;
  let ui = null;
  function loadModules() {
    checker ??= import(new URL("spotcheck.mjs", base).href).then((m) => m.createChecker({ deferTexts: true }));
    if (!ui) for (const file of UI_IMPORTS) import(new URL(file, base).href).catch(() => {}); // mount.js's own import reports a failure
    ui ??= import(new URL("ui/mount.js", base).href);
    return { checker, ui };
  }

  class SpotCheckElement extends HTMLElement {
    static get observedAttributes() {
      return ["theme", "compact", "lang"];
    }

    constructor() {
      super();
      this.attachShadow({ mode: "open" });
      this._app = null;
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
      if (this._started) return;
      this._started = true;
      this._start().then(() => this._resolveReady(this), (e) => {
        this._showProblem(e);
        this._rejectReady(e);
      });
    }

    attributeChangedCallback(name) {
      if (name === "lang") {
        if (this._app && this.lang && this.lang !== this._app.getLanguage()) this._app.setLanguage(this.lang);
        return;
      }
      this._app?.setOptions({ theme: this.theme, compact: this.compact });
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

    async _start() {
      const loading = loadModules();
      // Styles first, so the app never shows unstyled.
      const [, ui] = await Promise.all([linkStyles(this.shadowRoot), loading.ui]);
      this._app = ui.mount(this.shadowRoot, {
        checker: loading.checker, // a promise: the start screen shows while the wasm loads
        assetBase: base.href,
        styles: false, // linked above
        theme: this.theme,
        compact: this.compact,
        lang: this.lang || undefined,
        onResult: (result) => this.dispatchEvent(new CustomEvent("spotcheck:result", { detail: result, bubbles: true, composed: true })),
      });
      if (!(await this._app.ready)) throw new Error("the checker did not load");
    }

    _showProblem(error) {
      if (this._app) return; // the app shows its own load problem in place
      const p = document.createElement("p");
      p.setAttribute("role", "alert");
      p.dataset.testid = "embed-error";
      p.textContent = `Spotcheck could not start: ${error && error.message ? error.message : error}`;
      this.shadowRoot.append(p);
    }
  }

  customElements.define("spot-check", SpotCheckElement);
})();
