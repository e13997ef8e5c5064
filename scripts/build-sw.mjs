// Writes dist/sw.js: the service worker from web/sw.js with the list of every
// file in dist/ and a cache name hashed from their paths and bytes. Run last,
// after everything else has been written into dist/.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const MARKER = /^const BUILD = .*\/\/ @build-replace$/m;

/** Every file under dir, as a "/"-separated path relative to it. */
export function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join("/"));
}

/**
 * The engine for a knowledge base passed in (createChecker({ knowledgeBase }):
 * tests, the bench, other programs): the page never loads it, so it is
 * neither precached nor counted in the page's first load (wasm/CMakeLists.txt).
 */
export const notForThePage = (file) => file.startsWith("spotcheck_wasm_custom.");

/** Precache list and cache name for `distDir`; sw.js itself is not listed, nor what the page never loads. */
export function precacheManifest(distDir) {
  const files = filesUnder(distDir).filter((f) => f !== "sw.js" && !notForThePage(f)).sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update("\0").update(readFileSync(join(distDir, f))).update("\0");
  // "./" is the directory URL the app is usually opened at.
  return { cache: `spotcheck-${hash.digest("hex").slice(0, 16)}`, files: ["./", ...files] };
}

/** Rewrites dist/sw.js in place; returns the manifest it wrote. */
export function writeServiceWorker(distDir) {
  const path = join(distDir, "sw.js");
  const source = readFileSync(path, "utf8");
  if (!MARKER.test(source)) throw new Error(`build-sw: ${path} has no "const BUILD = ... // @build-replace" line`);
  const manifest = precacheManifest(distDir);
  writeFileSync(path, source.replace(MARKER, () => `const BUILD = ${JSON.stringify(manifest)};`));
  return manifest;
}
