// A minimal W3C WebDriver client over fetch: just the commands the WebKit
// adapter needs (https://w3c.github.io/webdriver/).
export class WebDriverError extends Error {}

async function call(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({ value: { error: `HTTP ${res.status}`, message: "" } }));
  const value = json.value;
  if (!res.ok || value?.error) {
    const sent = body === undefined || path.endsWith("/execute/sync") ? "" : ` ${JSON.stringify(body).slice(0, 200)}`;
    throw new WebDriverError(`${method} ${path}${sent}: ${value?.error}: ${value?.message}`);
  }
  return value;
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Opens a session on the driver at base ("http://127.0.0.1:PORT"). */
  static async create(base, alwaysMatch) {
    const value = await call(base, "POST", "/session", { capabilities: { alwaysMatch } });
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) { return call(this.base, method, `/session/${this.id}${path}`, body); }

  navigate(url) { return this.cmd("POST", "/url", { url }); }
  refresh() { return this.cmd("POST", "/refresh", {}); }
  currentUrl() { return this.cmd("GET", "/url"); }
  /** Runs a function body; a returned promise is awaited by the driver. */
  execute(script, args = []) { return this.cmd("POST", "/execute/sync", { script, args }); }
  windowRect(rect) { return rect ? this.cmd("POST", "/window/rect", rect) : this.cmd("GET", "/window/rect"); }
  actions(actions) { return this.cmd("POST", "/actions", { actions }); }
  screenshot() { return this.cmd("GET", "/screenshot"); }
  async elementScreenshot(css) {
    const el = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return this.cmd("GET", `/element/${Object.values(el)[0]}/screenshot`);
  }
  delete() { return call(this.base, "DELETE", `/session/${this.id}`); }
}

/** Waits until GET /status answers ready. */
export async function waitReady(base, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if ((await call(base, "GET", "/status")).ready !== false) return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`WebDriver at ${base} not ready: ${e.message}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
