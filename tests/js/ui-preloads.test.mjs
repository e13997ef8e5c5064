// The files dist/ui/mount.js imports (its shared chunk) are asked for with it,
// not a round trip after it has been read: index.html preloads them and the
// embed's loader imports them beside it (scripts/bundle-ui.mjs writes both).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const dist = (file) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), "utf8");
// mount.js's static imports of its own chunks, as dist/-relative paths.
// (`from "./x.js"` or `import "./x.js"`; not `import("./screens.js")`, asked for later.)
const imported = [...new Set([...dist("ui/mount.js").matchAll(/\b(?:from|import)\s*"\.\/([\w-]+\.js)"/g)].map((m) => `ui/${m[1]}`))];

test("index.html and the embed's loader ask for what ui/mount.js imports, with it", () => {
  assert.ok(imported.length >= 1, "mount.js imports a shared chunk");
  const preloaded = [...dist("index.html").matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual(preloaded, ["ui/mount.js", ...imported]);
  // The minified loader's list of modules (its style sheets are a list too).
  const listed = dist("spotcheck.js").match(/=(\["ui\/[\w-]+\.js"(?:,"ui\/[\w-]+\.js")*\])/);
  assert.ok(listed, "the embed's loader lists the files");
  assert.deepEqual(JSON.parse(listed[1]), imported);
});
