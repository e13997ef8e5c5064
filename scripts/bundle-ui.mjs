// Bundles the UI (web/ui/mount.js and every module it imports from web/ui/)
// into minified ES modules in dist/ui/, so a browser fetches a few files
// instead of discovering an import chain of 20 one level at a time, and one
// gzip stream compresses most of the UI: mount.js (its exports are
// web/ui/mount.js's own), screens.js (the question and results screens,
// imported by mount.js only once the person leaves the start screen) and
// chunk.js (the modules both use; esbuild's code splitting). dist/index.html
// gets a modulepreload for each file mount.js imports, beside its own.
// Imports that leave web/ui/ (e.g. ../spotcheck.mjs) stay as written: those
// files are served on their own, and the bundle sits where mount.js sat, so
// the relative paths still resolve. web/ui/*.js are not copied to dist/
// (see uiSources); web/ui/spotcheck.css is (shadow roots link it).
// The page's English words (data/i18n/en/ui.json) are bundled in, so an
// English visit fetches no catalog; the languages the build offers (from
// data/i18n/*/ui.json) are written in as SPOTCHECK_LANGUAGES (web/ui/i18n.js).
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, relative, sep, dirname } from "node:path";
import { buildSync } from "esbuild";

// The modules inside the bundle: every .js directly in web/ui/.
export const uiSources = (root) => readdirSync(join(root, "web", "ui")).filter((n) => n.endsWith(".js"));

// Import specifiers of one of our modules: `import ... from "x"` and
// `export ... from "x"` statements (from the start of a line, so comments
// quoting a "#case=..." are not taken), `import "x"` and `import("x")`. A miss
// is loud, not silent: esbuild then fails to resolve the path or the check
// below finds a module from outside web/ui/ in the bundle.
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

// The one file from outside web/ui/ the bundle holds.
const ENGLISH_WORDS = join("data", "i18n", "en", "ui.json");

/**
 * The languages offered: [{ id, name, dir }], English first, then by id;
 * one per folder of data/i18n/ with a ui.json (its ui.language.name and .dir).
 */
export function offeredLanguages(root) {
  const dir = join(root, "data", "i18n");
  const ids = readdirSync(dir).filter((id) => existsSync(join(dir, id, "ui.json")))
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
  return ids.map((id) => {
    const words = JSON.parse(readFileSync(join(dir, id, "ui.json"), "utf8"));
    return { id, name: words["ui.language.name"], dir: words["ui.language.dir"] };
  });
}

// index.html's preload of the bundle, which the files it imports join.
const MOUNT_PRELOAD = '<link rel="modulepreload" href="ui/mount.js">';

/** Builds dist/ui/mount.js and the chunks it imports; returns the dist/-relative paths it wrote (already minified). */
export function bundleUi(root, distDir) {
  const uiDir = join(root, "web", "ui");
  const external = new Set();
  for (const name of uiSources(root)) {
    const source = readFileSync(join(uiDir, name), "utf8");
    for (const pattern of SPECIFIERS) {
      for (const [, spec] of source.matchAll(pattern)) {
        // ../anything, or a bare or absolute URL; not the English words (bundled)
        if (!spec.startsWith("./") && join(uiDir, spec) !== join(root, ENGLISH_WORDS)) external.add(spec);
      }
    }
  }
  const outDir = join(distDir, "ui");
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [join(uiDir, "mount.js")],
    bundle: true,
    splitting: true, // import("./screens.js") becomes a file of its own
    chunkNames: "[name]",
    format: "esm",
    external: [...external],
    minify: true,
    legalComments: "inline", // keeps /*! ... */ and @license notices, as minify.mjs does
    charset: "utf8",
    metafile: true,
    write: false,
    outdir: outDir,
    logLevel: "warning",
    define: { SPOTCHECK_LANGUAGES: JSON.stringify(offeredLanguages(root)) },
  });
  // Every bundled module must come from web/ui/: anything else belongs to
  // another file of dist/ and would be shipped twice.
  const files = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith("<define:")); // not the language list
  const foreign = files.filter((p) => dirname(join(root, p)) !== uiDir && join(root, p) !== join(root, ENGLISH_WORDS));
  if (foreign.length) throw new Error(`bundle-ui: ${foreign.join(", ")} is outside web/ui/; import it by a ../ path so it stays external`);
  // And every module of web/ui/ must be in it: none is copied on its own.
  const bundled = new Set(files.map((p) => join(root, p)));
  const left = uiSources(root).filter((n) => !bundled.has(join(uiDir, n)));
  if (left.length) throw new Error(`bundle-ui: web/ui/${left.join(", web/ui/")} is not imported from mount.js, so dist/ would not have it`);
  mkdirSync(outDir, { recursive: true });
  const written = result.outputFiles.map((file) => {
    writeFileSync(file.path, file.contents);
    return { name: relative(distDir, file.path).split(sep).join("/"), bytes: file.contents.length };
  });
  preloadImports(root, distDir, result.metafile);
  const sizes = written.map((f) => `${f.name} ${f.bytes}`).join(", ");
  console.log(`build: the UI bundles ${files.length} modules into ${sizes} bytes${external.size ? `; external: ${[...external].join(", ")}` : ""}`);
  return written.map((f) => f.name);
}

// The files ui/mount.js imports (a shared chunk) are preloaded with it, so the
// browser asks for them at once rather than after reading mount.js.
// (The metafile's paths are relative to the root.)
function preloadImports(root, distDir, metafile) {
  const mount = Object.values(metafile.outputs).find((o) => o.entryPoint === relative(root, join(root, "web", "ui", "mount.js")).split(sep).join("/"));
  const imported = mount.imports.filter((i) => i.kind === "import-statement" && !i.external)
    .map((i) => relative(distDir, join(root, i.path)).split(sep).join("/"));
  const indexPath = join(distDir, "index.html");
  const page = readFileSync(indexPath, "utf8");
  if (!page.includes(MOUNT_PRELOAD)) throw new Error(`bundle-ui: index.html has no ${MOUNT_PRELOAD}`);
  writeFileSync(indexPath, page.replace(MOUNT_PRELOAD, [MOUNT_PRELOAD, ...imported.map((f) => `<link rel="modulepreload" href="${f}">`)].join("\n")));
}
