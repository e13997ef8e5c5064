// Bundles the UI (web/ui/mount.js and every module it imports from web/ui/)
// into one minified ES module, dist/ui/mount.js, so a browser fetches one file
// instead of discovering an import chain of 16 one level at a time, and one
// gzip stream compresses the whole UI. Its exports are mount.js's own.
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

/** Builds dist/ui/mount.js; returns the dist/-relative paths it wrote (already minified). */
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
  const out = join(distDir, "ui", "mount.js");
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [join(uiDir, "mount.js")],
    bundle: true,
    format: "esm",
    external: [...external],
    minify: true,
    legalComments: "inline", // keeps /*! ... */ and @license notices, as minify.mjs does
    charset: "utf8",
    metafile: true,
    write: false,
    outfile: out,
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
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.outputFiles[0].contents);
  const inputs = files.length;
  console.log(`build: ui/mount.js bundles ${inputs} modules (${result.outputFiles[0].contents.length} bytes)${external.size ? `; external: ${[...external].join(", ")}` : ""}`);
  return [relative(distDir, out).split(sep).join("/")];
}
