// One WebKit page: a window of a WebDriver session. Classic WebDriver has no
// events, so the in-page collector (engine-webkit-inpage.mjs) is installed
// after each load and drained by every evaluate.
import { writeFile } from "node:fs/promises";
import { webdriverKey } from "./keys.mjs";
import { INSTALL, evalBody, reportDrained } from "./engine-webkit-inpage.mjs";

/**
 * s: the Session; run(fn): runs fn with this page's window current (and
 * focused); focus(): gives the window the input focus again; report: events;
 * closeWindow(); maxHeight: the tallest viewport the screen allows.
 */
export function pageDriver({ s, run, focus, report, closeWindow, maxHeight }) {
  const initScripts = [];
  const install = async () => {
    await s.execute(INSTALL);
    for (const source of initScripts) await s.execute(`${source}\n;return null;`);
  };
  // Runs expression in the page, reporting the events collected since the last call.
  const evaluate = async (expression) => {
    let [value, drained] = await s.execute(evalBody(expression));
    if (drained === "fresh") {
      // A document we have not seen yet (the page navigated by itself).
      await install();
      drained = await s.execute("return window.__engineDrain();");
    }
    reportDrained(drained, report);
    return value;
  };
  const flush = () => evaluate("null").catch(() => {});
  const loaded = async (url) => {
    // Navigation returns at the load event; make sure of it (others wait for "load" too).
    await s.execute(`return document.readyState === "complete" ||
      new Promise((ok) => addEventListener("load", () => ok(true), { once: true }));`);
    // WebKit shows its error page (at about:blank) where other engines reject.
    const [docUrl, text] = await s.execute("return [document.URL, document.body ? document.body.innerText : ''];");
    if (docUrl === "about:blank" && url !== "about:blank") throw new Error(`webkit: could not load ${url}: ${text.trim()}`);
    await install();
    await flush();
  };
  const inner = () => s.execute("return [innerWidth, innerHeight, document.documentElement.scrollHeight]");
  const setViewport = async (w, h) => {
    for (let i = 0; i < 8; i++) {
      const [iw, ih] = await inner();
      if (iw === w && ih === h) return focus(); // a resize takes the focus away
      const r = await s.windowRect();
      const width = r.width + w - iw, height = r.height + h - ih;
      // While a resize settles, WebKit can report the window and the viewport
      // from different moments (a window narrower than its own viewport, seen
      // once in CI as a width of -304): measure both again.
      if (width < w || height < h) {
        await new Promise((ok) => setTimeout(ok, 100));
        continue;
      }
      await s.windowRect({ width, height });
    }
    const [iw, ih] = await inner();
    throw new Error(`webkit: viewport is ${iw}x${ih}, wanted ${w}x${h}`);
  };
  const keys = (names) => [
    ...names.map((n) => ({ type: "keyDown", value: webdriverKey(n) })),
    ...names.toReversed().map((n) => ({ type: "keyUp", value: webdriverKey(n) })),
  ];
  return {
    raw: s,
    goto: (url) => run(async () => { await flush(); await s.navigate(url); await loaded(url); }),
    reload: () => run(async () => { await flush(); const url = await s.currentUrl(); await s.refresh(); await loaded(url); }),
    url: () => run(() => s.currentUrl()),
    eval: (expression) => run(() => evaluate(expression)),
    runScript: (source) => run(async () => { await s.execute(`${source}\n;return null;`); }),
    addInitScript: async (source) => { initScripts.push(source); },
    click: (x, y) => run(() => s.actions([{
      type: "pointer", id: "mouse", parameters: { pointerType: "mouse" },
      actions: [{ type: "pointerMove", x, y, origin: "viewport", duration: 0 },
        { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }],
    }])),
    press: (names) => run(() => s.actions([{ type: "key", id: "keyboard", actions: keys(names) }])),
    typeText: (text) => run(() => s.actions([{ type: "key", id: "keyboard", actions: [...text].flatMap((c) => keys([c])) }])),
    setViewport: (w, h) => run(() => setViewport(w, h)),
    screenshot: (path, { fullPage }) => run(async () => {
      // WebDriver captures the viewport only: for the whole page, grow the
      // window to the document's height for the capture, then restore it.
      const [w, h, scrollHeight] = await inner();
      const tall = fullPage && scrollHeight > h;
      if (tall) await setViewport(w, Math.min(scrollHeight, maxHeight));
      try {
        await writeFile(path, Buffer.from(await s.screenshot(), "base64"));
      } finally {
        if (tall) await setViewport(w, h);
      }
    }),
    close: async () => { await run(flush); await closeWindow(); },
  };
}
