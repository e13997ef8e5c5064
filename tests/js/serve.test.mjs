// scripts/serve.mjs --gzip: what `npm run lighthouse` measures, a host that
// compresses text and wasm for clients that accept it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { serve } from "../../scripts/serve.mjs";

function get(port, path, headers) {
  return new Promise((ok, fail) => {
    request({ host: "127.0.0.1", port, path, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", fail).end();
  });
}

test("--gzip compresses for clients that accept it, and only for them", async () => {
  const dir = mkdtempSync(join(tmpdir(), "serve-"));
  const text = "spots ".repeat(500);
  writeFileSync(join(dir, "a.js"), text);
  const server = await serve({ dir, port: 0, gzip: true });
  try {
    const port = server.address().port;
    const zipped = await get(port, "/a.js", { "accept-encoding": "gzip, br" });
    assert.equal(zipped.headers["content-encoding"], "gzip");
    assert.ok(zipped.body.length < text.length / 10);
    assert.equal(gunzipSync(zipped.body).toString(), text);
    const plain = await get(port, "/a.js", {});
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.body.toString(), text);
  } finally {
    server.close();
    rmSync(dir, { recursive: true });
  }
});
