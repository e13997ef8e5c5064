// What the build writes for the installed, offline app: the manifest and its
// icons, and a service worker whose precache list and cache name come from
// dist/ itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { notForThePage, precacheManifest, writeServiceWorker } from "../../scripts/build-sw.mjs";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));

// PNG: 8-byte signature, then the IHDR chunk with width and height.
function pngSize(path) {
  const b = readFileSync(path);
  assert.equal(b.toString("latin1", 1, 4), "PNG", `${path} is a PNG`);
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
}

function builtManifest(swSource) {
  const line = swSource.match(/^const BUILD = (.*);$/m);
  assert.ok(line, "dist/sw.js has its BUILD line filled in");
  return JSON.parse(line[1]);
}

test("the web app manifest has what installing needs, and its icons exist at their sizes", () => {
  const m = JSON.parse(readFileSync(join(dist, "manifest.webmanifest"), "utf8"));
  assert.equal(m.display, "standalone");
  assert.ok(m.name && m.short_name && m.start_url && m.theme_color && m.background_color);
  assert.ok(existsSync(join(dist, new URL(m.start_url, "http://x/").pathname)), "start_url is a built file");
  for (const icon of m.icons) {
    const path = join(dist, icon.src);
    assert.ok(existsSync(path), `${icon.src} exists`);
    if (icon.type === "image/png") assert.equal(pngSize(path), icon.sizes, icon.src);
  }
  const png = (purpose, size) => m.icons.some((i) => i.purpose === purpose && i.sizes === size && i.type === "image/png");
  for (const size of ["192x192", "512x512"]) {
    assert.ok(png("any", size), `an icon at ${size}`);
    assert.ok(png("maskable", size), `a maskable icon at ${size}`);
  }
});

test("the service worker precaches every file of dist/ the page may load, under a cache name hashed from them", () => {
  const built = builtManifest(readFileSync(join(dist, "sw.js"), "utf8"));
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dist.length + 1).split("\\").join("/")).filter((f) => f !== "sw.js").sort();
  assert.deepEqual(built.files, ["./", ...files.filter((f) => !notForThePage(f))]);
  // The engine for a knowledge base passed in is in dist/ (for the package) but never loaded by the page.
  const custom = files.filter(notForThePage);
  assert.deepEqual(custom, ["spotcheck_wasm_custom.mjs", "spotcheck_wasm_custom.wasm"]);
  for (const f of ["index.html", "spotcheck.mjs", "spotcheck_wasm.wasm", "spotcheck.js", "manifest.webmanifest"]) {
    assert.ok(built.files.includes(f), `${f} is precached`);
  }
  // Every language's catalogs, so a language chosen offline still has its words (issue 16).
  const catalogs = readdirSync(join(dist, "i18n")).map((n) => `i18n/${n}`);
  assert.ok(catalogs.includes("i18n/languages.json"));
  for (const f of catalogs) assert.ok(built.files.includes(f), `${f} is precached`);
  assert.equal(built.cache, precacheManifest(dist).cache);
  assert.match(built.cache, /^spotcheck-[0-9a-f]{16}$/);
});

test("changing one byte of one file changes the cache name", () => {
  const copy = mkdtempSync(join(tmpdir(), "spotcheck-sw-"));
  try {
    cpSync(dist, copy, { recursive: true });
    writeFileSync(join(copy, "sw.js"), readFileSync(join(import.meta.dirname, "../../web/sw.js")));
    const before = writeServiceWorker(copy);
    assert.equal(before.cache, builtManifest(readFileSync(join(dist, "sw.js"), "utf8")).cache, "same files, same name");
    writeFileSync(join(copy, "index.html"), readFileSync(join(copy, "index.html"), "utf8") + " ");
    writeFileSync(join(copy, "sw.js"), readFileSync(join(import.meta.dirname, "../../web/sw.js")));
    const after = writeServiceWorker(copy);
    assert.notEqual(after.cache, before.cache);
    assert.deepEqual(after.files, before.files);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
