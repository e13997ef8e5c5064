// Serves dist/ on a free localhost port for a browser test.
import { serve } from "../../../scripts/serve.mjs";
import { servedDist } from "./catalogs-standin.mjs";

// dist/, with the languages' catalogs (a stand-in until the catalog build is merged).
export const distDir = servedDist();

/** Starts a server for dist/ (or `dir`); returns { url, close }. */
export async function startServer({ dir = distDir, csp = false, host = "127.0.0.1" } = {}) {
  const server = await serve({ dir, port: 0, host, csp });
  return {
    url: `http://${host}:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
