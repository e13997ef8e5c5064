// WebKit adapter: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver
// (plain W3C WebDriver over fetch) on a private Xvfb display. Each page is its
// own WebDriver session, hence its own MiniBrowser with an ephemeral store.
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startXvfb } from "./xvfb.mjs";
import { spawnOwned, freePort } from "./owned-process.mjs";
import { Session, waitReady } from "./webdriver.mjs";
import { webdriverKey } from "./keys.mjs";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const SCREEN = { width: 1920, height: 4000 };

export const supports = {
  offline: false, // classic WebDriver has no network emulation: stop the server instead
  serviceWorker: true,
  loadErrors: false, // no log events: errors are caught only after each load, by a listener we add
};

// MiniBrowser's toolbar keeps its window at least 447 px wide; shrinking the
// GTK widgets (never the web content) lets the viewport reach 360 px.
const GTK_CSS = "* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; " +
  "border-width: 0; -gtk-icon-transform: scale(0.01); }\n";

// Collects uncaught errors of the current document in window.__engineErrors.
const LISTEN_ERRORS = `if (!window.__engineErrors) {
  window.__engineErrors = [];
  addEventListener("error", (e) => window.__engineErrors.push(e.message));
  addEventListener("unhandledrejection", (e) => window.__engineErrors.push(String(e.reason && e.reason.message || e.reason)));
}`;

export async function launch() {
  const config = await mkdtemp(join(tmpdir(), "spotcheck-webkit-"));
  await mkdir(join(config, "gtk-3.0"));
  await writeFile(join(config, "gtk-3.0", "gtk.css"), GTK_CSS);
  const xvfb = await startXvfb(SCREEN);
  const port = await freePort();
  const driver = spawnOwned("WebKitWebDriver", [`--port=${port}`, "--host=local"], {
    env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitReady(base);
  const sessions = new Set();

  return {
    async newPage({ width, height }) {
      const s = await Session.create(base, {
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      });
      sessions.add(s);
      await s.cmd("POST", "/timeouts", { script: 30000, pageLoad: 30000, implicit: 0 });
      const earlier = [];
      const keep = async () => {
        try { earlier.push(...(await s.execute("return window.__engineErrors || []"))); } catch {}
      };
      const listen = () => s.execute(LISTEN_ERRORS);
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
      await setViewport(width, height);
      return {
        raw: s,
        goto: async (url) => { await keep(); await s.navigate(url); await listen(); },
        reload: async () => { await keep(); await s.refresh(); await listen(); },
        url: () => s.currentUrl(),
        eval: (expression) => s.execute(`return ${expression};`),
        runScript: async (source) => { await s.execute(`${source}\n;return null;`); },
        click: (x, y) => s.actions([{
          type: "pointer", id: "mouse", parameters: { pointerType: "mouse" },
          actions: [{ type: "pointerMove", x, y, origin: "viewport", duration: 0 },
            { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }],
        }]),
        press: (names) => s.actions([{ type: "key", id: "keyboard", actions: keys(names) }]),
        typeText: (text) => s.actions([{ type: "key", id: "keyboard", actions: [...text].flatMap((c) => keys([c])) }]),
        setViewport,
        async screenshot(path, { fullPage }) {
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
        },
        errors: async () => [...earlier, ...(await s.execute("return window.__engineErrors || []"))],
        async close() {
          sessions.delete(s);
          await s.delete();
        },
      };
    },
    async close() {
      await Promise.allSettled([...sessions].map((s) => s.delete()));
      await driver.stop();
      await xvfb.stop();
      await rm(config, { recursive: true, force: true });
    },
  };
}
