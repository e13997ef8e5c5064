// WebKit adapter: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver
// (plain W3C WebDriver over fetch) on a private Xvfb display. A context is a
// WebDriver session (its own MiniBrowser, ephemeral storage); its pages are
// windows of that session.
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startXvfb } from "./xvfb.mjs";
import { spawnOwned, freePort } from "./owned-process.mjs";
import { Session, waitReady } from "./webdriver.mjs";
import { webdriverKey } from "./keys.mjs";
import { INSTALL, evalBody, reportDrained } from "./engine-webkit-page.mjs";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const SCREEN = { width: 1920, height: 4000 };

export const supports = {
  offline: false, // classic WebDriver has no network emulation: stop the server instead
  serviceWorker: true,
  loadErrors: false, // no log events: errors are collected from the end of each load on
  initScript: false, // init scripts run right after each load, not before the page's scripts
  console: false, // only the page's own console calls after load, not the engine's messages (CSP, network)
  requestEvents: false, // requests come from the page's resource timing (none from service workers)
};

// MiniBrowser's toolbar keeps its window at least 447 px wide; shrinking the
// GTK widgets (never the web content) lets the viewport reach 360 px.
const GTK_CSS = "* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; " +
  "border-width: 0; -gtk-icon-transform: scale(0.01); }\n";

export async function launch() {
  const config = await mkdtemp(join(tmpdir(), "spotcheck-webkit-"));
  await mkdir(join(config, "gtk-3.0"));
  await writeFile(join(config, "gtk-3.0", "gtk.css"), GTK_CSS);
  const xvfb = await startXvfb(SCREEN);
  const env = { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config };
  const contexts = new Set();
  return {
    // WebKitWebDriver holds one session at a time: a driver per context.
    async newContext() {
      const port = await freePort();
      const driver = spawnOwned("WebKitWebDriver", [`--port=${port}`, "--host=local"], { env });
      try {
        const base = `http://127.0.0.1:${port}`;
        await waitReady(base);
        const s = await Session.create(base, {
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        });
        await s.cmd("POST", "/timeouts", { script: 30000, pageLoad: 30000, implicit: 0 });
        const context = newContext(s, async () => {
          contexts.delete(context);
          await driver.stop();
        });
        contexts.add(context);
        return context;
      } catch (e) {
        await driver.stop();
        throw e;
      }
    },
    async close() {
      await Promise.allSettled([...contexts].map((c) => c.close()));
      await xvfb.stop();
      await rm(config, { recursive: true, force: true });
    },
  };
}

function newContext(s, stopDriver) {
  // One command at a time per session, each in its page's window.
  let queue = Promise.resolve();
  let current = null;
  let unusedWindow = true; // the session's first window awaits its page
  const windows = new Set();
  const inWindow = (handle, fn) => {
    const run = queue.then(async () => {
      if (current !== handle) await s.cmd("POST", "/window", { handle });
      current = handle;
      return fn();
    });
    queue = run.catch(() => {});
    return run;
  };
  return {
    async newPage(viewport, report) {
      let handle;
      if (unusedWindow) {
        unusedWindow = false;
        handle = await s.cmd("GET", "/window");
      } else {
        handle = (await s.cmd("POST", "/window/new", { type: "window" })).handle;
      }
      windows.add(handle);
      const page = pageDriver(s, (fn) => inWindow(handle, fn), report, async () => {
        windows.delete(handle);
        // Closing the last window would end the session: the context does that.
        if (windows.size > 0) await inWindow(handle, () => s.cmd("DELETE", "/window"));
      });
      await page.setViewport(viewport.width, viewport.height);
      return page;
    },
    cookies: async () => {
      const [first] = windows;
      return first ? inWindow(first, () => s.cmd("GET", "/cookie")) : [];
    },
    async close() {
      await s.delete().catch(() => {});
      await stopDriver();
    },
  };
}

function pageDriver(s, run, report, closeWindow) {
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
    // WebKit shows its error page (at about:blank) where other engines reject.
    // Navigation returns at the load event; make sure of it (others wait for "load" too).
    await s.execute(`return document.readyState === "complete" ||
      new Promise((ok) => addEventListener("load", () => ok(true), { once: true }));`);
    const [docUrl, text] = await s.execute("return [document.URL, document.body ? document.body.innerText : ''];");
    if (docUrl === "about:blank" && url !== "about:blank") throw new Error(`webkit: could not load ${url}: ${text.trim()}`);
    await install();
    await flush();
  };
  const inner = () => s.execute("return [innerWidth, innerHeight, document.documentElement.scrollHeight]");
  const setViewport = async (w, h) => {
    for (let i = 0; i < 4; i++) {
      const [iw, ih] = await inner();
      if (iw === w && ih === h) return;
      const r = await s.windowRect();
      await s.windowRect({ width: r.width + w - iw, height: r.height + h - ih });
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
      if (tall) await setViewport(w, Math.min(scrollHeight, SCREEN.height - 100));
      try {
        await writeFile(path, Buffer.from(await s.screenshot(), "base64"));
      } finally {
        if (tall) await setViewport(w, h);
      }
    }),
    close: async () => { await run(flush); await closeWindow(); },
  };
}
