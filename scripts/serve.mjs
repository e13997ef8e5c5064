#!/usr/bin/env node
// A tiny static server for dist/ (no dependencies).
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--dir dist] [--csp] [--cors] [--gzip]
// --csp sends the strict Content-Security-Policy the app is built for; --cors
// lets pages of other origins load the embed (dist/spotcheck.js imports its
// modules and fetches its wasm, which are CORS requests); --gzip compresses
// text and wasm at level 9 for clients that accept it, as a real host would
// (what `npm run lighthouse` measures).
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const ALREADY_COMPRESSED = new Set([".png", ".ico"]);

/** Starts a server for `dir`; resolves to the http.Server once listening. */
export function serve({ dir, port = 8080, host = "127.0.0.1", csp = false, headers = {}, gzip = false }) {
  const rootDir = resolve(dir);
  const gzipped = new Map(); // path -> compressed body (dist/ does not change while served)
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = normalize(join(rootDir, decodeURIComponent(url.pathname)));
      if (path !== rootDir && !path.startsWith(rootDir + sep)) throw Object.assign(new Error("outside"), { status: 403 });
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      let body = await readFile(path);
      const head = { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream", "Cache-Control": "no-cache", ...headers };
      if (csp) head["Content-Security-Policy"] = STRICT_CSP;
      if (gzip && !ALREADY_COMPRESSED.has(extname(path)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
        body = gzipped.get(path);
        head["Content-Encoding"] = "gzip";
        head["Vary"] = "Accept-Encoding";
      }
      res.writeHead(200, head);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      res.writeHead(e.status ?? 404, { "Content-Type": "text/plain" });
      res.end(e.status === 403 ? "Forbidden" : "Not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const port = Number(option("port", process.env.PORT ?? 8080));
  const host = option("host", "127.0.0.1");
  const dir = option("dir", fileURLToPath(new URL("../dist", import.meta.url)));
  const headers = args.includes("--cors") ? { "Access-Control-Allow-Origin": "*" } : {};
  const server = await serve({ dir, port, host, csp: args.includes("--csp"), headers, gzip: args.includes("--gzip") });
  console.log(`Spotcheck is running at http://${host}:${server.address().port}/ (Ctrl+C to stop)`);
}
