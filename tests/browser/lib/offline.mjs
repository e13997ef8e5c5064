// A server for dist/ that a test can take off the network, and the switch that
// does it: the engine's own offline emulation where it has one
// (context.supports.offline) and, in every engine, the server stops and drops
// its open connections, so nothing can be fetched from it any more.
import { serve } from "../../../scripts/serve.mjs";
import { distDir } from "./server.mjs";

/** Resolves to { url, offline(context), close() }. */
export async function startOfflineableServer({ dir = distDir, host = "127.0.0.1" } = {}) {
  const server = await serve({ dir, port: 0, host });
  let stopped = null;
  const stop = () => {
    stopped ??= new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    });
    return stopped;
  };
  return {
    url: `http://${host}:${server.address().port}/`,
    async offline(context) {
      if (context.supports.offline) await context.setOffline(true);
      await stop();
    },
    close: stop,
  };
}
