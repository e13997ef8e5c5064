// Writes the start screen into dist/index.html, drawn at build time by the
// app's own code (dist/ui/mount.js) on the engine's own data, so the page
// paints it before any script runs (issue 14: "a page that paints at once").
// The data it was drawn from goes beside it as a JSON block: the app, once
// loaded, draws the same screen from it in place of this copy, without
// waiting for the engine, so nothing moves (web/app.js).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { installDomShim } from "./dom-shim.mjs";

// Between these markers in web/index.html: the prerendered screen and its data.
const MARK = /<!-- start screen -->[\s\S]*?<!-- \/start screen -->/;

/** describe()'s parts the start and about screens show: the emergency signs, the sources they cite, the skin tones, who the check is for. */
export function startData(description) {
  const signs = description.emergency_signs ?? null;
  const sources = Object.fromEntries((signs?.sources ?? []).filter((id) => description.sources?.[id]).map((id) => [id, description.sources[id]]));
  return { emergency_signs: signs, sources, skin_tones: description.skin_tones ?? null, subjects: description.subjects ?? null };
}

function withoutTestIds(node) {
  node.removeAttribute?.("data-testid");
  for (const child of node.children ?? []) withoutTestIds(child);
}

// A JSON block that no "</script>" inside the data can end early.
const jsonBlock = (id, data) => `<script type="application/json" id="${id}">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`;

export async function prerenderStartScreen(distDir) {
  const { createChecker } = await import(pathToFileURL(join(distDir, "spotcheck.mjs")).href);
  const data = startData((await createChecker()).describe());
  const root = installDomShim("http://localhost/");
  const { mount, LANGUAGES } = await import(pathToFileURL(join(distDir, "ui", "mount.js")).href);
  // A checker that never arrives: the screen as it shows before the engine has
  // loaded, in English (another language is drawn by the app: lang-first.js).
  mount(root, { checker: new Promise(() => {}), startData: data, assetBase: "http://localhost/", lang: "en" });
  // Test ids are for the live app: a test (or a tool) waiting for the start
  // button finds the one that works, not this copy (no layout depends on them).
  withoutTestIds(root);
  const indexPath = join(distDir, "index.html");
  const page = readFileSync(indexPath, "utf8");
  if (!MARK.test(page)) throw new Error("prerender: index.html has no <!-- start screen --> markers");
  // The languages offered, for lang-first.js to choose from before the page paints.
  const html = page.replace(MARK, () => `${root.innerHTML}\n${jsonBlock("spotcheck-start", data)}`)
    .replace(/<html lang="en">/, `<html lang="en" data-languages="${LANGUAGES.map((l) => l.id).join(" ")}">`);
  writeFileSync(indexPath, html);
  return { bytes: root.innerHTML.length };
}
