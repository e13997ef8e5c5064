// WebKit adapter: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver
// (plain W3C WebDriver over fetch) on a private Xvfb display. A context is a
// WebDriver session (its own driver and MiniBrowser, ephemeral storage); its
// pages are windows of that session (engine-webkit-page.mjs).
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startXvfb } from "./xvfb.mjs";
import { X11 } from "./x11.mjs";
import { spawnOwned, freePort } from "./owned-process.mjs";
import { Session, waitReady } from "./webdriver.mjs";
import { pageDriver } from "./engine-webkit-page.mjs";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const SCREEN = { width: 1400, height: 8000 }; // tall, for whole-page screenshots
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

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
  const x11 = await X11.connect(xvfb.display);
  const env = { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config };
  const contexts = new Set();

  // Opens a window with create() and finds its X window: the one top-level
  // window that was not there before. One at a time.
  let opening = Promise.resolve();
  const openWindow = (create) => {
    const run = opening.then(async () => {
      const before = new Set((await x11.topLevels()).map((w) => w.id));
      const result = await create();
      for (let i = 0; i < 200; i++) {
        const fresh = (await x11.topLevels()).filter((w) => !before.has(w.id));
        if (fresh.length === 1) return [result, fresh[0].id];
        await sleep(25);
      }
      throw new Error("webkit: the new window never showed on the X display");
    });
    opening = run.catch(() => {});
    return run;
  };

  return {
    // WebKitWebDriver holds one session at a time: a driver per context.
    async newContext() {
      const port = await freePort();
      const driver = spawnOwned("WebKitWebDriver", [`--port=${port}`, "--host=local"], { env });
      try {
        const base = `http://127.0.0.1:${port}`;
        await waitReady(base);
        const [s, xid] = await openWindow(() => Session.create(base, {
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        }));
        await s.cmd("POST", "/timeouts", { script: 30000, pageLoad: 30000, implicit: 0 });
        const context = newContext({ s, firstWindow: xid, x11, openWindow }, async () => {
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
      x11.close();
      await xvfb.stop();
      await rm(config, { recursive: true, force: true });
    },
  };
}

function newContext({ s, firstWindow, x11, openWindow }, stopDriver) {
  // One command at a time per session, each in its page's window, which has
  // the input focus (as the window a person types in would).
  let queue = Promise.resolve();
  let current = null;
  let unusedWindow = firstWindow; // the session's first window awaits its page
  const windows = new Set();
  const focus = async (xid) => {
    await x11.focus(xid);
    for (let i = 0; i < 100; i++) {
      if (await s.execute("return document.hasFocus()")) return;
      await sleep(20);
    }
    throw new Error("webkit: the window did not take the focus");
  };
  const inWindow = (handle, xid, fn) => {
    const run = queue.then(async () => {
      if (current !== handle) {
        await s.cmd("POST", "/window", { handle });
        current = handle;
        await focus(xid);
      }
      return fn();
    });
    queue = run.catch(() => {});
    return run;
  };
  return {
    async newPage(viewport, report) {
      let handle, xid;
      if (unusedWindow) {
        [handle, xid] = [await s.cmd("GET", "/window"), unusedWindow];
        unusedWindow = null;
      } else {
        [handle, xid] = await openWindow(async () => {
          // New Window fails ("no such window") while the driver's current
          // window is one a page has closed: move to one still open first.
          // current stays null, so the next command switches and focuses.
          if (current === null && windows.size > 0) await s.cmd("POST", "/window", { handle: windows.values().next().value });
          return (await s.cmd("POST", "/window/new", { type: "window" })).handle;
        });
      }
      windows.add(handle);
      const page = pageDriver({
        s,
        run: (fn) => inWindow(handle, xid, fn),
        focus: () => focus(xid),
        report,
        maxHeight: SCREEN.height - 100,
        closeWindow: async () => {
          windows.delete(handle);
          // Closing the last window would end the session: the context does that.
          if (windows.size > 0) await inWindow(handle, xid, () => s.cmd("DELETE", "/window"));
          if (current === handle) current = null;
        },
      });
      await page.setViewport(viewport.width, viewport.height);
      return page;
    },
    cookies: async () => {
      const [first] = windows;
      return first ? queue.then(() => s.cmd("GET", "/cookie")) : [];
    },
    async close() {
      await s.delete().catch(() => {});
      await stopDriver();
    },
  };
}
