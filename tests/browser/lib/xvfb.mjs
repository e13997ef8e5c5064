// Starts a private Xvfb on a display number it picks itself (-displayfd), so
// parallel runs and other agents' displays never collide.
import { spawnOwned } from "./owned-process.mjs";

/** Resolves to { display: ":N", stop() } once the X server accepts clients. */
export function startXvfb({ width = 1280, height = 1024 } = {}) {
  const child = spawnOwned("Xvfb", ["-displayfd", "3", "-screen", "0", `${width}x${height}x24`, "-nolisten", "tcp"],
    { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  return new Promise((ok, fail) => {
    let out = "";
    const timer = setTimeout(() => { child.stop(); fail(new Error(`Xvfb did not start: ${child.stderrTail()}`)); }, 15000);
    child.once("exit", (code) => { clearTimeout(timer); fail(new Error(`Xvfb exited (${code}): ${child.stderrTail()}`)); });
    child.stdio[3].on("data", (d) => {
      out += d;
      if (!out.includes("\n")) return;
      clearTimeout(timer);
      ok({ display: `:${out.trim()}`, stop: () => child.stop() });
    });
  });
}
