// Serves dist/ on a free localhost port for a browser test.
import { serve } from "../../../scripts/serve.mjs";
import { fileURLToPath } from "node:url";

// The built site, the languages' catalogs included (scripts/i18n/build-catalogs.mjs writes dist/i18n/).
export const distDir = fileURLToPath(new URL("../../../dist", import.meta.url));

/** Starts a server for dist/ (or `dir`); returns { url, close }. */
export async function startServer({ dir = distDir, csp = false, host = "127.0.0.1" } = {}) {
  const server = await serve({ dir, port: 0, host, csp });
  return {
    url: `http://${host}:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
