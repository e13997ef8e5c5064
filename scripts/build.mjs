#!/usr/bin/env node
// Builds Spotcheck: the native engine (which validates the knowledge base and
// fails the build on any problem), the wasm module, and dist/, a static site.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, readdirSync, existsSync, statSync, renameSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";
import { bundleUi, uiSources } from "./bundle-ui.mjs";
import { buildCatalogs, planCatalogs } from "./i18n/build-catalogs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const jobs = String(Math.max(1, cpus().length));
const emEnv = { ...process.env, NODE_PATH: "/usr/share/nodejs" }; // TOOLCHAIN.md, pitfall 1

function run(cmd, args, env = process.env) {
  console.log(`build: ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { cwd: root, stdio: "inherit", env });
}

// One build at a time in this checkout: several terminals (or agents) may ask at once.
const lock = join(root, "build", ".lock");
function acquireLock() {
  mkdirSync(join(root, "build"), { recursive: true });
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(lock);
      process.on("exit", () => rmSync(lock, { recursive: true, force: true }));
      for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
      return;
    } catch {
      // A lock older than 20 minutes was left by a killed build.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 20 * 60 * 1000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`build: ${lock} is held by another build`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
}
acquireLock();

// --web-only: copy web/ into dist/ again without compiling (for page work).
const webOnly = process.argv.includes("--web-only");

function configured(dir) {
  return existsSync(join(root, dir, "CMakeCache.txt"));
}

// The language catalogs are checked before anything compiles: a missing or
// broken translation fails in a second, not after the engine's build.
const catalogProblems = planCatalogs(join(root, "data")).problems;
if (catalogProblems.length) throw new Error(`build: the language catalogs (data/i18n/) have ${catalogProblems.length} problem(s):\n${catalogProblems.join("\n")}`);

if (!webOnly) {
// Native: engine, knowledge-base check, tests, tools.
if (!configured("build/native")) run("cmake", ["-S", ".", "-B", "build/native", "-DCMAKE_BUILD_TYPE=Release"]);
run("cmake", ["--build", "build/native", "-j", jobs]);

// Wasm (TOOLCHAIN.md, pitfall 3 for the emulator).
if (!configured("build/wasm"))
  run("emcmake", ["cmake", "-S", ".", "-B", "build/wasm", "-DCMAKE_BUILD_TYPE=MinSizeRel", "-DSPOTCHECK_TESTS=OFF",
    "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node"], emEnv);
run("cmake", ["--build", "build/wasm", "-j", jobs], emEnv);
}

(await import("./check-figures.mjs")).checkFigures(root); // every picture data/ names, drawn for every skin tone

// dist/: the page, the embed, the module. Everything a static host serves.
// Assembled beside it and swapped in at the end, so a server or test reading
// dist/ never sees it half-written.
const finalDist = join(root, "dist");
const dist = join(root, "build", "dist-next");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
// web/ui/*.js are not copied: dist/ui/ holds their bundle (mount.js, screens.js, chunk.js: bundle-ui.mjs).
const uiModules = new Set(uiSources(root).map((n) => join(root, "web", "ui", n)));
cpSync(join(root, "web"), dist, { recursive: true, filter: (src) => !src.includes(`${join("web", "test")}`) && !uiModules.has(src) });
const bundled = await bundleUi(root, dist);
for (const name of ["spotcheck.mjs", "localize.mjs"]) cpSync(join(root, "wasm", name), join(dist, name));
// The page's engine (the knowledge base built in) and the one for a knowledge base passed in (wasm/CMakeLists.txt).
for (const name of ["spotcheck_wasm.mjs", "spotcheck_wasm.wasm", "spotcheck_wasm_custom.mjs", "spotcheck_wasm_custom.wasm"]) cpSync(join(root, "build", "wasm", "wasm", name), join(dist, name));
// The texts kept out of the wasm (scripts/bundle-kb.mjs --texts): the results' and the interview's.
cpSync(join(root, "build", "wasm", "generated", "kb_texts.json"), join(dist, "spotcheck_texts.json"));
cpSync(join(root, "build", "wasm", "generated", "kb_interview_texts.json"), join(dist, "spotcheck_interview_texts.json"));
// Each language's words, fetched only when it is chosen (scripts/i18n/build-catalogs.mjs).
buildCatalogs(join(root, "data"), dist);
// The start screen, drawn into index.html by the app's own code (paints before any script runs).
await (await import("./prerender/start-screen.mjs")).prerenderStartScreen(dist);
console.log(`build: dist/ holds ${readdirSync(dist).join(", ")}`);

// Icons, the embed script, the package's types and, last, the service worker.
(await import("./build-extras.mjs")).buildExtras(root, dist);
(await import("./minify.mjs")).minifyDist(root, dist, { minified: bundled }); // last: minified files, then sw.js rehashed over them

const previous = join(root, "build", "dist-previous");
rmSync(previous, { recursive: true, force: true });
if (existsSync(finalDist)) renameSync(finalDist, previous);
renameSync(dist, finalDist);
rmSync(previous, { recursive: true, force: true });
