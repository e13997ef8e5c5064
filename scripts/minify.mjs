// Minifies dist/'s JavaScript and CSS in place with esbuild (whitespace,
// syntax, local names; no bundling, no syntax lowering), then writes the
// service worker again so its cache name hashes the bytes actually served.
// Left as they are: sw.js (not part of the first load; its BUILD line is
// rewritten), embed/example.* (an example meant to be read) and what the
// caller says is minified already (ui/mount.js, bundled and minified by
// bundle-ui.mjs: minifying it again would only cost build time).
import { readdirSync, readFileSync, writeFileSync, cpSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { transformSync } from "esbuild";
import { writeServiceWorker } from "./build-sw.mjs";

const loaderFor = (file) => (file.endsWith(".css") ? "css" : /\.m?js$/.test(file) ? "js" : null);
const skip = (file) => file === "sw.js" || file.startsWith("embed/example.");

/** Minifies every eligible file of `distDir` but those listed in `minified`
 *  (dist/-relative paths written minified already, e.g. the UI bundle);
 *  returns [{ file, before, after }]. */
export function minifyDist(root, distDir, { minified = [] } = {}) {
  const done = new Set(minified);
  const changed = [];
  for (const e of readdirSync(distDir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath ?? e.path, e.name);
    const file = relative(distDir, path).split(sep).join("/");
    const loader = loaderFor(file);
    if (!loader || skip(file) || done.has(file)) continue;
    const source = readFileSync(path, "utf8");
    // legalComments "inline" keeps /*! ... */ and @license notices.
    const { code } = transformSync(source, { loader, minify: true, legalComments: "inline", charset: "utf8" });
    writeFileSync(path, code);
    changed.push({ file, before: source.length, after: code.length });
  }
  cpSync(join(root, "web", "sw.js"), join(distDir, "sw.js"));
  const sw = writeServiceWorker(distDir);
  const saved = changed.reduce((t, c) => t + c.before - c.after, 0);
  console.log(`build: minified ${changed.length} files (${saved} bytes less); sw.js precaches ${sw.files.length} URLs as ${sw.cache}`);
  return changed;
}
