// Every file of dist/ raw, gzip (level 9) and brotli (quality 11): what a
// static host serving precompressed files sends.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { notForThePage } from "../build-sw.mjs";

export function fileSizes(distDir) {
  return readdirSync(distDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort()
    .map((path) => {
      const bytes = readFileSync(path);
      return {
        file: relative(distDir, path).split(sep).join("/"),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
}

export function total(files) {
  return files.reduce((t, f) => ({ files: t.files + 1, raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { files: 0, raw: 0, gzip: 0, brotli: 0 });
}

/**
 * Files fetched after the first screen, on demand: the interview's words (the
 * questions' and the rules' reasons) and the question and results screens'
 * code and styles (ui/screens.js, ui/screens.css), asked for when the
 * person leaves the start screen (web/ui/mount.js askForTexts, askForScreens), the causes' longer texts (asked for
 * when the first question shows), the pictures (each loaded when its
 * question shows; web/ui/pictures.js), and another language's catalog (only
 * when that language is chosen; web/ui/i18n.js).
 */
export const afterFirstScreen = (file) =>
  file === "spotcheck_texts.json" || file === "spotcheck_interview_texts.json" || file === "ui/screens.js" || file === "ui/screens.css" ||
  file.startsWith("figures/") || file.startsWith("i18n/");

/**
 * Files the page itself never fetches: the TypeScript types (for programs
 * importing the module), the embed's loader and its example page (for other
 * sites: web/embed/), and localize.mjs (imported only with another
 * language's catalog, like i18n/: wasm/spotcheck.mjs loadCatalog).
 */
export const notFetchedByThePage = (file) =>
  file === "spotcheck.d.ts" || file === "spotcheck.js" || file.startsWith("embed/") || file === "localize.mjs";

/**
 * The first-load set: every file the page can fetch but the icons,
 * the service worker, what loads after the first screen and the engine the
 * page never loads (for a knowledge base passed in: scripts/build-sw.mjs
 * notForThePage).
 */
export const notIconOrWorker = (f) =>
  !f.file.startsWith("icons/") && f.file !== "sw.js" && !afterFirstScreen(f.file) && !notForThePage(f.file) && !notFetchedByThePage(f.file);
