// Starts helper processes (Xvfb, WebKitWebDriver) that die with the test
// process: each is killed by its own pid on close() or when Node exits.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const owned = new Set();
const killAll = () => {
  for (const child of owned) child.kill("SIGKILL");
};
process.on("exit", killAll);
// Killed from outside (a test timeout, Ctrl-C): take the helpers along, then
// die of the same signal. (MiniBrowser goes when its X server does.)
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    killAll();
    process.kill(process.pid, signal);
  });
}

/** Spawns `cmd`; returns the child with an async stop() that kills it and waits. */
export function spawnOwned(cmd, args, options = {}) {
  const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
  owned.add(child);
  let stderr = "";
  child.stderr?.on("data", (d) => { stderr = (stderr + d).slice(-4000); });
  child.stderrTail = () => stderr;
  const exited = new Promise((ok) => child.once("exit", ok));
  child.stop = async () => {
    owned.delete(child);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  };
  return child;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}
