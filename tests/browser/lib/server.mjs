// Serves dist/ on a free localhost port for a browser test.
import { createServer, request } from "node:http";
import { serve } from "../../../scripts/serve.mjs";
import { fileURLToPath } from "node:url";

// The built site, the languages' catalogs included (scripts/i18n/build-catalogs.mjs writes dist/i18n/).
export const distDir = fileURLToPath(new URL("../../../dist", import.meta.url));

/**
 * Starts a server for dist/ (or `dir`); returns { url, refused, close }.
 * failFirst: paths ("/ui/screens.js") whose first request gets a 503, as if
 * the connection dropped once; later ones are served, and refused() lists
 * those refused so far. With failFirst, sw.js is not found either: a first
 * visit before the service worker holds the files (it would take the refused
 * request itself as it precaches).
 */
export async function startServer({ dir = distDir, csp = false, host = "127.0.0.1", failFirst = [] } = {}) {
  const server = await serve({ dir, port: 0, host, csp });
  const front = failFirst.length ? await failingOnce(server.address().port, host, new Set(failFirst)) : null;
  return {
    url: `http://${host}:${(front ?? server).address().port}/`,
    // The failFirst paths refused so far.
    refused: () => (front ? [...front.refused] : []),
    close: async () => {
      if (front) await new Promise((ok) => front.close(ok));
      await new Promise((ok) => server.close(ok));
    },
  };
}

// A server in front of the one on `port` that refuses the first request for each path in `paths`.
function failingOnce(port, host, paths) {
  const front = createServer((req, res) => {
    const path = new URL(req.url, "http://localhost").pathname;
    if (path === "/sw.js") {
      res.writeHead(404, { "Content-Type": "text/plain" });
      return res.end("Not found");
    }
    if (paths.delete(path)) {
      front.refused.push(path);
      res.writeHead(503, { "Content-Type": "text/plain" });
      return res.end("Service unavailable");
    }
    const upstream = request({ host, port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  front.refused = [];
  return new Promise((ok, fail) => {
    front.once("error", fail);
    front.listen(0, host, () => ok(front));
  });
}
