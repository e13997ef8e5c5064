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
// English visit fetches no catalog: those the screens alone use in
// ui/screens.js, the rest with i18n.js (english-words.mjs); the languages the
// build offers (from data/i18n/*/ui.json) are written in as
// SPOTCHECK_LANGUAGES (web/ui/i18n.js).
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, relative, sep, dirname } from "node:path";
import { build } from "esbuild";
import { splitEnglish } from "./english-words.mjs";

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

// index.html's preload of the bundle, which the files it imports join; the embed's list of them.
const MOUNT_PRELOAD = '<link rel="modulepreload" href="ui/mount.js">';
const EMBED_IMPORTS = "const UI_IMPORTS = [];";

/** Builds dist/ui/mount.js and the chunks it imports; resolves to the dist/-relative paths it wrote (already minified). */
export async function bundleUi(root, distDir) {
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
  const options = {
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
  };
  // Twice: the first build tells which modules only the screens use, whose
  // words then go with them in the second.
  const screensOnly = screensModules(root, (await build(options)).metafile);
  const words = splitEnglish(JSON.parse(readFileSync(join(root, ENGLISH_WORDS), "utf8")), firstLoadText(root, screensOnly));
  const result = await build({ ...options, plugins: [englishWordsIn(root, screensOnly, words)] });
  // Every bundled module must come from web/ui/: anything else belongs to
  // another file of dist/ and would be shipped twice.
  const files = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith("<define:") && !p.startsWith(`${WORDS_NAMESPACE}:`)); // not the language list or the words
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

// The modules of web/ui/ only in ui/screens.js (absolute paths).
function screensModules(root, metafile) {
  const inOutput = (o) => Object.keys(o.inputs).map((p) => join(root, p));
  const screens = Object.entries(metafile.outputs).find(([path]) => path.endsWith("/screens.js"))?.[1];
  if (!screens) throw new Error("bundle-ui: no ui/screens.js chunk (mount.js no longer imports ./screens.js?)");
  const elsewhere = new Set(Object.values(metafile.outputs).filter((o) => o !== screens).flatMap(inOutput));
  return new Set(inOutput(screens).filter((p) => !elsewhere.has(p)));
}

// Every other file of web/ that could name a word: what the first load may ask for.
function firstLoadText(root, screensOnly) {
  return readdirSync(join(root, "web"), { recursive: true }).map((p) => join(root, "web", p))
    .filter((p) => /\.(?:m?js|html)$/.test(p) && !screensOnly.has(p))
    .map((p) => readFileSync(p, "utf8")).join("\n");
}

// The English words' import resolved by who imports it: the screens' modules
// get the words only they use, every other module the rest (web/ui/i18n.js
// adds the screens' words once they are here).
const WORDS_NAMESPACE = "english-words";
function englishWordsIn(root, screensOnly, words) {
  return {
    name: WORDS_NAMESPACE,
    setup(build) {
      build.onResolve({ filter: /ui\.json$/ }, (args) => {
        if (join(args.resolveDir, args.path) !== join(root, ENGLISH_WORDS)) return undefined;
        return { path: screensOnly.has(args.importer) ? "later" : "first", namespace: WORDS_NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: WORDS_NAMESPACE }, (args) => ({ contents: JSON.stringify(words[args.path]), loader: "json" }));
    },
  };
}

// The files ui/mount.js imports (a shared chunk) are preloaded with it, so the
// browser asks for them at once rather than after reading mount.js: by
// index.html, and by the embed's loader (its UI_IMPORTS).
// (The metafile's paths are relative to the root.)
function preloadImports(root, distDir, metafile) {
  const mount = Object.values(metafile.outputs).find((o) => o.entryPoint === relative(root, join(root, "web", "ui", "mount.js")).split(sep).join("/"));
  const imported = mount.imports.filter((i) => i.kind === "import-statement" && !i.external)
    .map((i) => relative(distDir, join(root, i.path)).split(sep).join("/"));
  const indexPath = join(distDir, "index.html");
  const page = readFileSync(indexPath, "utf8");
  if (!page.includes(MOUNT_PRELOAD)) throw new Error(`bundle-ui: index.html has no ${MOUNT_PRELOAD}`);
  writeFileSync(indexPath, page.replace(MOUNT_PRELOAD, [MOUNT_PRELOAD, ...imported.map((f) => `<link rel="modulepreload" href="${f}">`)].join("\n")));
  const embedPath = join(distDir, "embed", "spotcheck.js");
  const embed = readFileSync(embedPath, "utf8");
  if (!embed.includes(EMBED_IMPORTS)) throw new Error(`bundle-ui: embed/spotcheck.js has no ${EMBED_IMPORTS}`);
  writeFileSync(embedPath, embed.replace(EMBED_IMPORTS, `const UI_IMPORTS = ${JSON.stringify(imported)};`));
}
